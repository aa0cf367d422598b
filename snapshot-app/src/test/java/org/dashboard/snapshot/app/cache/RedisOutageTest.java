package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.dashboard.snapshot.adapters.redis.RedisCacheSettings;
import org.dashboard.snapshot.adapters.redis.RedisOracleResultCache;
import org.dashboard.snapshot.app.health.RedisCacheReadiness;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.junit.jupiter.api.Test;

/** A Redis outage (nothing listening) degrades to cache misses: the service serves, and the metrics show it. */
@QuarkusTest
@TestProfile(ClosedRedisPort.class)
class RedisOutageTest {
    private static final Duration FAST = Duration.ofSeconds(2);

    @Inject
    RedisOracleResultCache cache;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    @Test
    void servesTheSampleSectionWithEveryProjectionReady() {
        Snapshots.warmUpWithoutTheCache();
        ValidatableResponse response = Snapshots.timedSampleSection(Snapshots.freshDataVersion());
        Snapshots.assertEveryProjectionReady(response.extract().jsonPath());
        Duration elapsed = Duration.ofMillis(response.extract().time());
        assertTrue(elapsed.compareTo(FAST) < 0, "an outage must not stall the request, took " + elapsed);
    }

    @Test
    void countsEveryFailedReadAndWriteInTheMetrics() {
        double gets = Metrics.cacheFailures("get");
        double puts = Metrics.cacheFailures("put");
        Snapshots.sampleSection(Snapshots.freshDataVersion());
        assertTrue(Metrics.cacheFailures("get") > gets, "failed reads are counted");
        assertTrue(Metrics.cacheFailures("put") > puts, "failed writes are counted");
        assertTrue(Metrics.cacheFailures() > 0);
    }

    @Test
    void readinessStaysUpAndReportsRedisUnreachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.data.redis",
                        equalTo("unreachable"));
        assertFalse(cache.reachable());
    }

    @Test
    void theAdapterThrowsAPlainIllegalStateExceptionNamingTheKey() {
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(), "outage");
        IllegalStateException get = assertThrows(IllegalStateException.class, () -> cache.get(key));
        assertTrue(get.getMessage().contains("'snapshot:oracle:v2:oracle_instructor_grades:1:1001:course:outage'"),
                get.getMessage());
        IllegalStateException put = assertThrows(IllegalStateException.class,
                () -> cache.put(key, OracleResult.ok(JsonValue.of(1)), 1));
        assertTrue(put.getMessage().startsWith("Redis oracle result cache unavailable (put "), put.getMessage());
    }

    @Test
    void afterAFailureTheAdapterFailsFastUntilTheBackoffHasPassedThenAsksRedisAgain() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RedisOracleResultCache adapter = new RedisOracleResultCache(redis.get(),
                RedisCacheSettings.of("backoff:", Duration.ofMinutes(1), Duration.ofMillis(300), Duration.ofSeconds(5)),
                now::get);
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(), "backoff");

        IllegalStateException first = assertThrows(IllegalStateException.class, () -> adapter.get(key));
        assertFalse(first.getMessage().contains("backing off"), first.getMessage());

        now.addAndGet(Duration.ofSeconds(4).toNanos());
        IllegalStateException skipped = assertThrows(IllegalStateException.class, () -> adapter.get(key));
        assertTrue(skipped.getMessage().contains("backing off"), skipped.getMessage());
        IllegalStateException skippedPut = assertThrows(IllegalStateException.class,
                () -> adapter.put(key, OracleResult.ok(JsonValue.of(1)), 1));
        assertTrue(skippedPut.getMessage().contains("backing off"), skippedPut.getMessage());

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        IllegalStateException retried = assertThrows(IllegalStateException.class, () -> adapter.get(key));
        assertFalse(retried.getMessage().contains("backing off"), "Redis is asked again: " + retried.getMessage());
    }

    @Test
    void withoutABackoffEveryCommandAsksRedis() {
        RedisOracleResultCache adapter = new RedisOracleResultCache(redis.get(),
                RedisCacheSettings.of("nobackoff:", Duration.ofMinutes(1), Duration.ofMillis(300), Duration.ZERO),
                System::nanoTime);
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(), "nobackoff");
        for (int i = 0; i < 3; i++) {
            IllegalStateException failed = assertThrows(IllegalStateException.class, () -> adapter.get(key));
            assertFalse(failed.getMessage().contains("backing off"), failed.getMessage());
        }
    }

    @Test
    void theProfilesTimeoutAndTheDefaultsAreInEffect() {
        assertEquals(RedisCacheSettings.of("snapshot:oracle:v2:", Duration.ofMinutes(10), Duration.ofMillis(300),
                Duration.ofSeconds(5)), cache.settings(), "the defaults, with the profile's 300ms timeout");
    }
}
