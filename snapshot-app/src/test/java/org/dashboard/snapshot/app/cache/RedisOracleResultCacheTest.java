package org.dashboard.snapshot.app.cache;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.dashboard.snapshot.adapters.redis.RedisOracleResultCache;
import org.dashboard.snapshot.domain.port.OracleResultCache;

@QuarkusTest
@TestProfile(LocalRedis.class)
class RedisOracleResultCacheTest extends OracleResultCacheContract {
    @Inject
    RedisOracleResultCache cache;

    @Override
    protected OracleResultCache cache() {
        return cache;
    }
}
