package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.dashboard.snapshot.app.health.RedisCacheReadiness;
import org.junit.jupiter.api.Test;

/**
 * A Redis that hangs costs a request about one command timeout, not one per oracle: after the first timeout the
 * cache fails fast for the backoff, and each skipped command still counts as a cache failure.
 */
@QuarkusTest
@TestProfile(HangingRedis.class)
class RedisHangTest {
    private static final Duration TIMEOUT = HangingRedis.TIMEOUT;

    @Test
    void servesTheSampleSectionAfterOneTimeoutWithEveryProjectionReady() {
        Snapshots.warmUpWithoutTheCache();
        double failuresBefore = Metrics.cacheFailures();
        ValidatableResponse response = Snapshots.timedSampleSection(Snapshots.freshDataVersion());
        Snapshots.assertEveryProjectionReady(response.extract().jsonPath());
        Duration elapsed = Duration.ofMillis(response.extract().time());
        double failures = Metrics.cacheFailures() - failuresBefore;

        assertTrue(failures >= 2, "the reads and writes of the request all failed, counted " + failures);
        Duration everyCommandWaiting = TIMEOUT.multipliedBy((long) failures);
        assertTrue(elapsed.compareTo(everyCommandWaiting) < 0, "took " + elapsed + ", as long as " + failures
                + " timeouts of " + TIMEOUT + " would be " + everyCommandWaiting);
        assertTrue(elapsed.compareTo(Duration.ofSeconds(2)) < 0, "took " + elapsed);
    }

    @Test
    void readinessAnswersWithinTheTimeoutAndStaysUp() {
        given().when().get("/q/health/live").then().statusCode(200);
        ValidatableResponse response = given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.data.redis",
                        equalTo("unreachable"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.data.problem",
                        notNullValue());
        Duration elapsed = Duration.ofMillis(response.extract().time());
        assertTrue(elapsed.compareTo(TIMEOUT.multipliedBy(3)) < 0, "took " + elapsed);
    }
}
