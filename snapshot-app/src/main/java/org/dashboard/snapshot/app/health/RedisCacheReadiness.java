package org.dashboard.snapshot.app.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.adapters.redis.RedisOracleResultCache;
import org.dashboard.snapshot.app.wiring.DomainWiring;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check {@value #NAME}, registered at startup only when {@code snapshot.cache=redis} (the Redis
 * extension's own check is off: {@code quarkus.redis.health.enabled=false}, so an instance on the in-process cache
 * never depends on Redis).
 *
 * <p>It pings Redis within {@code snapshot.redis.timeout} on a worker thread and reports
 * {@code redis: reachable | unreachable} (with the {@code problem} when unreachable). The
 * service serves without its cache (misses), so an unreachable Redis keeps the check UP unless
 * {@code snapshot.redis.readiness-requires-redis=true}: a shared Redis outage must not take every instance out of
 * the gateway at once.
 */
@ApplicationScoped
public class RedisCacheReadiness {
    /** The name of the check in {@code /q/health/ready}. */
    public static final String NAME = "oracle-result-cache";

    void register(@Observes StartupEvent started, SnapshotConfig config, @Readiness HealthRegistry readiness,
                  Instance<RedisOracleResultCache> redis) {
        if (config.cache().equals(DomainWiring.CACHE_REDIS)) {
            readiness.register(NAME, new Check(redis.get(), config.redis().readinessRequiresRedis()));
        }
    }

    /** Pings Redis on a worker thread; DOWN when it does not answer only if readiness requires Redis. */
    static final class Check implements AsyncHealthCheck {
        private final RedisOracleResultCache cache;
        private final boolean requiresRedis;

        Check(RedisOracleResultCache cache, boolean requiresRedis) {
            this.cache = Objects.requireNonNull(cache, "cache");
            this.requiresRedis = requiresRedis;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return Uni.createFrom().item(this::probe).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }

        private HealthCheckResponse probe() {
            Optional<String> problem = cache.probe();
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                    .withData("cache", DomainWiring.CACHE_REDIS)
                    .withData("redis", problem.isEmpty() ? "reachable" : "unreachable")
                    .withData("readiness_requires_redis", requiresRedis)
                    .status(problem.isEmpty() || !requiresRedis);
            problem.ifPresent(reason -> response.withData("problem", reason));
            return response.build();
        }
    }
}
