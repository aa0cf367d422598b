package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.dashboard.snapshot.app.health.RedisCacheReadiness;
import org.junit.jupiter.api.Test;

/** With {@code snapshot.redis.readiness-requires-redis=true}, an unreachable Redis makes the instance not ready. */
@QuarkusTest
@TestProfile(RedisRequiredForReadiness.class)
class RedisReadinessTest {

    @Test
    void anUnreachableRedisMakesTheInstanceNotReady() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.data.redis",
                        equalTo("unreachable"));
    }

    @Test
    void livenessDoesNotDependOnRedis() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestsAreStillServed() {
        Snapshots.assertEveryProjectionReady(Snapshots.sampleSection(Snapshots.freshDataVersion()));
    }
}
