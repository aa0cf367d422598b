package org.dashboard.snapshot.adapters.cache;

import io.quarkus.cache.CaffeineCache;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Reads of Quarkus Cache's Caffeine entries, which are futures: only a completed, successful one counts. */
public final class CaffeineEntries {
    private CaffeineEntries() {
    }

    /** The value kept under {@code key}, or empty when there is none yet (absent, loading or failed). */
    public static <T> Optional<T> present(CaffeineCache cache, Object key, Class<T> type) {
        CompletableFuture<Object> entry = cache.getIfPresent(key);
        if (entry == null || !entry.isDone() || entry.isCompletedExceptionally() || entry.isCancelled()) {
            return Optional.empty();
        }
        return Optional.of(type.cast(entry.join()));
    }
}
