package org.dashboard.snapshot.domain.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * An expected refusal: a stable reason code, a human sentence, and details naming what was wrong
 * (for input errors, {@code field} and {@code value}).
 */
public record Rejection(ReasonCode reasonCode, String message, JsonObject details) {
    public Rejection {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(details, "details");
    }

    /** A refusal of one input field: details {@code {"field": field, "value": value}}. */
    public static Rejection ofField(ReasonCode reasonCode, String field, JsonValue value, String message) {
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("field", JsonValue.of(field));
        details.put("value", value == null ? JsonValue.nullValue() : bounded(value));
        return new Rejection(reasonCode, message, new JsonObject(details));
    }

    public static Rejection of(ReasonCode reasonCode, String message, JsonObject details) {
        return new Rejection(reasonCode, message, details);
    }

    /** Large values are echoed as a bounded preview so an error never repeats a whole payload. */
    private static JsonValue bounded(JsonValue value) {
        if (value instanceof JsonValue.JsonObject || value instanceof JsonValue.JsonArray) {
            // an object's or array's own text ends with } or ]; a cut preview ends with "..."
            String preview = value.preview();
            return preview.endsWith("...") ? JsonValue.of(preview) : value;
        }
        if (value instanceof JsonValue.JsonString string && string.value().length() > 200) {
            return JsonValue.of(string.value().substring(0, 197) + "...");
        }
        return value;
    }
}
