package org.dashboard.snapshot.adapters.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Redis oracle result cache stores entries and how long it waits for Redis. The app produces this value
 * from its configuration ({@code snapshot.redis.*}); the connection itself is {@code quarkus.redis.*}.
 *
 * @param keyPrefix      prepended to {@code OracleCacheKey.text()} to form the Redis key; change it to drop every
 *                       entry of an older encoding at once
 * @param ttl            how long an entry lives in Redis (at least one millisecond)
 * @param timeout        longest wait for one Redis command; a slower answer is a cache failure
 * @param failureBackoff after a failed command, how long the cache fails fast without asking Redis (zero: never)
 */
public record RedisCacheSettings(String keyPrefix, Duration ttl, Duration timeout, Duration failureBackoff) {
    /** The default key prefix. */
    public static final String DEFAULT_KEY_PREFIX = "snapshot:oracle:v2:";

    public RedisCacheSettings {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(failureBackoff, "failureBackoff");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("the Redis entry ttl must be at least 1ms, got " + ttl);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Redis command timeout must be positive, got " + timeout);
        }
        if (failureBackoff.isNegative()) {
            throw new IllegalArgumentException("the Redis failure backoff must not be negative, got " + failureBackoff);
        }
    }

    public static RedisCacheSettings of(String keyPrefix, Duration ttl, Duration timeout, Duration failureBackoff) {
        return new RedisCacheSettings(keyPrefix, ttl, timeout, failureBackoff);
    }
}
