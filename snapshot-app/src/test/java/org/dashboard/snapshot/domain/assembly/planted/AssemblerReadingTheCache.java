package org.dashboard.snapshot.domain.assembly.planted;

import java.util.Optional;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;

/** Planted violation: assembly code reading the cache port. */
public class AssemblerReadingTheCache {
    Optional<OracleResult> read(OracleResultCache cache, OracleCacheKey key) {
        return cache.get(key);
    }
}
