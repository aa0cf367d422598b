package org.dashboard.snapshot.domain.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.json.JsonValue.JsonString;

/**
 * A typed, path-aware reader over one oracle payload. Every read validates type, unit and range and, when the
 * value is wrong, throws {@link InvalidProjectionData} with the JSON path into the snapshot
 * ({@code oracles.<key>.grades[3].mean}) and the offending value. An absent member reads as JSON null.
 * Paths are built only when an error is reported.
 */
public final class Payload {
    private final OracleKey oracle;
    private final Payload parent;
    private final String member;
    private final int index;
    private final JsonValue value;

    private Payload(OracleKey oracle, Payload parent, String member, int index, JsonValue value) {
        this.oracle = oracle;
        this.parent = parent;
        this.member = member;
        this.index = index;
        this.value = value;
    }

    /** The root of an oracle's payload. */
    public static Payload of(OracleKey oracle, JsonValue payload) {
        return new Payload(oracle, null, null, -1, payload);
    }

    public OracleKey oracle() {
        return oracle;
    }

    public JsonValue raw() {
        return value;
    }

    public boolean isNull() {
        return value instanceof JsonValue.JsonNull;
    }

    /** The JSON path of this value inside the snapshot. */
    public String path() {
        StringBuilder out = new StringBuilder();
        appendPath(out);
        return out.toString();
    }

    private void appendPath(StringBuilder out) {
        if (parent == null) {
            out.append("oracles.").append(oracle.value());
        } else {
            parent.appendPath(out);
            if (member != null) {
                out.append('.').append(member);
            } else {
                out.append('[').append(index).append(']');
            }
        }
    }

    /** Fails this read: the value is not what the capability needs. */
    public InvalidProjectionData invalid(String message) {
        return new InvalidProjectionData(oracle, path(), value, message);
    }

    // ---- structure ----

    /** True when this is an object that has the member (even if null). */
    public boolean has(String name) {
        return value instanceof JsonObject object && object.has(name);
    }

    /** The member of this object; JSON null when absent. Fails unless this is an object. */
    public Payload field(String name) {
        JsonObject object = requireObject();
        return new Payload(oracle, this, name, -1, object.getOrNull(name));
    }

    /** The elements of this array. Fails unless this is an array. */
    public List<Payload> elements() {
        if (!(value instanceof JsonArray array)) {
            throw invalid("expected an array, got " + value.typeName());
        }
        List<JsonValue> raw = array.elements();
        List<Payload> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            out.add(new Payload(oracle, this, null, i, raw.get(i)));
        }
        return out;
    }

    /** The elements of this array, or none when null. */
    public List<Payload> optionalElements() {
        return isNull() ? List.of() : elements();
    }

    /** The members of this object in their order. Fails unless this is an object. */
    public Map<String, Payload> members() {
        JsonObject object = requireObject();
        Map<String, Payload> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : object.members().entrySet()) {
            out.put(entry.getKey(), new Payload(oracle, this, entry.getKey(), -1, entry.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** The members of this object, or none when null. */
    public Map<String, Payload> optionalMembers() {
        return isNull() ? Map.of() : members();
    }

    public JsonObject requireObject() {
        if (!(value instanceof JsonObject object)) {
            throw invalid("expected an object, got " + value.typeName());
        }
        return object;
    }

    // ---- scalars ----

    /** A string (not null). */
    public String string() {
        if (!(value instanceof JsonString text)) {
            throw invalid("expected a string, got " + value.typeName());
        }
        return text.value();
    }

    /** A string, or empty when null or absent. */
    public Optional<String> optionalString() {
        return isNull() ? Optional.empty() : Optional.of(string());
    }

    /** A boolean (not null). */
    public boolean bool() {
        if (!(value instanceof JsonValue.JsonBoolean bool)) {
            throw invalid("expected a boolean, got " + value.typeName());
        }
        return bool.value();
    }

    /** A boolean, or empty when null or absent. */
    public Optional<Boolean> optionalBool() {
        return isNull() ? Optional.empty() : Optional.of(bool());
    }

    /** A positive integer id. */
    public long id() {
        long id = integer();
        if (id <= 0) {
            throw invalid("expected a positive integer id");
        }
        return id;
    }

    /** A positive integer id, or empty when null or absent. */
    public OptionalLong optionalId() {
        return isNull() ? OptionalLong.empty() : OptionalLong.of(id());
    }

    /** A count: an integer >= 0. */
    public long count() {
        long count = integer();
        if (count < 0) {
            throw invalid("expected a count >= 0");
        }
        return count;
    }

    /** A count, or empty when null or absent. */
    public OptionalLong optionalCount() {
        return isNull() ? OptionalLong.empty() : OptionalLong.of(count());
    }

    /** An integer (a whole JSON number that fits a long). */
    public long integer() {
        if (!(value instanceof JsonNumber number)) {
            throw invalid("expected an integer, got " + value.typeName());
        }
        return number.longValue().orElseThrow(() -> invalid("expected an integer"));
    }

    /** A number within [min, max]. */
    public double number(double min, double max) {
        if (!(value instanceof JsonNumber number)) {
            throw invalid("expected a number, got " + value.typeName());
        }
        double x = number.doubleValue();
        if (!(x >= min && x <= max)) {
            throw invalid("expected a number in " + min + ".." + max);
        }
        return x;
    }

    /** A number within [min, max], or empty when null or absent. */
    public OptionalDouble optionalNumber(double min, double max) {
        return isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(min, max));
    }

    /** A percentage 0..100, or empty when null or absent. */
    public OptionalDouble optionalPercent() {
        return optionalNumber(0, 100);
    }

    /** A fraction 0..1, or empty when null or absent. */
    public OptionalDouble optionalFraction() {
        return optionalNumber(0, 1);
    }

    /** An ISO-8601 timestamp (a value without offset is UTC), or empty when null or absent. */
    public Optional<Instant> optionalTimestamp() {
        if (isNull()) {
            return Optional.empty();
        }
        return Optional.of(Timestamps.parse(string()).orElseThrow(() -> invalid("expected an ISO-8601 timestamp")));
    }
}
