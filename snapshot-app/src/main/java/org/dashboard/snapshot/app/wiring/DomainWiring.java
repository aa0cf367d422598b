package org.dashboard.snapshot.app.wiring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.dashboard.snapshot.adapters.cache.CaffeineDerivationMemo;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.adapters.http.HttpOracleSource;
import org.dashboard.snapshot.adapters.http.HttpSourceSettings;
import org.dashboard.snapshot.adapters.redis.RedisCacheSettings;
import org.dashboard.snapshot.adapters.redis.RedisOracleResultCache;
import org.dashboard.snapshot.adapters.sample.SampleOracleSource;
import org.dashboard.snapshot.domain.assembly.Assembler;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Versions;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.port.ScopeAuthorizer;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.wire.JsonLimits;
import org.dashboard.snapshot.export.wire.JsonValueReader;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.dashboard.snapshot.projections.InstructorCapabilities;
import org.eclipse.microprofile.config.Config;

/** Wires the framework-free modules: one producer per collaborator, adapters chosen by runtime configuration. */
@Singleton
public class DomainWiring {
    /** {@code snapshot.cache} value of the in-process cache (the default). */
    public static final String CACHE_CAFFEINE = "caffeine";
    /** {@code snapshot.cache} value of the shared Redis cache. */
    public static final String CACHE_REDIS = "redis";

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ProjectionCatalog catalog() {
        return InstructorCapabilities.catalog();
    }

    @Produces
    @Singleton
    Versions versions(SnapshotConfig config) {
        return new Versions(Versions.CURRENT_SNAPSHOT_VERSION,
                new TreeSet<>(config.versions().supportedProjectionVersions()),
                config.versions().defaultProjectionVersion());
    }

    @Produces
    @Singleton
    Assembler assembler(ProjectionCatalog catalog, Versions versions, Clock clock) {
        return new Assembler(catalog, versions, clock, () -> "req-" + UUID.randomUUID());
    }

    @Produces
    @Singleton
    Projections projections(ProjectionCatalog catalog) {
        return new Projections(catalog);
    }

    @Produces
    @Singleton
    SnapshotRequestReader requestReader(ProjectionCatalog catalog) {
        return new SnapshotRequestReader(catalog);
    }

    @Produces
    @Singleton
    SnapshotJson snapshotJson(CachedRenderedBodies bodies) {
        return new SnapshotJson(bodies);
    }

    @Produces
    @Singleton
    CsvExport csvExport() {
        return CsvExport.standard();
    }

    @Produces
    @Singleton
    JsonValueReader jsonReader(SnapshotConfig config) {
        SnapshotConfig.Json json = config.json();
        return new JsonValueReader(new JsonLimits(json.maxNestingDepth(), json.maxStringLength(),
                json.maxNumberLength(), json.maxDocumentBytes()));
    }

    @Produces
    @Singleton
    HttpSourceSettings httpSourceSettings(SnapshotConfig config) {
        return HttpSourceSettings.of(config.httpSource().maxConcurrency(), config.httpSource().loadDeadline());
    }

    @Produces
    @Singleton
    OracleSource oracleSource(SnapshotConfig config, Instance<SampleOracleSource> sample,
                              Instance<HttpOracleSource> http) {
        String kind = config.oracleSource();
        if (kind.equals("sample")) {
            return sample.get();
        }
        if (kind.equals("http")) {
            return http.get();
        }
        throw new IllegalStateException("snapshot.oracle-source must be 'sample' or 'http', got '" + kind + "'");
    }

    @Produces
    @Singleton
    OracleResultCache oracleResultCache(SnapshotConfig config, Instance<CaffeineOracleResultCache> caffeine,
                                        Instance<RedisOracleResultCache> redis) {
        String kind = config.cache();
        if (kind.equals(CACHE_CAFFEINE)) {
            return caffeine.get();
        }
        if (kind.equals(CACHE_REDIS)) {
            return redis.get();
        }
        throw new IllegalStateException("snapshot.cache must be 'caffeine' or 'redis', got '" + kind + "'");
    }

    @Produces
    @Singleton
    RedisCacheSettings redisCacheSettings(SnapshotConfig config) {
        return redisSettingsOf(config);
    }

    /**
     * Fails the start, not the first request, when the cache selection cannot work: an unknown
     * {@code snapshot.cache}, or {@code redis} without {@code quarkus.redis.hosts} (or a hosts provider). Redis
     * itself is never contacted here: an unreachable Redis degrades to cache misses.
     */
    void checkCacheSelection(@Observes StartupEvent started, SnapshotConfig config, Config all) {
        String kind = config.cache();
        if (!kind.equals(CACHE_CAFFEINE) && !kind.equals(CACHE_REDIS)) {
            throw new IllegalStateException("snapshot.cache must be 'caffeine' or 'redis', got '" + kind + "'");
        }
        if (kind.equals(CACHE_REDIS)) {
            redisSettingsOf(config); // validates ttl, timeout and backoff
            if (all.getOptionalValue("quarkus.redis.hosts", String.class).isEmpty()
                    && all.getOptionalValue("quarkus.redis.hosts-provider-name", String.class).isEmpty()) {
                throw new IllegalStateException("snapshot.cache=redis needs quarkus.redis.hosts, for example "
                        + "redis://redis.internal:6379");
            }
        }
    }

    private static RedisCacheSettings redisSettingsOf(SnapshotConfig config) {
        SnapshotConfig.Redis redis = config.redis();
        return RedisCacheSettings.of(redis.keyPrefix(), redis.ttl(), redis.timeout(), redis.failureBackoff());
    }

    @Produces
    @Singleton
    DataSnapshot dataSnapshot(Assembler assembler, Projections projections, OracleSource source,
                              OracleResultCache cache, SnapshotTelemetry telemetry, ScopeAuthorizer authorizer,
                              SnapshotConfig config, CaffeineDerivationMemo memo) {
        Map<OracleKey, Integer> versions = new TreeMap<>();
        for (OracleKey key : projections.catalog().expectedOracles(projections.catalog().capabilities())) {
            versions.put(key, config.oracleVersion());
        }
        return new DataSnapshot(assembler, projections, source, cache, telemetry, authorizer, versions,
                System::nanoTime).withMemo(memo);
    }
}
