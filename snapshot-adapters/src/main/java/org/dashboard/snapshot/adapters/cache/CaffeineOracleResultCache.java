package org.dashboard.snapshot.adapters.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;

/**
 * The in-process oracle result cache: Caffeine through Quarkus Cache (cache {@code oracle-results}; size and
 * expiry are set with {@code quarkus.cache.caffeine."oracle-results".*}). One instance needs nothing else.
 */
@ApplicationScoped
@Typed(CaffeineOracleResultCache.class) // the app wiring chooses which implementation serves the port
public class CaffeineOracleResultCache implements OracleResultCache {
    public static final String NAME = "oracle-results";

    private final CaffeineCache cache;

    public CaffeineOracleResultCache(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    @Override
    public Optional<OracleResult> get(OracleCacheKey key) {
        return CaffeineEntries.present(cache, key, OracleResult.class);
    }

    @Override
    public void put(OracleCacheKey key, OracleResult result) {
        if (CaffeineEntries.present(cache, key, OracleResult.class).orElse(null) == result) {
            return; // the same result again (an optional oracle reloaded from a memoizing source): nothing to write
        }
        cache.put(key, CompletableFuture.completedFuture(result));
    }

    /** Drops every entry (operators and tests). */
    public void clear() {
        cache.invalidateAll().await().indefinitely();
    }
}
