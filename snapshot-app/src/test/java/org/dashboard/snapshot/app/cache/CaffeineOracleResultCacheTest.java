package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.domain.port.OracleResultCache;

@QuarkusTest
class CaffeineOracleResultCacheTest extends OracleResultCacheContract {
    @Inject
    CaffeineOracleResultCache cache;

    @Override
    protected OracleResultCache cache() {
        return cache;
    }
}
