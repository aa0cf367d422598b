package org.dashboard.snapshot.domain.contract;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * An oracle result envelope: {@code {status: "ok"|"error", oracle_version, stale, payload | reason, metadata}}.
 * Metadata holds scalar values only.
 */
public sealed interface OracleResult permits OracleResult.Ok, OracleResult.Error {

    int oracleVersion();

    boolean stale();

    /** Scalar metadata, ordered by key. */
    Map<String, JsonValue> metadata();

    static Ok ok(JsonValue payload) {
        return new Ok(0, false, payload, Map.of());
    }

    static Error error(JsonValue reason) {
        return new Error(0, false, reason, Map.of());
    }

    /** A successful result carrying a payload. */
    record Ok(int oracleVersion, boolean stale, JsonValue payload, Map<String, JsonValue> metadata)
            implements OracleResult {
        public Ok {
            Objects.requireNonNull(payload, "payload");
            metadata = checkedMetadata(oracleVersion, metadata);
        }

        public Ok withVersion(int version) {
            return new Ok(version, stale, payload, metadata);
        }
    }

    /** A failed result carrying the producer's reason (a string or an object). */
    record Error(int oracleVersion, boolean stale, JsonValue reason, Map<String, JsonValue> metadata)
            implements OracleResult {
        public Error {
            Objects.requireNonNull(reason, "reason");
            metadata = checkedMetadata(oracleVersion, metadata);
        }

        /** {@code oracle_timeout} when the reason is {@code "timeout"} or an object whose code is "timeout". */
        public OracleReason reasonCode() {
            if (reason instanceof JsonValue.JsonString text && text.value().equals("timeout")) {
                return OracleReason.ORACLE_TIMEOUT;
            }
            if (reason instanceof JsonValue.JsonObject object
                    && object.getOrNull("code") instanceof JsonValue.JsonString code
                    && code.value().equals("timeout")) {
                return OracleReason.ORACLE_TIMEOUT;
            }
            return OracleReason.ORACLE_ERROR;
        }
    }

    private static Map<String, JsonValue> checkedMetadata(int oracleVersion, Map<String, JsonValue> metadata) {
        if (oracleVersion < 0) {
            throw new IllegalArgumentException("oracle_version must be >= 0, got " + oracleVersion);
        }
        Objects.requireNonNull(metadata, "metadata");
        for (Map.Entry<String, JsonValue> entry : metadata.entrySet()) {
            JsonValue value = entry.getValue();
            if (value instanceof JsonValue.JsonObject || value instanceof JsonValue.JsonArray) {
                throw new IllegalArgumentException("oracle metadata holds scalars only, '" + entry.getKey() + "' is "
                        + value.typeName());
            }
        }
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(metadata));
    }
}
