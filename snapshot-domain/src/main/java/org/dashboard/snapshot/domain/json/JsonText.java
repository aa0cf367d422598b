package org.dashboard.snapshot.domain.json;

import java.util.Map;
import java.util.TreeMap;

/**
 * Compact, canonical JSON text of a {@link JsonValue}: object keys sorted, no whitespace. Used for
 * fingerprints, signatures and error details, where the framework-free domain needs stable text.
 */
public final class JsonText {
    private JsonText() {
    }

    public static String write(JsonValue value) {
        return write(value, Integer.MAX_VALUE);
    }

    /**
     * The canonical text, but writing stops once more than {@code limit} characters are written: a text longer
     * than {@code limit} means the value's text is at least that long (it is then cut somewhere after the limit).
     * Bounds the work of previews of large payloads.
     */
    public static String write(JsonValue value, int limit) {
        StringBuilder out = new StringBuilder();
        append(out, value, limit);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value, int limit) {
        if (out.length() > limit) {
            return;
        }
        if (value instanceof JsonValue.JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : new TreeMap<>(object.members()).entrySet()) {
                if (out.length() > limit) {
                    break;
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, member.getKey());
                out.append(':');
                append(out, member.getValue(), limit);
            }
            out.append('}');
        } else if (value instanceof JsonValue.JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.elements().size() && out.length() <= limit; i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, array.elements().get(i), limit);
            }
            out.append(']');
        } else if (value instanceof JsonValue.JsonString string) {
            quote(out, string.value());
        } else if (value instanceof JsonValue.JsonNumber number) {
            out.append(number.value().toString());
        } else if (value instanceof JsonValue.JsonBoolean bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    /** Appends {@code text} as a JSON string literal. */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
