package org.dashboard.snapshot.domain.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void aLimitStopsWritingSoonAfterItIsPassed() {
        JsonValue numbers = TestJson.parse("[1, 2, 3, 4, 5, 6, 7, 8, 9]");
        assertEquals("[1,2,3,4,5,6,7,8,9]", JsonText.write(numbers, 19));
        assertEquals("[1,2,3,4,5,6,7,8,9]", JsonText.write(numbers, 100));
        assertEquals("[1,2,3,]", JsonText.write(numbers, 6), "cut after the limit: a preview, not JSON");
        assertEquals("{\"a\":[1,2]}", JsonText.write(TestJson.parse("{'a': [1, 2, 3], 'b': 4}"), 8));
    }

    @Test
    void previewsOfLargeValuesAreCutAtTwoHundredCharacters() {
        JsonValue large = JsonValue.JsonArray.of(java.util.Collections.nCopies(100_000, JsonValue.of(12345)));
        String preview = large.preview();
        assertEquals(200, preview.length());
        assertEquals("[12345,12345", preview.substring(0, 12));
        assertEquals("...", preview.substring(197));
    }

    @Test
    void objectKeysAreSortedAndNothingIsIndented() {
        JsonValue value = TestJson.parse("{'b': 1, 'a': [true, null, 'x'], 'c': {'z': false, 'y': {}}}");

        assertEquals("{\"a\":[true,null,\"x\"],\"b\":1,\"c\":{\"y\":{},\"z\":false}}", JsonText.write(value));
    }

    @Test
    void emptyContainersAreWrittenCompactly() {
        assertEquals("{}", JsonText.write(JsonValue.JsonObject.EMPTY));
        assertEquals("[]", JsonText.write(JsonValue.JsonArray.EMPTY));
        assertEquals("[[],{}]", JsonText.write(new JsonValue.JsonArray(List.of(JsonValue.JsonArray.EMPTY,
                JsonValue.JsonObject.EMPTY))));
    }

    @Test
    void scalarsAreWrittenAsJsonLiterals() {
        assertEquals("null", JsonText.write(JsonValue.nullValue()));
        assertEquals("true", JsonText.write(JsonValue.of(true)));
        assertEquals("false", JsonText.write(JsonValue.of(false)));
        assertEquals("42", JsonText.write(JsonValue.of(42)));
        assertEquals("-7", JsonText.write(JsonValue.of(-7)));
        assertEquals("0.5", JsonText.write(JsonValue.of(0.5)));
        assertEquals("\"text\"", JsonText.write(JsonValue.of("text")));
    }

    @Test
    void numbersKeepTheirExactDecimalText() {
        assertEquals("1.50", JsonText.write(new JsonValue.JsonNumber(new BigDecimal("1.50"), false)));
        assertEquals("84.5", JsonText.write(TestJson.parse("84.5")));
        assertEquals("12345678901234567890", JsonText.write(TestJson.parse("12345678901234567890")));
    }

    @Test
    void stringsEscapeQuotesBackslashesAndControlCharacters() {
        String text = "a\"b\\c\nd\re\tf\u0001g\u001fh i\u00e9";

        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh i\u00e9\"", JsonText.write(JsonValue.of(text)));
    }

    @Test
    void quoteAppendsToTheGivenBuilder() {
        StringBuilder out = new StringBuilder("x=");

        JsonText.quote(out, "say \"hi\"");

        assertEquals("x=\"say \\\"hi\\\"\"", out.toString());
    }

    @Test
    void memberOrderOfTheObjectDoesNotChangeItsText() {
        Map<String, JsonValue> forward = new LinkedHashMap<>();
        forward.put("alpha", JsonValue.of(1));
        forward.put("beta", JsonValue.of(2));
        Map<String, JsonValue> backward = new LinkedHashMap<>();
        backward.put("beta", JsonValue.of(2));
        backward.put("alpha", JsonValue.of(1));

        assertEquals(JsonText.write(new JsonValue.JsonObject(forward)),
                JsonText.write(new JsonValue.JsonObject(backward)));
        assertEquals("{\"alpha\":1,\"beta\":2}", JsonText.write(new JsonValue.JsonObject(backward)));
    }

    @Test
    void keysAreEscapedLikeStrings() {
        assertEquals("{\"a\\\"b\":1}", JsonText.write(TestJson.parse("{'a\"b': 1}")));
    }
}
