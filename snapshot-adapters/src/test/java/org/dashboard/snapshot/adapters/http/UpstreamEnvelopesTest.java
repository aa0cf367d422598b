package org.dashboard.snapshot.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleReason;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class UpstreamEnvelopesTest {
    static final OracleKey GRADES = OracleKey.GRADES;

    @Test
    void anOkEnvelopeIsTakenAsSent() {
        Optional<OracleResult> result = UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(200,
                "{\"status\": \"ok\", \"oracle_version\": 3, \"stale\": true, \"payload\": {\"grades\": []}, "
                        + "\"metadata\": {\"source\": \"warehouse\"}}"));
        OracleResult.Ok ok = assertInstanceOf(OracleResult.Ok.class, result.orElseThrow());
        assertEquals(3, ok.oracleVersion());
        assertTrue(ok.stale());
        assertEquals(new JsonValue.JsonObject(Map.of("grades", JsonValue.JsonArray.EMPTY)), ok.payload());
        assertEquals(Map.of("source", JsonValue.of("warehouse")), ok.metadata());
    }

    @Test
    void anErrorEnvelopeOfTheUpstreamKeepsItsReason() {
        OracleResult result = UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(200,
                "{\"status\": \"error\", \"reason\": {\"code\": \"timeout\"}}")).orElseThrow();
        assertEquals(OracleReason.ORACLE_TIMEOUT, ((OracleResult.Error) result).reasonCode());
    }

    @Test
    void notFoundLeavesTheOracleOut() {
        assertEquals(Optional.empty(), UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(404, "")));
    }

    @Test
    void malformedJsonIsAnUpstreamErrorWithItsStatus() {
        OracleResult.Error error = error(UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(200, "{\"status\"")));
        assertUpstreamError(error, JsonValue.of(200));
        assertTrue(message(error).startsWith("malformed JSON"), message(error));
    }

    @Test
    void anInvalidEnvelopeIsAnUpstreamErrorNamingTheRule() {
        for (String body : new String[] {"{\"status\": \"maybe\"}", "[]", "{\"status\": \"ok\", \"reason\": \"x\"}",
                "{\"status\": \"ok\", \"payload\": 1, \"metadata\": {\"nested\": {}}}",
                "{\"status\": \"ok\", \"oracle_version\": -1, \"payload\": 1}"}) {
            OracleResult.Error error = error(UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(200, body)));
            assertUpstreamError(error, JsonValue.of(200));
            assertTrue(message(error).startsWith("invalid envelope: "), body + " -> " + message(error));
        }
    }

    @Test
    void anEnvelopeFiledUnderAnotherKeyIsRefused() {
        OracleResult.Error error = error(UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(200,
                "{\"oracle_key\": \"oracle_instructor_student_info\", \"status\": \"ok\", \"payload\": []}")));
        assertUpstreamError(error, JsonValue.of(200));
    }

    @Test
    void anotherClientErrorStatusIsAnUpstreamError() {
        assertUpstreamError(error(UpstreamEnvelopes.fromReply(GRADES, new UpstreamReply(401, ""))),
                JsonValue.of(401));
    }

    @Test
    void aTimeoutIsAnOracleTimeout() {
        OracleResult.Error error = UpstreamEnvelopes.fromFailure(new CompletionException(new TimeoutException("t")));
        assertEquals(OracleReason.ORACLE_TIMEOUT, error.reasonCode());
        assertEquals(JsonValue.of("timeout"), reason(error).getOrNull("code"));
    }

    @Test
    void anOpenCircuitIsAnOracleErrorSayingSo() {
        OracleResult.Error error = UpstreamEnvelopes.fromFailure(new CircuitBreakerOpenException("open"));
        assertEquals(OracleReason.ORACLE_ERROR, error.reasonCode());
        assertEquals(JsonValue.of("circuit_open"), reason(error).getOrNull("code"));
    }

    @Test
    void aServerErrorKeepsItsStatusAndNoConnectionHasNone() {
        assertUpstreamError(UpstreamEnvelopes.fromFailure(new UpstreamUnavailable(503, "HTTP 503", null)),
                JsonValue.of(503));
        assertUpstreamError(UpstreamEnvelopes.fromFailure(new UpstreamUnavailable(null, "refused",
                new ConnectException("Connection refused"))), JsonValue.nullValue());
        assertUpstreamError(UpstreamEnvelopes.fromFailure(new IllegalStateException("surprise")),
                JsonValue.nullValue());
    }

    private static OracleResult.Error error(Optional<OracleResult> result) {
        return assertInstanceOf(OracleResult.Error.class, result.orElseThrow());
    }

    private static JsonValue.JsonObject reason(OracleResult.Error error) {
        return assertInstanceOf(JsonValue.JsonObject.class, error.reason());
    }

    private static String message(OracleResult.Error error) {
        return ((JsonValue.JsonString) reason(error).getOrNull("message")).value();
    }

    private static void assertUpstreamError(OracleResult.Error error, JsonValue status) {
        assertEquals(OracleReason.ORACLE_ERROR, error.reasonCode());
        assertEquals(JsonValue.of("upstream_error"), reason(error).getOrNull("code"));
        assertTrue(reason(error).has("status"), "the reason names the status, null when there was none");
        assertEquals(status, reason(error).getOrNull("status"));
    }
}
