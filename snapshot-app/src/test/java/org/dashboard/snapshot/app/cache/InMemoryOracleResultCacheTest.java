package org.dashboard.snapshot.app.cache;

import org.dashboard.snapshot.domain.port.OracleResultCache;

class InMemoryOracleResultCacheTest extends OracleResultCacheContract {
    private final InMemoryOracleResultCache cache = new InMemoryOracleResultCache();

    @Override
    protected OracleResultCache cache() {
        return cache;
    }
}
