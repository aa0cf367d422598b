package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service on the shared Redis cache, against the Redis that {@code .ci/run} starts on 127.0.0.1:6390
 * (locally: {@code redis-server --port 6390 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes}).
 */
public class LocalRedis implements QuarkusTestProfile {
    static final String HOSTS = "redis://127.0.0.1:6390";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.cache", "redis",
                "quarkus.redis.hosts", HOSTS,
                "snapshot.redis.timeout", "500ms");
    }
}
