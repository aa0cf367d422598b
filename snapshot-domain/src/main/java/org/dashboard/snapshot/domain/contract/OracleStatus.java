package org.dashboard.snapshot.domain.contract;

import java.util.Map;
import java.util.Objects;
import org.dashboard.snapshot.domain.json.JsonValue;

/** An oracle's entry in a snapshot's {@code oracle_statuses}. */
public sealed interface OracleStatus permits OracleStatus.Ready, OracleStatus.Failed, OracleStatus.Unavailable {

    /** {@code ready}, {@code failed} or {@code unavailable}. */
    String status();

    static OracleStatus of(OracleResult result) {
        if (result instanceof OracleResult.Ok ok) {
            return new Ready(ok.stale(), ok.oracleVersion(), ok.metadata());
        }
        OracleResult.Error error = (OracleResult.Error) result;
        return new Failed(error.stale(), error.oracleVersion(), error.metadata(), error.reason(), error.reasonCode());
    }

    record Ready(boolean stale, int oracleVersion, Map<String, JsonValue> metadata) implements OracleStatus {
        public Ready {
            metadata = sortedCopy(metadata);
        }

        @Override
        public String status() {
            return "ready";
        }
    }

    record Failed(boolean stale, int oracleVersion, Map<String, JsonValue> metadata, JsonValue reason,
                  OracleReason reasonCode) implements OracleStatus {
        public Failed {
            metadata = sortedCopy(metadata);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(reasonCode, "reasonCode");
        }

        public boolean timedOut() {
            return reasonCode == OracleReason.ORACLE_TIMEOUT;
        }

        @Override
        public String status() {
            return "failed";
        }
    }

    /** Metadata ordered by key (like the envelope's), so that the snapshot's JSON is byte-identical. */
    private static Map<String, JsonValue> sortedCopy(Map<String, JsonValue> metadata) {
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(metadata));
    }

    /** Expected by a requested capability but not supplied or not loaded. */
    record Unavailable() implements OracleStatus {
        public static final Unavailable INSTANCE = new Unavailable();

        public OracleReason reasonCode() {
            return OracleReason.MISSING_ORACLE_PAYLOAD;
        }

        @Override
        public String status() {
            return "unavailable";
        }
    }
}
