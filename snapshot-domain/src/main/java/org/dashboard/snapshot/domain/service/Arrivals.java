package org.dashboard.snapshot.domain.service;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Stamps get_or_build requests in arrival order, for the cache's request-token rule: a result loaded for a request
 * never overwrites one written for a request that arrived later. Request tokens are opaque (minted ones are random),
 * so "newer" is the later arrival. A stamp is the arrival time in microseconds since the epoch, raised when needed
 * so that stamps strictly increase within this process; instances sharing a cache (Redis) compare them up to their
 * clocks' skew.
 */
final class Arrivals implements LongSupplier {
    private final LongSupplier epochMillis;
    private final AtomicLong last = new AtomicLong();

    Arrivals(LongSupplier epochMillis) {
        this.epochMillis = Objects.requireNonNull(epochMillis, "epochMillis");
    }

    static Arrivals system() {
        return new Arrivals(System::currentTimeMillis);
    }

    @Override
    public long getAsLong() {
        long now = Math.multiplyExact(epochMillis.getAsLong(), 1000L);
        return last.accumulateAndGet(now, (previous, time) -> Math.max(previous + 1, time));
    }
}
