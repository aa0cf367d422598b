package org.dashboard.snapshot.adapters.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dashboard.snapshot.domain.port.DerivationMemo;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.DerivationKey;

/**
 * The derivation memo: Caffeine through Quarkus Cache (cache {@code derivations}; bound its size and idle time
 * with {@code quarkus.cache.caffeine."derivations".*}). Keys compare payloads by identity, so entries only ever
 * match requests served from the in-process oracle cache.
 */
@ApplicationScoped
@Typed(CaffeineDerivationMemo.class)
public class CaffeineDerivationMemo implements DerivationMemo {
    public static final String NAME = "derivations";

    private final CaffeineCache cache;

    public CaffeineDerivationMemo(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    @Override
    public Optional<Derivation> get(DerivationKey key) {
        return CaffeineEntries.present(cache, key, Derivation.class);
    }

    @Override
    public void put(DerivationKey key, Derivation derivation) {
        cache.put(key, CompletableFuture.completedFuture(derivation));
    }

    /** Drops every entry (operators and tests). */
    public void clear() {
        cache.invalidateAll().await().indefinitely();
    }
}
