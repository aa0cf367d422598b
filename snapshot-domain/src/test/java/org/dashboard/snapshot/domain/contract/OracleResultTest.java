package org.dashboard.snapshot.domain.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

class OracleResultTest {

    @Test
    void okFactoryGivesVersionZeroFreshAndNoMetadata() {
        OracleResult.Ok ok = OracleResult.ok(JsonValue.of(1));

        assertEquals(new OracleResult.Ok(0, false, JsonValue.of(1), Map.of()), ok);
    }

    @Test
    void errorFactoryGivesVersionZeroFreshAndNoMetadata() {
        OracleResult.Error error = OracleResult.error(JsonValue.of("boom"));

        assertEquals(new OracleResult.Error(0, false, JsonValue.of("boom"), Map.of()), error);
    }

    @Test
    void withVersionChangesOnlyTheVersion() {
        OracleResult.Ok ok = new OracleResult.Ok(1, true, JsonValue.of("p"), Map.of("m", JsonValue.of(1)));

        assertEquals(new OracleResult.Ok(4, true, JsonValue.of("p"), Map.of("m", JsonValue.of(1))),
                ok.withVersion(4));
    }

    @Test
    void timeoutStringIsAnOracleTimeout() {
        assertEquals(OracleReason.ORACLE_TIMEOUT, OracleResult.error(JsonValue.of("timeout")).reasonCode());
    }

    @Test
    void objectWithTimeoutCodeIsAnOracleTimeout() {
        assertEquals(OracleReason.ORACLE_TIMEOUT,
                OracleResult.error(TestJson.parse("{'code': 'timeout', 'after_ms': 500}")).reasonCode());
    }

    @Test
    void anyOtherReasonIsAnOracleError() {
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(JsonValue.of("Timeout")).reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(JsonValue.of("boom")).reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(TestJson.parse("{'code': 'db_down'}"))
                .reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(TestJson.parse("{'code': 5}")).reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(TestJson.parse("{'reason': 'timeout'}"))
                .reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(JsonValue.nullValue()).reasonCode());
        assertEquals(OracleReason.ORACLE_ERROR, OracleResult.error(TestJson.parse("['timeout']")).reasonCode());
    }

    @Test
    void metadataIsOrderedByKey() {
        Map<String, JsonValue> metadata = new LinkedHashMap<>();
        metadata.put("zeta", JsonValue.of(1));
        metadata.put("alpha", JsonValue.of("a"));
        metadata.put("mid", JsonValue.nullValue());

        OracleResult.Ok ok = new OracleResult.Ok(0, false, JsonValue.of(1), metadata);

        assertEquals(List.of("alpha", "mid", "zeta"), List.copyOf(ok.metadata().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ok.metadata().put("x", JsonValue.of(1)));
    }

    @Test
    void metadataHoldsScalarsOnly() {
        IllegalArgumentException object = assertThrows(IllegalArgumentException.class, () -> new OracleResult.Ok(0,
                false, JsonValue.of(1), Map.of("nested", TestJson.parse("{'a': 1}"))));
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class, () -> new OracleResult.Error(0,
                false, JsonValue.of("x"), Map.of("list", TestJson.parse("[1]"))));

        assertEquals("oracle metadata holds scalars only, 'nested' is object", object.getMessage());
        assertEquals("oracle metadata holds scalars only, 'list' is array", array.getMessage());
    }

    @Test
    void negativeVersionsAreRefused() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new OracleResult.Ok(-1, false, JsonValue.of(1), Map.of()));

        assertEquals("oracle_version must be >= 0, got -1", thrown.getMessage());
        assertEquals(0, new OracleResult.Ok(0, false, JsonValue.of(1), Map.of()).oracleVersion());
    }

    @Test
    void payloadReasonAndMetadataAreRequired() {
        assertThrows(NullPointerException.class, () -> new OracleResult.Ok(0, false, null, Map.of()));
        assertThrows(NullPointerException.class, () -> new OracleResult.Ok(0, false, JsonValue.of(1), null));
        assertThrows(NullPointerException.class, () -> new OracleResult.Error(0, false, null, Map.of()));
    }

    @Test
    void staleFlagIsKept() {
        assertTrue(new OracleResult.Error(2, true, JsonValue.of("x"), Map.of()).stale());
        assertFalse(OracleResult.error(JsonValue.of("x")).stale());
    }
}
