package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** Why a capability's projection is not simply {@code ready} (DOMAIN.md section 3). */
public enum ProjectionReason implements ReasonCode {
    DEPENDENCY_UNAVAILABLE,
    MISSING_ORACLE_PAYLOAD,
    PROJECTION_TIMEOUT,
    REQUIRED_ORACLE_FAILED,
    INVALID_PROJECTION_DATA,
    PROJECTION_DERIVATION_FAILED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
