package org.dashboard.snapshot.app.cache;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleResultCache;

/** The fake of the cache port: a map, no expiry, no failures. The contract suite keeps it honest. */
final class InMemoryOracleResultCache implements OracleResultCache {
    private record Stamped(OracleResult result, long arrival) {
    }

    private final Map<OracleCacheKey, Stamped> entries = new HashMap<>();

    @Override
    public synchronized Optional<OracleResult> get(OracleCacheKey key) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(key, "key"))).map(Stamped::result);
    }

    @Override
    public synchronized void put(OracleCacheKey key, OracleResult result, long arrival) {
        Objects.requireNonNull(result, "result");
        Stamped present = entries.get(Objects.requireNonNull(key, "key"));
        if (present == null || present.arrival() <= arrival) {
            entries.put(key, new Stamped(result, arrival));
        }
    }
}
