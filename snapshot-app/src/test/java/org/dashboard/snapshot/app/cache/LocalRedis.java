package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service on the shared Redis cache, against the Redis on 127.0.0.1:6390 ({@link LocalRedisServer} reuses one
 * that answers there, or starts {@code redis-server} for these tests).
 */
public class LocalRedis implements QuarkusTestProfile {
    static final String HOSTS = "redis://127.0.0.1:" + LocalRedisServer.PORT;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.cache", "redis",
                "quarkus.redis.hosts", HOSTS,
                "snapshot.redis.timeout", "500ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LocalRedisServer.class));
    }
}
