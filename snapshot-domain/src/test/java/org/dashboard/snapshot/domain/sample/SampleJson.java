package org.dashboard.snapshot.domain.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.json.JsonValue.JsonString;

/** Test helper: terse, failing-loudly reads of sample payloads. */
final class SampleJson {
    private SampleJson() {
    }

    static JsonObject object(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new AssertionError("expected an object, got " + value.preview());
    }

    static List<JsonValue> array(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.elements();
        }
        throw new AssertionError("expected an array, got " + value.preview());
    }

    static JsonValue field(JsonValue value, String key) {
        return object(value).get(key).orElseThrow(() -> new AssertionError("no '" + key + "' in " + value.preview()));
    }

    static Map<String, JsonValue> members(JsonValue value, String key) {
        return object(field(value, key)).members();
    }

    static List<JsonValue> list(JsonValue value, String key) {
        return array(field(value, key));
    }

    static long integer(JsonValue value, String key) {
        JsonValue number = field(value, key);
        if (number instanceof JsonNumber n && n.integral()) {
            return n.longValue().orElseThrow();
        }
        throw new AssertionError("expected an integer '" + key + "' in " + value.preview());
    }

    /** The number, or null for JSON null. */
    static Double decimal(JsonValue value, String key) {
        JsonValue number = field(value, key);
        if (number.isNull()) {
            return null;
        }
        if (number instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw new AssertionError("expected a number '" + key + "' in " + value.preview());
    }

    /** The string, or null for JSON null. */
    static String text(JsonValue value, String key) {
        JsonValue string = field(value, key);
        if (string.isNull()) {
            return null;
        }
        if (string instanceof JsonString s) {
            return s.value();
        }
        throw new AssertionError("expected a string '" + key + "' in " + value.preview());
    }

    static List<Long> ids(List<JsonValue> rows, String key) {
        List<Long> ids = new ArrayList<>();
        for (JsonValue row : rows) {
            ids.add(integer(row, key));
        }
        return ids;
    }

    /**
     * Equal as JSON: same structure, numbers equal by value (and both integral or both not). Needed to compare with
     * {@code TestJson}, whose Jackson tree normalises decimals ({@code 100.0} comes back as {@code 1E+2}).
     */
    static boolean sameJson(JsonValue left, JsonValue right) {
        if (left instanceof JsonNumber a && right instanceof JsonNumber b) {
            return a.integral() == b.integral() && a.value().compareTo(b.value()) == 0;
        }
        if (left instanceof JsonObject a && right instanceof JsonObject b) {
            if (!a.members().keySet().equals(b.members().keySet())) {
                return false;
            }
            for (Map.Entry<String, JsonValue> member : a.members().entrySet()) {
                if (!sameJson(member.getValue(), b.members().get(member.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (left instanceof JsonArray a && right instanceof JsonArray b) {
            if (a.elements().size() != b.elements().size()) {
                return false;
            }
            for (int i = 0; i < a.elements().size(); i++) {
                if (!sameJson(a.elements().get(i), b.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        return left.equals(right);
    }

    static int count(JsonValue value) {
        if (value instanceof JsonNumber n && n.integral()) {
            return n.longValue().orElseThrow().intValue();
        }
        throw new AssertionError("expected a count, got " + value.preview());
    }
}
