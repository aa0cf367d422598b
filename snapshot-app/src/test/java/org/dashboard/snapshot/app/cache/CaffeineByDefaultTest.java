package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.app.health.RedisCacheReadiness;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** By default one instance needs nothing but itself: the in-process cache, no Redis at startup or in readiness. */
@QuarkusTest
class CaffeineByDefaultTest {
    @Inject
    OracleResultCache cache;

    @Test
    void theDefaultCacheIsCaffeineAndNoRedisIsConfigured() {
        assertInstanceOf(CaffeineOracleResultCache.class, cache);
        assertEquals(Optional.empty(),
                ConfigProvider.getConfig().getOptionalValue("quarkus.redis.hosts", String.class));
    }

    @Test
    void readinessHasNoRedisCheck() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", not(hasItem(RedisCacheReadiness.NAME)));
    }

    @Test
    void theSampleSectionIsServedWithoutCacheFailures() {
        double failures = Metrics.cacheFailures();
        Snapshots.assertEveryProjectionReady(Snapshots.sampleSection(Snapshots.freshDataVersion()));
        assertEquals(failures, Metrics.cacheFailures());
    }
}
