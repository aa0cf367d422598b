package org.dashboard.snapshot.domain.assembly;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;

/**
 * A projection-only request read from its wire form: everything the assembler needs, plus whether the caller
 * wants the oracle payloads echoed in the response.
 */
public record SnapshotRequest(DashboardContext context, Optional<String> requestToken,
                              Map<OracleKey, OracleResult> oracleResults, AssemblyOptions options,
                              boolean includeOracles) {
    public SnapshotRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(requestToken, "requestToken");
        oracleResults = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(oracleResults));
        Objects.requireNonNull(options, "options");
    }
}
