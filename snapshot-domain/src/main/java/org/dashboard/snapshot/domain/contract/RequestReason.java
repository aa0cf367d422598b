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
    /** A section the oracle source does not serve. */
    UNKNOWN_SECTION,
    /** The request body is larger than the configured limit. */
    PAYLOAD_TOO_LARGE,
    /** The request body breaks a JSON read limit: nesting depth, string or member name length, number length. */
    JSON_LIMIT_EXCEEDED,
    /** The request body is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE,
    /** The caller is not authenticated. */
    UNAUTHENTICATED,
    /** The caller may not read this section. */
    UNAUTHORIZED_SCOPE,
    /** A newer request for the same user, section and scope took over; this one's stream ended. */
    REQUEST_SUPERSEDED,
    /** Too many builds are running and waiting already; the request may be retried shortly. */
    SERVICE_OVERLOADED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
