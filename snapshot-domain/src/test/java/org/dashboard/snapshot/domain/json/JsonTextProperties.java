package org.dashboard.snapshot.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class JsonTextProperties {

    @Property(tries = 200)
    void textOfAnObjectDoesNotDependOnItsMemberOrder(@ForAll("members") Map<String, Map<String, Integer>> members,
                                                     @ForAll Random random) {
        JsonValue forward = object(members, new ArrayList<>(members.keySet()), random, false);
        List<String> shuffled = new ArrayList<>(members.keySet());
        Collections.shuffle(shuffled, random);
        JsonValue permuted = object(members, shuffled, random, true);

        assertEquals(JsonText.write(forward), JsonText.write(permuted));
        assertEquals(forward, permuted);
    }

    @Property(tries = 200)
    void objectKeysAreWrittenInAscendingOrder(@ForAll("members") Map<String, Map<String, Integer>> members,
                                              @ForAll Random random) {
        List<String> shuffled = new ArrayList<>(members.keySet());
        Collections.shuffle(shuffled, random);

        String text = JsonText.write(object(members, shuffled, random, true));

        StringBuilder expected = new StringBuilder("{");
        for (Map.Entry<String, Map<String, Integer>> member : new TreeMap<>(members).entrySet()) {
            if (expected.length() > 1) {
                expected.append(',');
            }
            expected.append('"').append(member.getKey()).append("\":{");
            boolean first = true;
            for (Map.Entry<String, Integer> inner : new TreeMap<>(member.getValue()).entrySet()) {
                if (!first) {
                    expected.append(',');
                }
                first = false;
                expected.append('"').append(inner.getKey()).append("\":").append(inner.getValue());
            }
            expected.append('}');
        }
        expected.append('}');
        assertEquals(expected.toString(), text);
    }

    @Provide
    Arbitrary<Map<String, Map<String, Integer>>> members() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'f').ofMinLength(1).ofMaxLength(4);
        Arbitrary<Map<String, Integer>> inner = Arbitraries.maps(keys, Arbitraries.integers().between(-1000, 1000))
                .ofMaxSize(5);
        return Arbitraries.maps(keys, inner).ofMaxSize(8);
    }

    private static JsonValue object(Map<String, Map<String, Integer>> members, List<String> order, Random random,
                                    boolean shuffleInner) {
        Map<String, JsonValue> outer = new LinkedHashMap<>();
        for (String key : order) {
            List<String> innerKeys = new ArrayList<>(members.get(key).keySet());
            if (shuffleInner) {
                Collections.shuffle(innerKeys, random);
            }
            Map<String, JsonValue> inner = new LinkedHashMap<>();
            for (String innerKey : innerKeys) {
                inner.put(innerKey, JsonValue.of((long) members.get(key).get(innerKey)));
            }
            outer.put(key, new JsonValue.JsonObject(inner));
        }
        return new JsonValue.JsonObject(outer);
    }
}
