package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Redis down, and readiness told to require it ({@code snapshot.redis.readiness-requires-redis=true}). */
public class RedisRequiredForReadiness implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.cache", "redis",
                "quarkus.redis.hosts", ClosedRedisPort.HOSTS,
                "snapshot.redis.timeout", "300ms",
                "snapshot.redis.readiness-requires-redis", "true");
    }
}
