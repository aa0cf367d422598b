package org.dashboard.snapshot.app.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import org.dashboard.snapshot.adapters.redis.RedisCacheSettings;

/** The service's configuration, {@code snapshot.*}; every key has a default. */
@ConfigMapping(prefix = "snapshot")
public interface SnapshotConfig {

    /** Contract versions served. */
    Versions versions();

    /** Where oracle results come from: {@code sample} (built-in sample sections) or {@code http} (an upstream). */
    @WithDefault("sample")
    String oracleSource();

    /**
     * Which oracle result cache to use: {@code caffeine} (in-process) or {@code redis} (shared by several instances;
     * needs {@code quarkus.redis.hosts}, tuned with {@code snapshot.redis.*}).
     */
    @WithDefault("caffeine")
    String cache();

    /** The shared Redis oracle result cache, used when {@code snapshot.cache=redis}. */
    Redis redis();

    /** The oracle payload version results are cached under (the coordinator's current contract). */
    @WithDefault("1")
    int oracleVersion();

    /** Limits on request bodies. */
    Json json();

    /**
     * The HTTP oracle source ({@code snapshot.oracle-source=http}). Its upstream URL and HTTP client settings are
     * {@code quarkus.rest-client.oracle-upstream.*}; timeout, retry and circuit breaker are
     * {@code quarkus.fault-tolerance."org.dashboard.snapshot.adapters.http.OracleUpstream/fetch".*}.
     */
    HttpSource httpSource();

    /** Authorization by section: bearer tokens verified by SmallRye JWT ({@code mp.jwt.verify.*}). */
    Auth auth();

    interface Auth {
        /**
         * Whether {@code /api/v1} requires a verified bearer token and section grants. On by default (the
         * {@code prod} profile; the start fails without {@code mp.jwt.verify.publickey.location} and
         * {@code mp.jwt.verify.issuer}); off in the {@code dev} and {@code test} profiles, with a warning.
         */
        @WithDefault("true")
        boolean enabled();

        /** The claim holding the caller's user id (a positive integer, number or numeric string). */
        @WithDefault("sub")
        String userIdClaim();

        /** The claim holding the caller's role: {@code instructor} or {@code admin}. */
        @WithDefault("role")
        String roleClaim();

        /** The claim holding the section ids an instructor may read (an array of positive integers). */
        @WithDefault("section_ids")
        String sectionsClaim();
    }

    /** The bulkhead of get_or_build (snapshot, projection and section export requests). */
    Builds builds();

    interface Builds {
        /**
         * Builds running at once. Each holds a request thread while its oracles load (at most the HTTP source's
         * load deadline) and while it derives.
         */
        @WithDefault("32")
        int maxConcurrent();

        /**
         * Requests waiting (each on its request thread) for a running build to end; one more is refused at once
         * with 503 {@code service_overloaded}. Running plus waiting stays well below the worker pool
         * ({@code quarkus.thread-pool.max-threads}), so other endpoints and health keep their threads.
         */
        @WithDefault("64")
        int maxWaiting();
    }

    /** The incremental snapshot stream ({@code GET .../snapshot/stream}). */
    Stream stream();

    interface Stream {
        /**
         * Builds running at once; each holds a thread while its oracles load. Streams beyond it wait for a thread
         * (their events start later); {@code snapshot_stream_builds_running} shows how many run.
         */
        @WithDefault("16")
        int threads();
    }

    interface Versions {
        /** Projection versions this deployment supports (AC-007). */
        @WithDefault("1,2")
        List<Integer> supportedProjectionVersions();

        /** The projection version a consumer gets when it pins none. */
        @WithDefault("1")
        int defaultProjectionVersion();
    }

    interface HttpSource {
        /** Upstream calls of one load in flight at once (one call per oracle key). */
        @WithDefault("8")
        int maxConcurrency();

        /**
         * Longest wait for one load; keys still unsettled then are reported as timed out. Keep it above
         * (retries + 1) x timeout + retries x delay (defaults: 3 x 2 s + 2 x 50 ms).
         */
        @WithDefault("10s")
        Duration loadDeadline();
    }

    interface Redis {
        /** Prefix of every Redis key (then {@code oracle:version:section:scope:data_version}). */
        @WithDefault(RedisCacheSettings.DEFAULT_KEY_PREFIX)
        String keyPrefix();

        /** How long a cached oracle result lives in Redis. */
        @WithDefault("10m")
        Duration ttl();

        /** Longest wait for one Redis command; a slower answer counts as a cache failure and the request misses. */
        @WithDefault("500ms")
        Duration timeout();

        /** After a failed Redis command, how long the cache fails fast before asking Redis again; 0: never. */
        @WithDefault("5s")
        Duration failureBackoff();

        /**
         * Whether {@code /q/health/ready} reports DOWN while Redis is unreachable. Off by default: the service
         * serves without its cache, and a shared Redis outage must not take every instance out of the gateway.
         */
        @WithDefault("false")
        boolean readinessRequiresRedis();
    }

    interface Json {
        /** Deepest nesting of objects and arrays in a request body. */
        @WithDefault("64")
        int maxNestingDepth();

        /** Longest string value or member name, in characters. */
        @WithDefault("1048576")
        int maxStringLength();

        /** Longest number literal, in characters. */
        @WithDefault("64")
        int maxNumberLength();

        /** Largest request body, in bytes (the HTTP limit answers 413 above it). */
        @WithDefault("16777216")
        long maxDocumentBytes();
    }
}
