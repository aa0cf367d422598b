package org.dashboard.snapshot.app.wiring;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.dashboard.snapshot.adapters.redis.RedisCacheSettings;
import org.junit.jupiter.api.Test;

/** The cache selection is checked at startup, and the {@code snapshot.redis.*} defaults are the documented ones. */
class CacheSelectionTest {

    private static SmallRyeConfig config(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(SnapshotConfig.class)
                .withDefaultValues(values)
                .build();
    }

    private static void check(SmallRyeConfig config) {
        new DomainWiring().checkCacheSelection(null, config.getConfigMapping(SnapshotConfig.class), config);
    }

    @Test
    void caffeineNeedsNoRedis() {
        assertDoesNotThrow(() -> check(config()));
    }

    @Test
    void redisNeedsItsHosts() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> check(config("snapshot.cache", "redis")));
        assertEquals("snapshot.cache=redis needs quarkus.redis.hosts, for example redis://redis.internal:6379",
                thrown.getMessage());
        assertDoesNotThrow(() -> check(config("snapshot.cache", "redis", "quarkus.redis.hosts", "redis://h:6379")));
        assertDoesNotThrow(() -> check(config("snapshot.cache", "redis",
                "quarkus.redis.hosts-provider-name", "discovered")));
    }

    @Test
    void anUnknownCacheFailsTheStart() {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> check(config("snapshot.cache", "memcached")));
        assertEquals("snapshot.cache must be 'caffeine' or 'redis', got 'memcached'", thrown.getMessage());
    }

    @Test
    void invalidRedisSettingsFailTheStart() {
        assertThrows(IllegalArgumentException.class, () -> check(config("snapshot.cache", "redis",
                "quarkus.redis.hosts", "redis://h:6379", "snapshot.redis.ttl", "0s")));
        assertThrows(IllegalArgumentException.class, () -> check(config("snapshot.cache", "redis",
                "quarkus.redis.hosts", "redis://h:6379", "snapshot.redis.timeout", "0ms")));
    }

    @Test
    void theRedisDefaults() {
        SnapshotConfig defaults = config().getConfigMapping(SnapshotConfig.class);
        SnapshotConfig.Redis redis = defaults.redis();
        assertEquals("caffeine", defaults.cache());
        assertEquals(RedisCacheSettings.of(RedisCacheSettings.DEFAULT_KEY_PREFIX, Duration.ofMinutes(10),
                        Duration.ofMillis(500), Duration.ofSeconds(5)),
                new DomainWiring().redisCacheSettings(defaults));
        assertEquals("snapshot:oracle:v2:", redis.keyPrefix());
        assertFalse(redis.readinessRequiresRedis());
    }
}
