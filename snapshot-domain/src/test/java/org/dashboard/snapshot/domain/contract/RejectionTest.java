package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

class RejectionTest {

    @Test
    void fieldRejectionNamesTheFieldAndTheValue() {
        Rejection rejection = Rejection.ofField(AssemblyReason.INVALID_SCOPE, "scope", JsonValue.of("x"), "bad");

        assertEquals(AssemblyReason.INVALID_SCOPE, rejection.reasonCode());
        assertEquals("bad", rejection.message());
        assertEquals("{\"field\":\"scope\",\"value\":\"x\"}", JsonText.write(rejection.details()));
        assertEquals(List.of("field", "value"), List.copyOf(rejection.details().members().keySet()));
    }

    @Test
    void anAbsentValueIsEchoedAsNull() {
        Rejection rejection = Rejection.ofField(AssemblyReason.INVALID_CONTEXT, "context", null, "missing");

        assertEquals(JsonValue.nullValue(), rejection.details().getOrNull("value"));
        assertEquals(true, rejection.details().has("value"));
    }

    @Test
    void smallObjectsAndArraysAreEchoedAsTheyAre() {
        JsonValue object = TestJson.parse("{'a': [1, 2]}");
        JsonValue array = TestJson.parse("[1, 'two']");

        assertEquals(object, Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", object, "m").details()
                .getOrNull("value"));
        assertEquals(array, Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", array, "m").details()
                .getOrNull("value"));
    }

    @Test
    void anObjectWhoseTextIsExactly200CharactersIsEchoedAsItIs() {
        JsonValue object = TestJson.parse("{'k': '" + "x".repeat(192) + "'}");
        assertEquals(200, JsonText.write(object).length());

        JsonValue echoed = Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", object, "m").details()
                .getOrNull("value");

        assertEquals(object, echoed);
    }

    @Test
    void largeObjectsAreEchoedAsABoundedPreview() {
        JsonValue object = TestJson.parse("{'k': '" + "x".repeat(193) + "'}");

        JsonValue echoed = Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", object, "m").details()
                .getOrNull("value");

        assertEquals(JsonValue.of("{\"k\":\"" + "x".repeat(191) + "..."), echoed);
    }

    @Test
    void stringsLongerThan200CharactersAreCut() {
        JsonValue exactly200 = JsonValue.of("a".repeat(200));
        JsonValue longer = JsonValue.of("b".repeat(201));

        assertEquals(exactly200, Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", exactly200, "m").details()
                .getOrNull("value"));
        assertEquals(JsonValue.of("b".repeat(197) + "..."), Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f",
                longer, "m").details().getOrNull("value"));
    }

    @Test
    void numbersAndBooleansAreEchoedAsTheyAre() {
        assertEquals(JsonValue.of(5), Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", JsonValue.of(5), "m")
                .details().getOrNull("value"));
        assertEquals(JsonValue.of(true), Rejection.ofField(AssemblyReason.INVALID_SCOPE, "f", JsonValue.of(true),
                "m").details().getOrNull("value"));
    }

    @Test
    void rejectionWithFreeDetailsKeepsThem() {
        JsonObject details = TestJson.object("{'dataset_id': 'x'}");

        Rejection rejection = Rejection.of(ExportReason.EXPORT_FAILED, "failed", details);

        assertEquals(details, rejection.details());
        assertEquals("export_failed", rejection.reasonCode().code());
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> new Rejection(null, "m", JsonObject.EMPTY));
        assertThrows(NullPointerException.class, () -> new Rejection(AssemblyReason.INVALID_SCOPE, null,
                JsonObject.EMPTY));
        assertThrows(NullPointerException.class, () -> new Rejection(AssemblyReason.INVALID_SCOPE, "m", null));
    }
}
