package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** Why a request could not be assembled into a snapshot (DOMAIN.md section 2). */
public enum AssemblyReason implements ReasonCode {
    INVALID_REQUEST_TOKEN,
    INVALID_CONTEXT,
    INVALID_SCOPE,
    SCOPE_CONTEXT_MISMATCH,
    INVALID_ORACLE_KEY,
    INVALID_ORACLE_STATUS,
    INVALID_ORACLE_RESULT,
    INVALID_METADATA,
    METADATA_IDENTITY_MISMATCH,
    UNSUPPORTED_SNAPSHOT_VERSION,
    UNSUPPORTED_PROJECTION_VERSION,
    INVALID_PARAMETERS,
    INVALID_TIMEZONE,
    UNSUPPORTED_DASHBOARD_CONTEXT_TYPE;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
