package org.dashboard.snapshot.domain.port;

import java.util.Optional;
import org.dashboard.snapshot.domain.contract.OracleResult;

/**
 * The cache port: oracle result envelopes by {@link OracleCacheKey}. Only successful results are written.
 * An implementation may throw; the orchestration treats a failing cache as a miss.
 */
public interface OracleResultCache {

    Optional<OracleResult> get(OracleCacheKey key);

    /**
     * Writes {@code result} under {@code key}, unless the entry there was written for a request that arrived
     * later (the request-token rule: a result loaded for an older request never overwrites a newer one's). The
     * comparison and the write are one atomic step; an equal arrival overwrites.
     *
     * @param arrival the arrival stamp of the request the result was loaded for; larger is newer
     */
    void put(OracleCacheKey key, OracleResult result, long arrival);
}
