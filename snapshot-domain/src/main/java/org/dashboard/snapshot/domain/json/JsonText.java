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
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonValue value) {
        if (value instanceof JsonValue.JsonObject object) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> member : new TreeMap<>(object.members()).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, member.getKey());
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
