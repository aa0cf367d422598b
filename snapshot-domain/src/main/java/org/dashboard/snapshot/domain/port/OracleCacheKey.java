package org.dashboard.snapshot.domain.port;

import java.util.Objects;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;

/** Identity of a cached oracle result: (oracle key, oracle version, context, scope, data version). */
public record OracleCacheKey(OracleKey oracle, int oracleVersion, long contextId, Scope scope, String dataVersion) {
    public OracleCacheKey {
        Objects.requireNonNull(oracle, "oracle");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(dataVersion, "dataVersion");
        if (oracleVersion < 0 || contextId <= 0) {
            throw new IllegalArgumentException("oracle version >= 0 and context id > 0, got " + oracleVersion
                    + " and " + contextId);
        }
    }

    /** A stable text form, for stores keyed by strings: {@code oracle:v:section:scope:data}. */
    public String text() {
        return oracle.value() + ":" + oracleVersion + ":" + contextId + ":" + scope.selector() + ":" + dataVersion;
    }
}
