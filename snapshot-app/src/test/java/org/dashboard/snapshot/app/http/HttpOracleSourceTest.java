package org.dashboard.snapshot.app.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.adapters.http.OracleUpstream;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * get_or_build over the HTTP oracle source against a scripted local upstream: each oracle settles on its own and
 * a failing one degrades only the capabilities that need it.
 */
@QuarkusTest
@TestProfile(HttpSourceProfile.class)
class HttpOracleSourceTest {
    static final String SNAPSHOT = "/api/v1/sections/1001/snapshot?request_token=dash-7-0001"
            + "&generated_at=2026-02-04T16:25:18Z";

    @StubUpstream.InjectStub
    StubUpstream upstream;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    CaffeineOracleResultCache cache;

    private static boolean warm;

    /**
     * Each test starts from sample answers, an empty cache and a closed circuit. The first request of a fresh
     * application loads the REST client and Jackson; it is made once, unasserted, so that the short timeouts of
     * the tests measure the source, not class loading.
     */
    @BeforeEach
    void freshUpstreamCacheAndCircuit() {
        if (!warm) {
            snapshot().statusCode(200);
            warm = true;
        }
        upstream.reset();
        cache.clear();
        circuits.resetAll();
    }

    @Test
    void everyProjectionIsReadyWhenEveryOracleAnswers() {
        Map<String, Object> statuses = snapshot().statusCode(200)
                .body("metadata.dashboard_context_id", equalTo(1001))
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("ready"))
                .body("oracle_statuses.oracle_instructor_grades.oracle_version", equalTo(1))
                .body("oracle_statuses.oracle_instructor_grades.metadata.source", equalTo("stub"))
                .body("projections.summary.scope.course_title", equalTo("Introduction to Soil Science"))
                .extract().jsonPath().getMap("projection_statuses");
        assertTrue(statuses.size() >= 5, "every capability has a status: " + statuses);
        Map<String, Object> notReady = new TreeMap<>();
        statuses.forEach((capability, status) -> {
            if (!"ready".equals(((Map<?, ?>) status).get("status"))) {
                notReady.put(capability, status);
            }
        });
        assertEquals(Map.of(), notReady);
        assertEquals(1, upstream.calls(OracleKey.GRADES));
        Map<String, String> query = upstream.lastQuery(OracleKey.GRADES);
        assertEquals("course", query.get("container_type"));
        assertEquals("dash-7-0001", query.get("request_token"));
        assertTrue(!query.containsKey("container_id"), "a course scope sends no container_id: " + query);
    }

    @Test
    void aContainerScopeSendsItsId() {
        given().when().get("/api/v1/sections/1001/snapshot?container_type=container&container_id=999999")
                .then().statusCode(200);
        Map<String, String> query = upstream.lastQuery(OracleKey.SCOPE_RESOURCES);
        assertEquals("container", query.get("container_type"));
        assertEquals("999999", query.get("container_id"));
    }

    @Test
    void aSlowOracleTimesOutAndFailsOnlyTheCapabilitiesNeedingIt() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.slow(Duration.ofSeconds(6)));
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("failed"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_timeout"))
                .body("oracle_statuses.oracle_instructor_grades.reason.code", equalTo("timeout"))
                .body("projection_statuses.assessments.status", equalTo("failed"))
                .body("projection_statuses.assessments.reason_code", equalTo("projection_timeout"))
                .body("projection_statuses.progress.status", equalTo("ready"))
                .body("projection_statuses.student_support.status", equalTo("ready"))
                .body("projection_statuses.challenging_objectives.status", equalTo("ready"))
                .body("projection_statuses.summary.status", equalTo("partial"))
                .body("projection_statuses.summary.reason_code", equalTo("dependency_unavailable"));
        assertEquals(1, upstream.calls(OracleKey.GRADES), "a timeout is not retried");
    }

    @Test
    void aServerErrorIsRetriedThenFailsTheOracle() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.status(500, "{\"error\": \"boom\"}"));
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("failed"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.code", equalTo("upstream_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.status", equalTo(500))
                .body("projection_statuses.assessments.status", equalTo("failed"))
                .body("projection_statuses.assessments.reason_code", equalTo("required_oracle_failed"))
                .body("projection_statuses.student_support.status", equalTo("ready"));
        assertEquals(3, upstream.calls(OracleKey.GRADES), "one call and two retries");
        assertEquals(1, upstream.calls(OracleKey.STUDENT_INFO));
    }

    @Test
    void aFailedProjectionIsCountedInTheMetrics() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.status(503, ""));
        snapshot().statusCode(200).body("projection_statuses.assessments.status", equalTo("failed"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("snapshot_projection_seconds_count{")
                        && line.contains("capability=\"assessments\"") && line.contains("status=\"failed\"")
                        && line.contains("reason_code=\"required_oracle_failed\"")),
                "no failed assessments timer on /q/metrics");
    }

    @Test
    void malformedJsonOrAnInvalidEnvelopeIsAnOracleError() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.status(200, "{\"status\": \"ok\", \"payload\": "));
        upstream.answer(OracleKey.STUDENT_INFO, StubUpstream.Answer.status(200, "{\"status\": \"maybe\"}"));
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("failed"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.code", equalTo("upstream_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.status", equalTo(200))
                .body("oracle_statuses.oracle_instructor_student_info.reason_code", equalTo("oracle_error"))
                .body("projection_statuses.assessments.reason_code", equalTo("required_oracle_failed"))
                .body("projection_statuses.student_support.reason_code", equalTo("required_oracle_failed"))
                .body("projection_statuses.progress.status", equalTo("ready"));
        assertEquals(1, upstream.calls(OracleKey.GRADES), "a malformed answer is not retried");
    }

    @Test
    void anErrorEnvelopeOfTheUpstreamIsKeptAsSent() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.status(200,
                "{\"status\": \"error\", \"oracle_version\": 1, \"reason\": \"timeout\"}"));
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.reason", equalTo("timeout"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_timeout"))
                .body("projection_statuses.assessments.reason_code", equalTo("projection_timeout"));
    }

    @Test
    void aMissingOracleIsUnavailable() {
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.status(404, ""));
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("unavailable"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("missing_oracle_payload"))
                .body("projection_statuses.assessments.status", equalTo("unavailable"))
                .body("projection_statuses.assessments.reason_code", equalTo("missing_oracle_payload"))
                .body("projection_statuses.progress.status", equalTo("ready"));
        assertEquals(1, upstream.calls(OracleKey.GRADES), "a 404 is not retried");
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenFailsFast() {
        for (OracleKey key : new OracleKey[] {OracleKey.PROGRESS_BINS, OracleKey.PROGRESS_PROFICIENCY,
                OracleKey.STUDENT_INFO, OracleKey.SCOPE_RESOURCES, OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY,
                OracleKey.RECOMMENDATION, OracleKey.SCHEDULE_POSITION}) {
            upstream.answer(key, StubUpstream.Answer.status(502, ""));
        }
        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_error"));
        assertEquals(CircuitBreakerState.OPEN, circuits.currentState(OracleUpstream.CIRCUIT),
                "calls seen: " + upstream.totalCalls());
        upstream.reset();

        snapshot().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("failed"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.code", equalTo("circuit_open"))
                .body("oracle_statuses.oracle_instructor_student_info.reason.code", equalTo("circuit_open"))
                .body("projection_statuses.progress.reason_code", equalTo("required_oracle_failed"));
        assertEquals(0, upstream.totalCalls(), "an open circuit does not call the upstream");
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'oracle-source' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'oracle-source' }.data.circuit", equalTo("open"));
        circuits.resetAll();
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'oracle-source' }.data.source", equalTo("http"))
                .body("checks.find { it.name == 'oracle-source' }.data.circuit", equalTo("closed"));
    }

    private static ValidatableResponse snapshot() {
        return given().when().get(SNAPSHOT).then();
    }
}
