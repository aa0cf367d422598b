package org.dashboard.snapshot.adapters.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.json.JsonValue;

/** The stored form round-trips every envelope exactly, and writing is deterministic. */
class OracleResultJsonProperties {

    @Property(tries = 300)
    void everyEnvelopeReadsBackEqual(@ForAll("envelopes") OracleResult result) {
        assertEquals(result, OracleResultJson.read(OracleResultJson.write(result)));
    }

    @Property(tries = 100)
    void writingIsDeterministic(@ForAll("envelopes") OracleResult result) {
        byte[] once = OracleResultJson.write(result);
        assertArrayEquals(once, OracleResultJson.write(OracleResultJson.read(once)));
    }

    @Provide
    Arbitrary<OracleResult> envelopes() {
        Arbitrary<Integer> versions = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Boolean> stale = Arbitraries.of(true, false);
        Arbitrary<Map<String, JsonValue>> metadata = Arbitraries.maps(names(), scalars()).ofMaxSize(3);
        Arbitrary<OracleResult> ok = Combinators.combine(versions, stale, value(4), metadata)
                .as(OracleResult.Ok::new);
        Arbitrary<OracleResult> error = Combinators.combine(versions, stale,
                        Arbitraries.oneOf(strings(), value(2)), metadata)
                .as(OracleResult.Error::new);
        return Arbitraries.oneOf(ok, error);
    }

    private static Arbitrary<JsonValue> value(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<JsonValue> inner = Arbitraries.lazy(() -> value(depth - 1));
        Arbitrary<JsonValue> arrays = inner.list().ofMaxSize(4).map(elements -> new JsonValue.JsonArray(
                new ArrayList<>(elements)));
        Arbitrary<JsonValue> objects = Arbitraries.maps(names(), inner).ofMaxSize(4)
                .map(members -> new JsonValue.JsonObject(new LinkedHashMap<>(members)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalars()),
                net.jqwik.api.Tuple.of(1, arrays),
                net.jqwik.api.Tuple.of(1, objects));
    }

    private static Arbitrary<JsonValue> scalars() {
        return Arbitraries.oneOf(strings(), numbers(), Arbitraries.of(JsonValue.of(true), JsonValue.of(false),
                JsonValue.nullValue()));
    }

    private static Arbitrary<JsonValue> strings() {
        return Arbitraries.strings().all().ofMaxLength(12)
                .filter(OracleResultJsonProperties::wellFormedUtf16)
                .map(JsonValue::of);
    }

    private static Arbitrary<JsonValue> numbers() {
        Arbitrary<JsonValue> longs = Arbitraries.longs().map(JsonValue::of);
        Arbitrary<JsonValue> bigIntegers = Arbitraries.bigIntegers()
                .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                .map(JsonValue.JsonNumber::of);
        Arbitrary<JsonValue> decimals = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-6, 12))
                .as((unscaled, scale) -> new JsonValue.JsonNumber(BigDecimal.valueOf(unscaled, scale), false));
        Arbitrary<JsonValue> doubles = Arbitraries.doubles().map(JsonValue::of);
        return Arbitraries.oneOf(longs, bigIntegers, decimals, doubles);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'h').ofMinLength(1).ofMaxLength(5);
    }

    /** No unpaired surrogates: text an oracle could have sent as JSON. */
    private static boolean wellFormedUtf16(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
