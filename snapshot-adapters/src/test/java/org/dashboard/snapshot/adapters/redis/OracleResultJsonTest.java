package org.dashboard.snapshot.adapters.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OracleResultJsonTest {

    private static String text(OracleResult result) {
        return new String(OracleResultJson.write(result), StandardCharsets.UTF_8);
    }

    private static OracleResult read(String json) {
        return OracleResultJson.read(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesAnOkEnvelopeCompactlyWithMembersInOrder() {
        OracleResult ok = new OracleResult.Ok(2, true, TestJson.parse("{'b': [1, 1.50, 'x'], 'a': null}"),
                Map.of("source", JsonValue.of("warehouse")));
        assertEquals("{\"status\":\"ok\",\"oracle_version\":2,\"stale\":true,\"payload\":{\"b\":[1,1.50,\"x\"],"
                + "\"a\":null},\"metadata\":{\"source\":\"warehouse\"}}", text(ok));
    }

    @Test
    void writesAnErrorEnvelopeWithoutEmptyMetadata() {
        OracleResult error = OracleResult.error(TestJson.parse("{'code': 'timeout'}"));
        assertEquals("{\"status\":\"error\",\"oracle_version\":0,\"stale\":false,\"reason\":{\"code\":\"timeout\"}}",
                text(error));
    }

    @Test
    void decimalsKeepTheirScaleAndBigIntegersTheirDigits() {
        JsonValue payload = TestJson.parse("{'price': 1.50, 'ratio': 0.000010, 'huge': 123456789012345678901234567890,"
                + " 'exp': 1E+3, 'negative': -7}");
        OracleResult back = read(text(OracleResult.ok(payload)));
        JsonValue.JsonObject members = (JsonValue.JsonObject) ((OracleResult.Ok) back).payload();
        assertEquals(new BigDecimal("1.50"), ((JsonValue.JsonNumber) members.getOrNull("price")).value());
        assertEquals(2, ((JsonValue.JsonNumber) members.getOrNull("price")).value().scale());
        assertEquals(JsonValue.JsonNumber.of(new BigInteger("123456789012345678901234567890")),
                members.getOrNull("huge"));
        assertEquals(payload, ((OracleResult.Ok) back).payload());
    }

    @Test
    void aFractionWithoutFractionDigitsStaysAFraction() {
        JsonValue.JsonNumber fraction = new JsonValue.JsonNumber(BigDecimal.valueOf(3), false);
        assertEquals("3E0", OracleResultJson.numberText(fraction));
        assertEquals(OracleResult.ok(fraction), read(text(OracleResult.ok(fraction))));
    }

    @Test
    void anIntegralNumberIsWrittenAsAnInteger() {
        assertEquals("3", OracleResultJson.numberText(new JsonValue.JsonNumber(new BigDecimal("3.0"), true)));
        assertEquals("100", OracleResultJson.numberText(new JsonValue.JsonNumber(new BigDecimal("1E+2"), true)));
    }

    @Test
    void stringsSurviveEscapesAndNonAsciiText() {
        JsonValue payload = JsonValue.of("quote \" backslash \\ newline \n tab \t nul \u0000 é ✓ 𝄞");
        assertEquals(OracleResult.ok(payload), read(text(OracleResult.ok(payload))));
    }

    @Test
    void readsWhatAnotherWriterMayAddAndIgnoresUnknownMembers() {
        OracleResult back = read("{\"written_by\":{\"instance\":[1,2]},\"status\":\"ok\",\"oracle_version\":1,"
                + "\"payload\":[]}");
        assertEquals(new OracleResult.Ok(1, false, JsonValue.JsonArray.EMPTY, Map.of()), back);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[]",
        "{\"status\":\"ok\",\"oracle_version\":1}",
        "{\"status\":\"error\",\"oracle_version\":1,\"payload\":1}",
        "{\"status\":\"maybe\",\"oracle_version\":1,\"payload\":1}",
        "{\"status\":\"ok\",\"payload\":1}",
        "{\"status\":\"ok\",\"oracle_version\":\"1\",\"payload\":1}",
        "{\"status\":\"ok\",\"oracle_version\":-1,\"payload\":1}",
        "{\"status\":\"ok\",\"oracle_version\":1,\"stale\":\"no\",\"payload\":1}",
        "{\"status\":\"ok\",\"oracle_version\":1,\"payload\":1,\"metadata\":{\"nested\":{}}}",
        "{\"status\":\"ok\",\"oracle_version\":1,\"payload\":1,\"metadata\":[]}",
        "{\"status\":\"ok\",\"oracle_version\":1,\"payload\":{\"a\":1,\"a\":2}}",
        "{\"status\":\"ok\",\"oracle_version\":1,\"payload\":[1,2",
        "{\"status\":\"ok\",\"oracle_version\":1,\"payload\":1} {}",
        "not json"
    })
    void anythingElseIsUnreadable(String stored) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> read(stored));
        assertTrue(thrown.getMessage().startsWith("not a cached oracle result: "), thrown.getMessage());
    }
}
