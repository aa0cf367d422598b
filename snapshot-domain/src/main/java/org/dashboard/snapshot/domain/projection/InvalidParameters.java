package org.dashboard.snapshot.domain.projection;

import java.util.Objects;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Thrown by a capability's parameter validation; the assembler turns it into {@code invalid_parameters}
 * naming the field (relative to the capability's block, for example {@code inactivity_days}) and value.
 */
public final class InvalidParameters extends RuntimeException {
    private final String field;
    private final transient JsonValue value;

    public InvalidParameters(String field, JsonValue value, String message) {
        super(message, null, false, false);
        this.field = Objects.requireNonNull(field, "field");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String field() {
        return field;
    }

    public JsonValue value() {
        return value;
    }
}
