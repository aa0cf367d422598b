package org.dashboard.snapshot.domain.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value as received from an oracle or a caller: the domain's framework-free view of a payload.
 *
 * <p>Objects keep their members in insertion order; writers sort keys when they serialise. Numbers keep
 * their exact decimal value and whether they were written as integers.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
                JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** The JSON type name used in error details ("object", "array", "string", "number", "boolean", "null"). */
    String typeName();

    default boolean isNull() {
        return this instanceof JsonNull;
    }

    /** A short, bounded rendering of the value for error details; never the whole of a large payload. */
    default String preview() {
        String text = JsonText.write(this, 200);
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    static JsonValue nullValue() {
        return JsonNull.INSTANCE;
    }

    static JsonString of(String value) {
        return new JsonString(value);
    }

    static JsonNumber of(long value) {
        return JsonNumber.of(value);
    }

    static JsonNumber of(double value) {
        return JsonNumber.of(value);
    }

    static JsonBoolean of(boolean value) {
        return value ? JsonBoolean.TRUE : JsonBoolean.FALSE;
    }

    /** A JSON object; members in insertion order, keys unique. */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public static final JsonObject EMPTY = new JsonObject(Map.of());

        public JsonObject {
            Objects.requireNonNull(members, "members");
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        public static JsonObject of(Map<String, JsonValue> members) {
            return new JsonObject(members);
        }

        public Optional<JsonValue> get(String key) {
            return Optional.ofNullable(members.get(key));
        }

        /** The member, or {@link JsonNull} when absent. */
        public JsonValue getOrNull(String key) {
            JsonValue value = members.get(key);
            return value == null ? JsonNull.INSTANCE : value;
        }

        public boolean has(String key) {
            return members.containsKey(key);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** A JSON array. */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public static final JsonArray EMPTY = new JsonArray(List.of());

        public JsonArray {
            Objects.requireNonNull(elements, "elements");
            elements = Collections.unmodifiableList(new ArrayList<>(elements));
        }

        public static JsonArray of(List<? extends JsonValue> elements) {
            return new JsonArray(new ArrayList<>(elements));
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A JSON string. */
    record JsonString(String value) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * A JSON number: its exact decimal value and whether it was written without fraction or exponent.
     * Integral counts and ids are {@code integral}; {@link #doubleValue()} is the value a double holds.
     */
    record JsonNumber(BigDecimal value, boolean integral) implements JsonValue {
        public JsonNumber {
            Objects.requireNonNull(value, "value");
        }

        public static JsonNumber of(long value) {
            return new JsonNumber(BigDecimal.valueOf(value), true);
        }

        public static JsonNumber of(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("JSON numbers are finite, got " + value);
            }
            return new JsonNumber(new BigDecimal(Double.toString(value)), false);
        }

        public static JsonNumber of(BigInteger value) {
            return new JsonNumber(new BigDecimal(value), true);
        }

        public double doubleValue() {
            return value.doubleValue();
        }

        /** True when the value has no fractional part (written as {@code 3} or {@code 3.0}). */
        public boolean isWhole() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }

        /** The value as a long when it is whole and fits, else empty. */
        public Optional<Long> longValue() {
            if (!isWhole()) {
                return Optional.empty();
            }
            try {
                return Optional.of(value.longValueExact());
            } catch (ArithmeticException tooLarge) {
                return Optional.empty();
            }
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    /** A JSON boolean. */
    record JsonBoolean(boolean value) implements JsonValue {
        public static final JsonBoolean TRUE = new JsonBoolean(true);
        public static final JsonBoolean FALSE = new JsonBoolean(false);

        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** JSON null. */
    record JsonNull() implements JsonValue {
        public static final JsonNull INSTANCE = new JsonNull();

        @Override
        public String typeName() {
            return "null";
        }
    }
}
