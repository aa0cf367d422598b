package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The service on the Redis cache while Redis accepts connections and never answers ({@link SilentRedis}). */
public class HangingRedis implements QuarkusTestProfile {
    static final Duration TIMEOUT = Duration.ofMillis(300);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.cache", "redis",
                "snapshot.redis.timeout", TIMEOUT.toMillis() + "ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SilentRedis.class));
    }
}
