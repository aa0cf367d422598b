package org.dashboard.snapshot.domain.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The public envelope reader that sources outside a request body (the HTTP oracle source) share. */
class ReadEnvelopeTest {

    @Test
    void readsAnOkEnvelopeByTheRequestRules() {
        Outcome<OracleResult> read = SnapshotRequestReader.readEnvelope("oracle_instructor_grades",
                TestJson.parse("{\"status\": \"ok\", \"oracle_version\": 2, \"payload\": {\"grades\": []}}"));
        OracleResult.Ok ok = assertInstanceOf(OracleResult.Ok.class, read.value());
        assertEquals(2, ok.oracleVersion());
        assertEquals(Map.of(), ok.metadata());
    }

    @Test
    void aBrokenEnvelopeIsARejectionNamingTheFieldNotAnException() {
        Outcome<OracleResult> read = SnapshotRequestReader.readEnvelope("oracle_instructor_grades",
                TestJson.parse("{\"status\": \"done\"}"));
        assertFalse(read.isAccepted());
        assertEquals(AssemblyReason.INVALID_ORACLE_STATUS, read.rejection().reasonCode());
        assertEquals(JsonValue.of("oracle_instructor_grades.status"), read.rejection().details().getOrNull("field"));
    }
}
