package org.dashboard.snapshot.bench.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.bench.soak.RequestMix.Kind;
import org.dashboard.snapshot.bench.soak.RequestMix.Planned;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private static final Planned SNAPSHOT = new Planned(Kind.SNAPSHOT, "GET", "GET /snapshot", "/snapshot", null);
    private static final Planned EXPORT = new Planned(Kind.EXPORT, "POST", "POST /exports", "/exports", new byte[0]);
    private static final Planned INVALID = new Planned(Kind.INVALID, "GET", "GET /bad", "/bad", null);
    private static final String PROBLEM = "application/problem+json";

    private final Outcomes outcomes = new Outcomes(System.nanoTime());

    @Test
    void aFiveHundredForAValidRequestIsCountedAndKeptAsAnExample() {
        outcomes.answered(SNAPSHOT, 503, PROBLEM, bytes("{\"reason_code\": \"service_overloaded\"}"), 1_000_000);
        assertEquals(1, outcomes.byClass().get(Outcomes.VALID_5XX));
        assertEquals(Map.of("5xx_valid 503 GET /snapshot", 1L), outcomes.unexpected());
        assertEquals("{\"reason_code\": \"service_overloaded\"}", outcomes.examples().get(0).get("body"));
    }

    @Test
    void anInvalidRequestMustBeRefusedWithAProblem() {
        outcomes.answered(INVALID, 404, PROBLEM + ";charset=UTF-8", bytes("{}"), 1);
        outcomes.answered(INVALID, 404, "text/html", bytes("<html>"), 1);
        outcomes.answered(INVALID, 200, "application/json", bytes("{}"), 1);
        outcomes.answered(INVALID, 500, PROBLEM, bytes("{}"), 1);
        Map<String, Long> classes = outcomes.byClass();
        assertEquals(1, classes.get(Outcomes.REFUSED));
        assertEquals(2, classes.get(Outcomes.UNEXPECTED));
        assertEquals(1, classes.get(Outcomes.INVALID_5XX));
    }

    @Test
    void anExportWithoutASoundZipIsLostOrCorrupt() {
        outcomes.answered(EXPORT, 422, PROBLEM, bytes("{\"reason_code\": \"required_projection_failed\"}"), 1);
        outcomes.answered(EXPORT, 200, "application/zip", bytes("not a zip"), 1);
        outcomes.failed(EXPORT, new HttpTimeoutException("request timed out"), 1);
        Map<String, Long> classes = outcomes.byClass();
        assertEquals(2, classes.get(Outcomes.EXPORT_LOST));
        assertEquals(1, classes.get(Outcomes.ZIP_CORRUPT));
        assertEquals(1, classes.get(Outcomes.TIMEOUT));
        assertEquals(Map.of("required_projection_failed", 1L), outcomes.valid4xxReasons());
        assertEquals(Map.of("valid_export", 3L), Map.of("valid_export", outcomes.requestsByKind().get("valid_export")));
    }

    @Test
    void aConnectionFailureAndARequestNotSentAreCountedApart() {
        outcomes.failed(SNAPSHOT, new java.util.concurrent.CompletionException(new ConnectException("refused")), 1);
        outcomes.notSent(SNAPSHOT);
        Map<String, Long> classes = outcomes.byClass();
        assertEquals(1, classes.get(Outcomes.CONNECTION));
        assertEquals(1, classes.get(Outcomes.NOT_SENT));
        assertEquals(2, outcomes.requestsByKind().get("valid_snapshot_get"));
    }

    @Test
    void scenariosCarryTheLoadSummaryFieldsAndNearestRankPercentiles() {
        for (int millis = 1; millis <= 100; millis++) {
            outcomes.answered(SNAPSHOT, 200, "application/json", bytes("{}"), millis * 1_000_000L);
        }
        List<Map<String, Object>> scenarios = outcomes.scenarios(20, 10);
        Map<String, Object> snapshot = scenarios.get(0);
        assertEquals("soak_valid_snapshot_get", snapshot.get("name"));
        assertEquals(8.0, snapshot.get("rate_rps"));
        assertEquals(100L, snapshot.get("requests"));
        assertEquals(0L, snapshot.get("errors"));
        assertEquals(50.0, snapshot.get("p50_ms"));
        assertEquals(95.0, snapshot.get("p95_ms"));
        assertEquals(99.0, snapshot.get("p99_ms"));
        assertEquals(10.0, snapshot.get("throughput_rps"));
        assertEquals("soak_all", scenarios.get(scenarios.size() - 1).get("name"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
