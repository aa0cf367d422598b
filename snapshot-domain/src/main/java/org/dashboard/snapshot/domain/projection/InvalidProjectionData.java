package org.dashboard.snapshot.domain.projection;

import java.util.Objects;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Thrown by a capability when a payload value it reads has the wrong type, unit or range. The engine turns
 * it into {@code failed/invalid_projection_data} (required oracle) or treats the oracle as not ready
 * (optional oracle read through {@link ProjectionInput#readOptional}).
 */
public final class InvalidProjectionData extends RuntimeException {
    private final OracleKey oracle;
    private final String path;
    private final transient JsonValue value;

    public InvalidProjectionData(OracleKey oracle, String path, JsonValue value, String message) {
        super(path + ": " + message, null, false, false);
        this.oracle = Objects.requireNonNull(oracle, "oracle");
        this.path = Objects.requireNonNull(path, "path");
        this.value = Objects.requireNonNull(value, "value");
    }

    public OracleKey oracle() {
        return oracle;
    }

    /** The path into the snapshot, for example {@code oracles.oracle_instructor_grades.grades[0].mean}. */
    public String path() {
        return path;
    }

    public JsonValue value() {
        return value;
    }
}
