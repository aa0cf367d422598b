package org.dashboard.snapshot.export.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class JsonValueReaderTest {
    private final JsonValueReader reader = new JsonValueReader(JsonLimits.DEFAULT);

    private Outcome<JsonValue> read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private Rejection rejected(String json) {
        Outcome<JsonValue> outcome = read(json);
        assertFalse(outcome.isAccepted(), "expected a rejection for " + json);
        assertEquals("malformed_request", outcome.rejection().reasonCode().code());
        return outcome.rejection();
    }

    @Test
    void readsEveryJsonTypeKeepingMemberOrder() {
        JsonValue value = read("{\"b\": [1, 2.50, \"x\", true, false, null], \"a\": {}}").value();
        JsonObject object = (JsonObject) value;
        assertEquals(List.of("b", "a"), List.copyOf(object.members().keySet()));
        List<JsonValue> elements = ((JsonValue.JsonArray) object.getOrNull("b")).elements();
        assertEquals(JsonNumber.of(1), elements.get(0));
        assertEquals(new JsonNumber(new BigDecimal("2.50"), false), elements.get(1));
        assertEquals(JsonValue.of("x"), elements.get(2));
        assertEquals(JsonValue.of(true), elements.get(3));
        assertEquals(JsonValue.of(false), elements.get(4));
        assertEquals(JsonValue.nullValue(), elements.get(5));
        assertEquals(JsonObject.EMPTY, object.getOrNull("a"));
    }

    @Test
    void keepsIntegersBeyondLongExactly() {
        JsonNumber number = (JsonNumber) read("123456789012345678901234567890").value();
        assertTrue(number.integral());
        assertEquals(new BigDecimal("123456789012345678901234567890"), number.value());
        assertTrue(number.longValue().isEmpty());
    }

    @Test
    void rejectsDuplicateKeysNamingTheLocation() {
        Rejection rejection = rejected("{\"a\": 1,\n \"a\": 2}");
        assertTrue(rejection.message().contains("Duplicate field 'a'"), rejection.message());
        assertEquals(JsonValue.of(2), rejection.details().getOrNull("line"));
    }

    @Test
    void rejectsNanAndInfinity() {
        rejected("{\"x\": NaN}");
        rejected("{\"x\": Infinity}");
        rejected("[-Infinity]");
    }

    @Test
    void rejectsTrailingContentAndEmptyBodies() {
        assertEquals("malformed JSON: trailing content after the JSON document", rejected("{} {}").message());
        assertEquals("the request body is empty; a JSON document is required", rejected("  ").message());
    }

    @Test
    void rejectsTruncatedDocuments() {
        Rejection rejection = rejected("{\"a\": [1, 2");
        assertEquals(JsonValue.of("$"), rejection.details().getOrNull("field"));
    }

    @Test
    void enforcesNestingDepth() {
        JsonValueReader shallow = new JsonValueReader(new JsonLimits(3, 100, 10, 1000));
        assertTrue(shallow.read("[[[1]]]".getBytes(StandardCharsets.UTF_8)).isAccepted());
        Outcome<JsonValue> deep = shallow.read("[[[[1]]]]".getBytes(StandardCharsets.UTF_8));
        assertFalse(deep.isAccepted());
        assertTrue(deep.rejection().message().startsWith("the JSON document exceeds a limit"),
                deep.rejection().message());
        assertLimit(deep, "max_nesting_depth", 3);
    }

    @Test
    void enforcesStringAndNumberLengths() {
        JsonValueReader small = new JsonValueReader(new JsonLimits(10, 5, 4, 1000));
        assertTrue(small.read("[\"abcde\", 1234]".getBytes(StandardCharsets.UTF_8)).isAccepted());
        assertLimit(small.read("[\"abcdef\"]".getBytes(StandardCharsets.UTF_8)), "max_string_length", 5);
        assertLimit(small.read("{\"abcdef\": 1}".getBytes(StandardCharsets.UTF_8)), "max_name_length", 5);
        assertLimit(small.read("[12345]".getBytes(StandardCharsets.UTF_8)), "max_number_length", 4);
        assertLimit(small.read("[1.2345]".getBytes(StandardCharsets.UTF_8)), "max_number_length", 4);
    }

    private static void assertLimit(Outcome<JsonValue> outcome, String limit, long max) {
        assertFalse(outcome.isAccepted());
        assertEquals("json_limit_exceeded", outcome.rejection().reasonCode().code());
        assertEquals(JsonValue.of("$"), outcome.rejection().details().getOrNull("field"));
        assertEquals(JsonValue.of(limit), outcome.rejection().details().getOrNull("limit"));
        assertEquals(JsonValue.of(max), outcome.rejection().details().getOrNull("max"));
    }

    @Test
    void enforcesDocumentSize() {
        JsonValueReader tiny = new JsonValueReader(new JsonLimits(10, 100, 10, 10));
        assertTrue(tiny.read("[1,2,3]".getBytes(StandardCharsets.UTF_8)).isAccepted());
        assertFalse(tiny.read("[1,2,3,4,5,6,7,8]".getBytes(StandardCharsets.UTF_8)).isAccepted());
    }

    /** The same refusal, and the same 413, as a body over the HTTP limit: bytes and streams alike. */
    @Test
    void aDocumentOverTheSizeLimitIsPayloadTooLarge() {
        JsonValueReader tiny = new JsonValueReader(new JsonLimits(10, 100, 10, 10));
        byte[] eleven = "[1,2,3,4,5]".getBytes(StandardCharsets.UTF_8);
        byte[] ten = "[1,2,3,45]".getBytes(StandardCharsets.UTF_8);
        assertTrue(tiny.read(ten).isAccepted());
        assertTrue(tiny.read(new java.io.ByteArrayInputStream(ten)).isAccepted());
        for (Outcome<JsonValue> outcome : List.of(tiny.read(eleven),
                tiny.read(new java.io.ByteArrayInputStream(eleven)))) {
            assertFalse(outcome.isAccepted());
            assertEquals("payload_too_large", outcome.rejection().reasonCode().code());
            assertEquals(JsonValue.of(10), outcome.rejection().details().getOrNull("limit_bytes"));
        }
    }

    @Test
    void readsFromAStream() {
        JsonValue value = reader.read(new java.io.ByteArrayInputStream("{\"k\": \"v\"}".getBytes(StandardCharsets.UTF_8)))
                .value();
        assertEquals(new JsonObject(Map.of("k", JsonValue.of("v"))), value);
    }
}
