package org.dashboard.snapshot.adapters.cache;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;

/**
 * The in-process oracle result cache: Caffeine through Quarkus Cache (cache {@code oracle-results}; size and
 * expiry are set with {@code quarkus.cache.caffeine."oracle-results".*}). One instance needs nothing else.
 *
 * <p>Each entry keeps the arrival stamp of the request it was loaded for; a put compares and writes under a lock
 * striped by key, so a result of an older request never overwrites a newer one's (the request-token rule).
 */
@ApplicationScoped
@Typed(CaffeineOracleResultCache.class) // the app wiring chooses which implementation serves the port
public class CaffeineOracleResultCache implements OracleResultCache {
    public static final String NAME = "oracle-results";

    private static final int STRIPES = 64;

    private final CaffeineCache cache;
    private final Object[] stripes = new Object[STRIPES];

    public CaffeineOracleResultCache(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Optional<OracleResult> get(OracleCacheKey key) {
        return CaffeineEntries.present(cache, key, Stamped.class).map(Stamped::result);
    }

    @Override
    public void put(OracleCacheKey key, OracleResult result, long arrival) {
        synchronized (stripes[Math.floorMod(key.hashCode(), STRIPES)]) {
            Stamped present = CaffeineEntries.present(cache, key, Stamped.class).orElse(null);
            if (present != null && present.arrival().get() > arrival) {
                return; // a newer request's result stays
            }
            if (present != null && present.result() == result) {
                present.arrival().set(arrival); // the same result again (a memoizing source): only newer now
                return;
            }
            cache.put(key, CompletableFuture.completedFuture(new Stamped(result, new AtomicLong(arrival))));
        }
    }

    /** A cached result and the arrival stamp of the newest request that wrote it. */
    private record Stamped(OracleResult result, AtomicLong arrival) {
    }

    /** Drops every entry (operators and tests). */
    public void clear() {
        cache.invalidateAll().await().indefinitely();
    }
}
