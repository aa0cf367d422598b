package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** Why a request was refused before assembly: its shape, not its meaning. */
public enum RequestReason implements ReasonCode {
    /** The body is not JSON, or not a JSON object where one is required. */
    MALFORMED_REQUEST,
    /** A top-level field the endpoint does not know. */
    UNKNOWN_FIELD,
    /** A field the endpoint requires is absent. */
    MISSING_FIELD,
    /** A field has the wrong JSON type or an impossible value. */
    INVALID_FIELD,
    /** A capability key that no registered projection serves. */
    UNKNOWN_CAPABILITY,
    /** The requested projection is not published for this snapshot (see the status in the details). */
    PROJECTION_NOT_PUBLISHED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
