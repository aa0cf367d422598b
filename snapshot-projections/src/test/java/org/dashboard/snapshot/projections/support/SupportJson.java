package org.dashboard.snapshot.projections.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * Test helper. The domain's {@code TestJson} needs Jackson, which is not on this module's test class path, so
 * this reads JSON literals (single quotes allowed) into {@link JsonValue}s, and writes a body record the way the
 * app's Jackson mapper does (SNAKE_CASE names in record-component order, nulls written, doubles as
 * {@link Double#toString}) for the golden shape tests.
 */
final class SupportJson {
    private final String text;
    private int at;

    private SupportJson(String text) {
        this.text = text;
    }

    /** Parses a JSON literal; {@code '} may stand for {@code "}. */
    static JsonValue parse(String json) {
        SupportJson parser = new SupportJson(json);
        JsonValue value = parser.value();
        parser.skipSpace();
        if (parser.at != json.length()) {
            throw new IllegalArgumentException("trailing text at " + parser.at + " in " + json);
        }
        return value;
    }

    static JsonValue.JsonObject object(String json) {
        return (JsonValue.JsonObject) parse(json);
    }

    private JsonValue value() {
        skipSpace();
        char c = text.charAt(at);
        if (c == '{') {
            return objectValue();
        }
        if (c == '[') {
            return arrayValue();
        }
        if (c == '\'' || c == '"') {
            return JsonValue.of(string());
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return JsonValue.of(true);
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return JsonValue.of(false);
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return JsonValue.nullValue();
        }
        return number();
    }

    private JsonValue objectValue() {
        at++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipSpace();
        if (text.charAt(at) == '}') {
            at++;
            return new JsonValue.JsonObject(members);
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            members.put(key, value());
            skipSpace();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect('}');
                return new JsonValue.JsonObject(members);
            }
        }
    }

    private JsonValue arrayValue() {
        at++;
        List<JsonValue> elements = new ArrayList<>();
        skipSpace();
        if (text.charAt(at) == ']') {
            at++;
            return new JsonValue.JsonArray(elements);
        }
        while (true) {
            elements.add(value());
            skipSpace();
            if (text.charAt(at) == ',') {
                at++;
            } else {
                expect(']');
                return new JsonValue.JsonArray(elements);
            }
        }
    }

    private String string() {
        char quote = text.charAt(at++);
        StringBuilder out = new StringBuilder();
        while (text.charAt(at) != quote) {
            char c = text.charAt(at++);
            if (c == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private JsonValue number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String literal = text.substring(start, at);
        if (literal.isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(at) + "' at " + at + " in " + text);
        }
        if (literal.matches("-?\\d+")) {
            return JsonValue.JsonNumber.of(new BigInteger(literal));
        }
        return new JsonValue.JsonNumber(new BigDecimal(literal), false);
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    // ---- writing, as Jackson with SNAKE_CASE writes records ----

    /** The JSON text of a record tree: components in declaration order, names in snake_case. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            JsonText.quote(out, string);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Record record) {
            out.append('{');
            RecordComponent[] components = record.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                JsonText.quote(out, snakeCase(components[i].getName()));
                out.append(':');
                append(out, read(record, components[i]));
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a body value: " + value.getClass());
        }
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
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
}
