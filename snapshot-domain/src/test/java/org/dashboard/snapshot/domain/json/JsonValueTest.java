package org.dashboard.snapshot.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class JsonValueTest {

    @Test
    void everyValueNamesItsJsonType() {
        assertEquals("object", JsonObject.EMPTY.typeName());
        assertEquals("array", JsonArray.EMPTY.typeName());
        assertEquals("string", JsonValue.of("s").typeName());
        assertEquals("number", JsonValue.of(1).typeName());
        assertEquals("boolean", JsonValue.of(true).typeName());
        assertEquals("null", JsonValue.nullValue().typeName());
    }

    @Test
    void onlyJsonNullIsNull() {
        assertTrue(JsonValue.nullValue().isNull());
        assertSame(JsonValue.JsonNull.INSTANCE, JsonValue.nullValue());
        assertFalse(JsonValue.of("").isNull());
        assertFalse(JsonValue.of(false).isNull());
        assertFalse(JsonObject.EMPTY.isNull());
    }

    @Test
    void booleansAreTheSharedConstants() {
        assertSame(JsonValue.JsonBoolean.TRUE, JsonValue.of(true));
        assertSame(JsonValue.JsonBoolean.FALSE, JsonValue.of(false));
        assertTrue(JsonValue.JsonBoolean.TRUE.value());
        assertFalse(JsonValue.JsonBoolean.FALSE.value());
    }

    @Test
    void previewIsTheWholeTextUpTo200Characters() {
        JsonValue exactly200 = JsonValue.of("x".repeat(198));

        assertEquals("\"" + "x".repeat(198) + "\"", exactly200.preview());
        assertEquals("{\"a\":1}", TestJson.parse("{'a': 1}").preview());
    }

    @Test
    void previewOfALongerValueIsCutTo197CharactersAndAnEllipsis() {
        JsonValue longer = JsonValue.of("y".repeat(199));

        String preview = longer.preview();

        assertEquals(200, preview.length());
        assertEquals("\"" + "y".repeat(196) + "...", preview);
    }

    @Test
    void objectKeepsInsertionOrderAndIsACopy() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("z", JsonValue.of(1));
        members.put("a", JsonValue.of(2));
        JsonObject object = JsonObject.of(members);
        members.put("late", JsonValue.of(3));

        assertEquals(List.of("z", "a"), new ArrayList<>(object.members().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> object.members().put("x", JsonValue.of(4)));
    }

    @Test
    void objectMembersAreReadAsOptionalOrAsNull() {
        JsonObject object = TestJson.object("{'a': 1, 'n': null}");

        assertEquals(Optional.of(JsonValue.of(1)), object.get("a"));
        assertEquals(Optional.empty(), object.get("missing"));
        assertEquals(JsonValue.of(1), object.getOrNull("a"));
        assertEquals(JsonValue.nullValue(), object.getOrNull("missing"));
        assertTrue(object.has("n"));
        assertTrue(object.has("a"));
        assertFalse(object.has("missing"));
    }

    @Test
    void arrayIsAnImmutableCopy() {
        List<JsonValue> elements = new ArrayList<>(List.of(JsonValue.of(1)));
        JsonArray array = JsonArray.of(elements);
        elements.add(JsonValue.of(2));

        assertEquals(List.of(JsonValue.of(1)), array.elements());
        assertThrows(UnsupportedOperationException.class, () -> array.elements().add(JsonValue.of(3)));
    }

    @Test
    void nullPartsAreRefused() {
        assertThrows(NullPointerException.class, () -> new JsonObject(null));
        assertThrows(NullPointerException.class, () -> new JsonArray(null));
        assertThrows(NullPointerException.class, () -> new JsonValue.JsonString(null));
        assertThrows(NullPointerException.class, () -> new JsonNumber(null, true));
    }

    @Test
    void integralNumbersAreMarkedIntegral() {
        assertEquals(new JsonNumber(BigDecimal.valueOf(7), true), JsonNumber.of(7L));
        assertEquals(new JsonNumber(new BigDecimal("123456789012345678901"), true),
                JsonNumber.of(new BigInteger("123456789012345678901")));
    }

    @Test
    void doublesKeepTheirShortestDecimalText() {
        JsonNumber tenth = JsonNumber.of(0.1);

        assertEquals(new BigDecimal("0.1"), tenth.value());
        assertFalse(tenth.integral());
        assertEquals(0.1, tenth.doubleValue());
    }

    @Test
    void nonFiniteDoublesAreRefused() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.NaN));
        assertEquals("JSON numbers are finite, got NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> JsonNumber.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void wholeNumbersHaveNoFractionalPart() {
        assertTrue(number("3").isWhole());
        assertTrue(number("3.0").isWhole());
        assertTrue(number("0").isWhole());
        assertTrue(number("0.000").isWhole());
        assertTrue(number("1E+2").isWhole());
        assertFalse(number("3.5").isWhole());
        assertFalse(number("0.001").isWhole());
    }

    @Test
    void longValueIsPresentForWholeNumbersThatFit() {
        assertEquals(Optional.of(3L), number("3.0").longValue());
        assertEquals(Optional.of(-4L), number("-4").longValue());
        assertEquals(Optional.of(Long.MAX_VALUE), number(String.valueOf(Long.MAX_VALUE)).longValue());
        assertEquals(Optional.empty(), number("3.5").longValue());
        assertEquals(Optional.empty(), number("9223372036854775808").longValue());
    }

    private static JsonNumber number(String text) {
        return new JsonNumber(new BigDecimal(text), false);
    }
}
