package org.dashboard.snapshot.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.junit.jupiter.api.Test;

class JacksonJsonValuesTest {

    @Test
    void readsEveryJsonTypeKeepingMemberOrder() throws IOException {
        JsonValue value = JacksonJsonValues.parse(
                "{\"b\": [1, \"two\", true, null], \"a\": {\"x\": false}, \"c\": \"é\"}");
        Map<String, JsonValue> expected = new LinkedHashMap<>();
        expected.put("b", JsonValue.JsonArray.of(List.of(JsonValue.of(1), JsonValue.of("two"), JsonValue.of(true),
                JsonValue.nullValue())));
        expected.put("a", new JsonValue.JsonObject(Map.of("x", JsonValue.of(false))));
        expected.put("c", JsonValue.of("é"));
        assertEquals(new JsonValue.JsonObject(expected), value);
        assertEquals(List.of("b", "a", "c"), List.copyOf(((JsonValue.JsonObject) value).members().keySet()));
    }

    @Test
    void keepsNumbersExact() throws IOException {
        JsonValue.JsonArray numbers = (JsonValue.JsonArray) JacksonJsonValues.parse(
                "[12345678901234567890123, 0.1, 84.50, 1e2, -0]");
        assertEquals(new JsonNumber(new BigDecimal("12345678901234567890123"), true), numbers.elements().get(0));
        assertEquals(new JsonNumber(new BigDecimal("0.1"), false), numbers.elements().get(1));
        assertEquals(new JsonNumber(new BigDecimal("84.50"), false), numbers.elements().get(2));
        assertEquals(false, ((JsonNumber) numbers.elements().get(3)).integral());
        assertEquals(100.0, ((JsonNumber) numbers.elements().get(3)).doubleValue());
        assertEquals(JsonNumber.of(0), numbers.elements().get(4));
    }

    @Test
    void refusesMalformedTruncatedDuplicatedOrEmptyDocuments() {
        for (String text : new String[] {"{\"status\": ", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1, \"a\": 2}", "",
                "   ", "NaN", "{'a': 1}"}) {
            assertThrows(IOException.class, () -> JacksonJsonValues.parse(text), text);
        }
    }
}
