package org.dashboard.snapshot.projections.summary;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Test helper for the summary and progress golden tests: renders a body record the way the app's Jackson mapper
 * will (SNAKE_CASE names in record-component order, nulls written, doubles as {@link Double#toString}), and writes
 * JSON text keeping member order, so a golden test checks the documented field order.
 */
public final class WireJson {
    private WireJson() {
    }

    /** Compact JSON text with members in their order (unlike {@link JsonText}, which sorts keys). */
    public static String write(JsonValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** A record (or list, string, number, boolean, null) as the wire JSON value. */
    public static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.nullValue();
        }
        if (value instanceof String string) {
            return JsonValue.of(string);
        }
        if (value instanceof Boolean bool) {
            return JsonValue.of(bool);
        }
        if (value instanceof Double number) {
            return new JsonValue.JsonNumber(new BigDecimal(Double.toString(number)), false);
        }
        if (value instanceof Long || value instanceof Integer) {
            return JsonValue.of(((Number) value).longValue());
        }
        if (value instanceof List<?> list) {
            List<JsonValue> elements = new ArrayList<>();
            for (Object element : list) {
                elements.add(toJson(element));
            }
            return new JsonValue.JsonArray(elements);
        }
        if (value instanceof Record record) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    members.put(snakeCase(component.getName()), toJson(component.getAccessor().invoke(record)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new JsonValue.JsonObject(members);
        }
        throw new IllegalArgumentException("no wire form for " + value.getClass());
    }

    private static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value) {
        if (value instanceof JsonValue.JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                JsonText.quote(out, member.getKey());
                out.append(':');
                append(out, member.getValue());
            }
            out.append('}');
        } else if (value instanceof JsonValue.JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, array.elements().get(i));
            }
            out.append(']');
        } else {
            out.append(JsonText.write(value));
        }
    }
}
