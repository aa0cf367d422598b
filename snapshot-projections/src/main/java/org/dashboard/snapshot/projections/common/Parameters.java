package org.dashboard.snapshot.projections.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;

/**
 * Validation of a capability's parameter block: integer fields with defaults and inclusive ranges. Unknown
 * fields and wrong types are {@code invalid_parameters}; null means "use the default".
 */
public final class Parameters {
    private final JsonObject requested;
    private final Map<String, JsonValue> effective = new LinkedHashMap<>();

    private Parameters(JsonObject requested, Set<String> known) {
        this.requested = requested;
        for (String field : requested.members().keySet()) {
            if (!known.contains(field)) {
                throw new InvalidParameters(field, requested.getOrNull(field), "unknown parameter '" + field + "'");
            }
        }
    }

    /** Starts validating {@code requested}, which may contain only {@code known} fields. */
    public static Parameters of(JsonObject requested, Set<String> known) {
        return new Parameters(requested, known);
    }

    /**
     * An integer within [min, max] (a whole JSON number; {@code 50.0} counts), defaulting when null or absent.
     */
    public long integer(String field, long defaultValue, long min, long max) {
        JsonValue value = requested.getOrNull(field);
        long result = defaultValue;
        if (!value.isNull()) {
            if (!(value instanceof JsonNumber number) || number.longValue().isEmpty()) {
                throw new InvalidParameters(field, value, field + " must be an integer");
            }
            result = number.longValue().get();
            if (result < min || result > max) {
                throw new InvalidParameters(field, value, field + " must be between " + min + " and " + max);
            }
        }
        effective.put(field, JsonValue.of(result));
        return result;
    }

    /** Fails the field with a message, for cross-field rules. */
    public InvalidParameters invalid(String field, String message) {
        JsonValue value = effective.getOrDefault(field, requested.getOrNull(field));
        return new InvalidParameters(field, value, message);
    }

    /** The effective block, fields in the order they were read. */
    public JsonObject effective() {
        return new JsonObject(effective);
    }

    /** An integer field of an effective block (validated at assembly). */
    public static long read(JsonObject effective, String field, long defaultValue) {
        JsonValue value = effective.getOrNull(field);
        return value instanceof JsonNumber number ? number.longValue().orElse(defaultValue) : defaultValue;
    }
}
