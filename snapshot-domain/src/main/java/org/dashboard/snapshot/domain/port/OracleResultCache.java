package org.dashboard.snapshot.domain.port;

import java.util.Optional;
import org.dashboard.snapshot.domain.contract.OracleResult;

/**
 * The cache port: oracle result envelopes by {@link OracleCacheKey}. Only successful results are written.
 * An implementation may throw; the orchestration treats a failing cache as a miss.
 */
public interface OracleResultCache {

    Optional<OracleResult> get(OracleCacheKey key);

    void put(OracleCacheKey key, OracleResult result);
}
