package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service on the Redis cache while nothing listens at the Redis address (Redis down or stopped). */
public class ClosedRedisPort implements QuarkusTestProfile {
    static final String HOSTS = "redis://127.0.0.1:6391";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.cache", "redis",
                "quarkus.redis.hosts", HOSTS,
                "snapshot.redis.timeout", "300ms");
    }
}
