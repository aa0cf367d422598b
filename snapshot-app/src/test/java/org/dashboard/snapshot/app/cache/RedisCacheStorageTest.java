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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.adapters.redis.RedisCacheSettings;
import org.dashboard.snapshot.adapters.redis.RedisOracleResultCache;
import org.dashboard.snapshot.app.health.RedisCacheReadiness;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.junit.jupiter.api.Test;

/** What the Redis cache leaves in Redis, and how the service uses it (against the Redis on 127.0.0.1:6390). */
@QuarkusTest
@TestProfile(LocalRedis.class)
class RedisCacheStorageTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    RedisOracleResultCache cache;

    @Inject
    Instance<ReactiveRedisDataSource> redis;

    private String raw(String key) {
        return field(key, RedisOracleResultCache.ENVELOPE);
    }

    private String field(String key, String field) {
        return redis.get().hash(String.class, String.class, String.class).hget(key, field).await().atMost(WAIT);
    }

    private long ttlSeconds(String key) {
        return redis.get().key().ttl(key).await().atMost(WAIT);
    }

    @Test
    void anEntryIsAHashOfTheCompactEnvelopeAndTheArrivalAtPrefixPlusKeyTextExpiringAfterTheTtl() {
        String dataVersion = Snapshots.freshDataVersion();
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.container(11), dataVersion);
        cache.put(key, new OracleResult.Ok(1, false, TestJson.parse("{'score': 1.50, 'n': 2}"),
                Map.of()), 1_764_000_000_000_123L);

        String redisKey = "snapshot:oracle:v2:oracle_instructor_grades:1:1001:container:11:" + dataVersion;
        assertEquals(redisKey, cache.redisKey(key));
        assertEquals("{\"status\":\"ok\",\"oracle_version\":1,\"stale\":false,\"payload\":{\"score\":1.50,\"n\":2}}",
                raw(redisKey));
        assertEquals("1764000000000123", field(redisKey, RedisOracleResultCache.ARRIVAL));
        long ttl = ttlSeconds(redisKey);
        assertTrue(ttl > Duration.ofMinutes(9).toSeconds() && ttl <= Duration.ofMinutes(10).toSeconds(),
                "ttl " + ttl + "s");
    }

    @Test
    void anotherInstanceOnTheSameRedisReadsWhatThisOneWrote() {
        RedisOracleResultCache otherInstance = new RedisOracleResultCache(redis.get(), cache.settings(),
                System::nanoTime);
        OracleCacheKey key = new OracleCacheKey(OracleKey.STUDENT_INFO, 1, 1002, Scope.course(),
                Snapshots.freshDataVersion());
        OracleResult result = OracleResultCacheContract.nestedPayload();
        cache.put(key, result, 1);
        assertEquals(Optional.of(result), otherInstance.get(key));
    }

    @Test
    void anotherPrefixIsAnotherCache() {
        RedisOracleResultCache nextEncoding = new RedisOracleResultCache(redis.get(),
                RedisCacheSettings.of("snapshot:oracle:v3:", Duration.ofMinutes(1), Duration.ofMillis(500),
                        Duration.ofSeconds(5)), System::nanoTime);
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(),
                Snapshots.freshDataVersion());
        cache.put(key, OracleResultCacheContract.nestedPayload(), 1);
        assertEquals(Optional.empty(), nextEncoding.get(key));
    }

    @Test
    void anUnreadableEntryIsACacheFailureNotAResult() {
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(),
                Snapshots.freshDataVersion());
        redis.get().hash(String.class).hset(cache.redisKey(key), RedisOracleResultCache.ENVELOPE, "{\"status\":\"ok\"")
                .await().atMost(WAIT);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> cache.get(key));
        assertTrue(thrown.getMessage().startsWith("unreadable oracle result at Redis key '" + cache.redisKey(key)),
                thrown.getMessage());
        assertTrue(cache.reachable(), "a garbled entry is not an outage");
    }

    @Test
    void theServiceWritesEveryLoadedOracleToRedisAndServesTheNextRequestFromIt() {
        String dataVersion = Snapshots.freshDataVersion();
        Snapshots.assertEveryProjectionReady(Snapshots.sampleSection(dataVersion));
        List<String> keys = redis.get().key().keys("snapshot:oracle:*:1001:course:" + dataVersion)
                .await().atMost(WAIT);
        assertFalse(keys.isEmpty(), "the loaded oracle results are in Redis");
        for (String key : keys) {
            assertTrue(raw(key).startsWith("{\"status\":\"ok\",\"oracle_version\":1,"), key);
        }
        double failures = Metrics.cacheFailures();
        Snapshots.assertEveryProjectionReady(Snapshots.sampleSection(dataVersion));
        assertEquals(failures, Metrics.cacheFailures(), "a healthy Redis records no cache failure");
    }

    @Test
    void aGarbledEntryMissesCountsAFailureAndIsRepairedByTheRequest() {
        String dataVersion = Snapshots.freshDataVersion();
        String garbled = "snapshot:oracle:v2:oracle_instructor_progress_bins:1:1001:course:" + dataVersion;
        redis.get().value(String.class).set(garbled, "not a hash").await().atMost(WAIT);
        double gets = Metrics.cacheFailures("get");

        Snapshots.assertEveryProjectionReady(Snapshots.sampleSection(dataVersion));

        assertTrue(Metrics.cacheFailures("get") > gets, "the unreadable entry is counted");
        assertTrue(raw(garbled).startsWith("{\"status\":\"ok\""), "the request wrote the loaded result back");
        assertTrue(cache.reachable());
        assertEquals(gets + 1, Metrics.cacheFailures("get"), "a stray value is not an outage: no backoff follows");
    }

    @Test
    void readinessReportsRedisReachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + RedisCacheReadiness.NAME + "' }.data.redis",
                        equalTo("reachable"));
    }
}
