package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** Why an oracle is not {@code ready} in a snapshot's {@code oracle_statuses}. */
public enum OracleReason implements ReasonCode {
    ORACLE_TIMEOUT,
    ORACLE_ERROR,
    MISSING_ORACLE_PAYLOAD;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
