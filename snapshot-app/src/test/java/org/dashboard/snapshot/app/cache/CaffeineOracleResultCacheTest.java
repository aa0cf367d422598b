package org.dashboard.snapshot.app.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaffeineOracleResultCacheTest extends OracleResultCacheContract {
    @Inject
    CaffeineOracleResultCache cache;

    @Inject
    @CacheName(CaffeineOracleResultCache.NAME)
    Cache entries;

    @Override
    protected OracleResultCache cache() {
        return cache;
    }

    /** The value the Caffeine cache holds for {@code key} (the adapter's stamped result). */
    private Object stored(OracleCacheKey key) {
        return entries.as(CaffeineCache.class).getIfPresent(key).join();
    }

    @Test
    void theSameResultPutAgainByANewerRequestRaisesTheStampWithoutANewEntry() {
        OracleCacheKey key = new OracleCacheKey(OracleKey.GRADES, 1, 1001, Scope.course(),
                "caffeine-" + UUID.randomUUID());
        OracleResult result = OracleResult.ok(JsonValue.of(1));
        cache.put(key, result, 5);
        Object entry = stored(key);

        cache.put(key, result, 9);
        assertSame(entry, stored(key), "no new cache entry");
        cache.put(key, OracleResult.ok(JsonValue.of(2)), 7);
        assertEquals(Optional.of(result), cache.get(key), "the stamp is 9 now: the put at 7 is older");
    }
}
