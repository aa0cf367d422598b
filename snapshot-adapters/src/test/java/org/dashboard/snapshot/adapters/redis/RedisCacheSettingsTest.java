package org.dashboard.snapshot.adapters.redis;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisCacheSettingsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SHORT = Duration.ofMillis(250);

    @Test
    void acceptsAnEmptyPrefixAndNoBackoff() {
        assertDoesNotThrow(() -> RedisCacheSettings.of("", Duration.ofMillis(1), SHORT, Duration.ZERO));
    }

    @Test
    void aTtlBelowOneMillisecondIsRefusedNamingIt() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> RedisCacheSettings.of("p:", Duration.ofNanos(999_999), SHORT, Duration.ZERO));
        assertEquals("the Redis entry ttl must be at least 1ms, got PT0.000999999S", thrown.getMessage());
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> RedisCacheSettings.of("p:", MINUTE, Duration.ZERO,
                Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> RedisCacheSettings.of("p:", MINUTE,
                Duration.ofMillis(-1), Duration.ZERO));
    }

    @Test
    void theBackoffMustNotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> RedisCacheSettings.of("p:", MINUTE, SHORT,
                Duration.ofSeconds(-1)));
    }

    @Test
    void nothingIsNull() {
        assertThrows(NullPointerException.class, () -> RedisCacheSettings.of(null, MINUTE, SHORT, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> RedisCacheSettings.of("p:", null, SHORT, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> RedisCacheSettings.of("p:", MINUTE, null, Duration.ZERO));
        assertThrows(NullPointerException.class, () -> RedisCacheSettings.of("p:", MINUTE, SHORT, null));
    }
}
