package org.dashboard.snapshot.adapters.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.jboss.logging.Logger;

/**
 * The shared oracle result cache of several instances: Redis through the Quarkus Redis client (connection:
 * {@code quarkus.redis.*}; storage: {@link RedisCacheSettings}).
 *
 * <p>Each result lives at {@code keyPrefix + OracleCacheKey.text()}: a hash whose field {@value #ENVELOPE} is the
 * compact JSON envelope of {@link OracleResultJson} and whose field {@value #ARRIVAL} is the arrival stamp of the
 * request it was loaded for. One Lua script ({@link #PUT_SCRIPT}) compares and writes atomically, so a result of an
 * older request never overwrites a newer one's (the request-token rule), whichever instance writes; every write
 * sets the entry to expire after the configured ttl. A value of another type at the key (an older encoding, a
 * stray write) is replaced.
 *
 * <p><b>Failures.</b> A Redis outage degrades to cache misses, never to errors of a request. Every command waits
 * at most {@link RedisCacheSettings#timeout()}; a command that fails or times out, and an entry that cannot be
 * read, make {@link #get} and {@link #put} throw an {@link IllegalStateException} (a JDK type: no Redis or Vert.x
 * type crosses the port). The orchestration treats that as a miss and counts it as a cache failure
 * ({@code snapshot_cache_failures_total}), so an outage is visible in the metrics. After a failed command the
 * cache fails fast for {@link RedisCacheSettings#failureBackoff()} without asking Redis, so a Redis that hangs
 * costs a request one timeout rather than one per oracle; the next command after that tries Redis again.
 *
 * <p>Commands block the calling thread (a worker thread, never an event loop).
 */
@ApplicationScoped
@Typed(RedisOracleResultCache.class) // the app wiring chooses which implementation serves the port
public class RedisOracleResultCache implements OracleResultCache {
    private static final Logger LOG = Logger.getLogger(RedisOracleResultCache.class);
    /** The hash field holding the envelope. */
    public static final String ENVELOPE = "envelope";
    /** The hash field holding the arrival stamp of the request that wrote the envelope. */
    public static final String ARRIVAL = "arrival";
    /**
     * Compare and write: {@code KEYS[1]} the entry, {@code ARGV} the arrival stamp, the envelope and the ttl in
     * milliseconds. Answers 1 when written, 0 when a newer request's entry stays.
     */
    static final String PUT_SCRIPT = """
            local kind = redis.call('TYPE', KEYS[1])['ok']
            if kind == 'hash' then
              local stored = redis.call('HGET', KEYS[1], 'arrival')
              if stored and tonumber(stored) and tonumber(stored) > tonumber(ARGV[1]) then
                return 0
              end
            elseif kind ~= 'none' then
              redis.call('DEL', KEYS[1])
            end
            redis.call('HSET', KEYS[1], 'arrival', ARGV[1], 'envelope', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1
            """;

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, byte[]> hashes;
    private final RedisCacheSettings settings;
    private final LongSupplier nanoTime;
    private final AtomicBoolean failing = new AtomicBoolean();
    private volatile long failedAt;

    /**
     * The bean: the Redis client is looked up only when this cache is created, that is when the wiring selects it,
     * so an instance on another cache starts without {@code quarkus.redis.hosts}.
     */
    @Inject
    public RedisOracleResultCache(Instance<ReactiveRedisDataSource> redis, RedisCacheSettings settings) {
        this(redis.get(), settings, System::nanoTime);
    }

    /**
     * @param nanoTime the monotonic clock of the failure backoff
     */
    public RedisOracleResultCache(ReactiveRedisDataSource redis, RedisCacheSettings settings, LongSupplier nanoTime) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.hashes = redis.hash(String.class, String.class, byte[].class);
    }

    @Override
    public Optional<OracleResult> get(OracleCacheKey key) {
        String redisKey = redisKey(key);
        failFastWhileBackingOff("get", redisKey);
        byte[] stored;
        try {
            stored = hashes.hget(redisKey, ENVELOPE).await().atMost(settings.timeout());
        } catch (RuntimeException failure) {
            if (wrongType(failure)) { // Redis answered: a stray value, not an outage; the next put replaces it
                throw new IllegalStateException("unreadable oracle result at Redis key '" + redisKey
                        + "': not a hash", failure);
            }
            throw failed("get", redisKey, failure);
        }
        recovered();
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OracleResultJson.read(stored));
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalStateException("unreadable oracle result at Redis key '" + redisKey + "': "
                    + unreadable.getMessage(), unreadable);
        }
    }

    @Override
    public void put(OracleCacheKey key, OracleResult result, long arrival) {
        Objects.requireNonNull(result, "result");
        String redisKey = redisKey(key);
        String envelope = new String(OracleResultJson.write(result), StandardCharsets.UTF_8);
        failFastWhileBackingOff("put", redisKey);
        try {
            redis.execute("EVAL", PUT_SCRIPT, "1", redisKey, Long.toString(arrival), envelope,
                    Long.toString(settings.ttl().toMillis())).await().atMost(settings.timeout());
        } catch (RuntimeException failure) {
            throw failed("put", redisKey, failure);
        }
        recovered();
    }

    /**
     * Whether Redis answers a {@code PING} within the timeout, ignoring the failure backoff; never throws.
     * Blocks: call it from a worker thread.
     */
    public boolean reachable() {
        return probe().isEmpty();
    }

    /**
     * Pings Redis within the timeout, ignoring the failure backoff; never throws. Blocks: call it from a worker
     * thread.
     *
     * @return empty when Redis answered, else what went wrong (for readiness reports)
     */
    public Optional<String> probe() {
        try {
            redis.execute("PING").await().atMost(settings.timeout());
            return Optional.empty();
        } catch (RuntimeException unreachable) {
            return Optional.of(describe(unreachable));
        }
    }

    /** The Redis key of a cache key: the configured prefix and {@link OracleCacheKey#text()}. */
    public String redisKey(OracleCacheKey key) {
        return settings.keyPrefix() + key.text();
    }

    private void failFastWhileBackingOff(String operation, String redisKey) {
        if (failing.get() && nanoTime.getAsLong() - failedAt < settings.failureBackoff().toNanos()) {
            throw new IllegalStateException("Redis oracle result cache unavailable (" + operation + " '" + redisKey
                    + "'): backing off for " + settings.failureBackoff() + " after a failed command");
        }
    }

    private IllegalStateException failed(String operation, String redisKey, RuntimeException failure) {
        failedAt = nanoTime.getAsLong();
        if (failing.compareAndSet(false, true)) {
            LOG.warnf("Redis oracle result cache unavailable, serving without it (misses) and retrying after %s: %s",
                    settings.failureBackoff(), describe(failure));
        }
        return new IllegalStateException("Redis oracle result cache unavailable (" + operation + " '" + redisKey
                + "'): " + describe(failure), failure);
    }

    private void recovered() {
        if (failing.compareAndSet(true, false)) {
            LOG.info("Redis oracle result cache available again");
        }
    }

    private static boolean wrongType(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("WRONGTYPE")) {
                return true;
            }
        }
        return false;
    }

    private String describe(RuntimeException failure) {
        if (failure instanceof io.smallrye.mutiny.TimeoutException) {
            return "no answer within " + settings.timeout();
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The settings in use (operators and tests). */
    public RedisCacheSettings settings() {
        return settings;
    }
}
