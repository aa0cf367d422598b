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

class OracleStatusTest {

    @Test
    void okResultIsReadyWithItsStaleFlagVersionAndMetadata() {
        OracleResult ok = new OracleResult.Ok(3, true, JsonValue.of("p"), Map.of("source", JsonValue.of("lms")));

        OracleStatus status = OracleStatus.of(ok);

        assertEquals(new OracleStatus.Ready(true, 3, Map.of("source", JsonValue.of("lms"))), status);
        assertEquals("ready", status.status());
    }

    @Test
    void errorResultIsFailedWithItsReasonAndReasonCode() {
        OracleResult error = new OracleResult.Error(2, false, TestJson.parse("{'code': 'timeout'}"),
                Map.of("attempt", JsonValue.of(2)));

        OracleStatus status = OracleStatus.of(error);

        assertEquals(new OracleStatus.Failed(false, 2, Map.of("attempt", JsonValue.of(2)),
                TestJson.parse("{'code': 'timeout'}"), OracleReason.ORACLE_TIMEOUT), status);
        assertEquals("failed", status.status());
        assertTrue(((OracleStatus.Failed) status).timedOut());
    }

    @Test
    void failedWithAnOrdinaryErrorHasNotTimedOut() {
        OracleStatus.Failed failed = (OracleStatus.Failed) OracleStatus.of(OracleResult.error(JsonValue.of("x")));

        assertFalse(failed.timedOut());
        assertEquals(OracleReason.ORACLE_ERROR, failed.reasonCode());
    }

    @Test
    void unavailableMeansTheOraclePayloadIsMissing() {
        assertEquals("unavailable", OracleStatus.Unavailable.INSTANCE.status());
        assertEquals(OracleReason.MISSING_ORACLE_PAYLOAD, OracleStatus.Unavailable.INSTANCE.reasonCode());
    }

    @Test
    void statusMetadataIsOrderedByKeySoThatTheSnapshotWritesTheSameBytes() {
        Map<String, JsonValue> metadata = new LinkedHashMap<>();
        for (String key : List.of("q", "b", "x", "a", "m", "k", "c", "z")) {
            metadata.put(key, JsonValue.of(key));
        }

        OracleStatus.Ready ready = new OracleStatus.Ready(false, 0, metadata);
        OracleStatus.Failed failed = new OracleStatus.Failed(false, 0, metadata, JsonValue.of("x"),
                OracleReason.ORACLE_ERROR);

        List<String> sorted = List.of("a", "b", "c", "k", "m", "q", "x", "z");
        assertEquals(sorted, List.copyOf(ready.metadata().keySet()));
        assertEquals(sorted, List.copyOf(failed.metadata().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> ready.metadata().clear());
    }

    @Test
    void failedNeedsAReasonAndAReasonCode() {
        assertThrows(NullPointerException.class, () -> new OracleStatus.Failed(false, 0, Map.of(), null,
                OracleReason.ORACLE_ERROR));
        assertThrows(NullPointerException.class, () -> new OracleStatus.Failed(false, 0, Map.of(),
                JsonValue.of("x"), null));
    }
}
