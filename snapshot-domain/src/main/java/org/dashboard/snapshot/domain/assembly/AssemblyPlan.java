package org.dashboard.snapshot.domain.assembly;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.SnapshotMetadata;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * A validated request waiting for its oracle results: identity, versions, metadata, the requested capabilities
 * and the oracles they require or may use.
 */
public record AssemblyPlan(int snapshotVersion, int projectionVersion, String requestToken, Scope scope,
                           SnapshotMetadata metadata, List<Capability> capabilities,
                           SortedSet<OracleKey> requiredOracles, SortedSet<OracleKey> expectedOracles) {
    public AssemblyPlan {
        Objects.requireNonNull(requestToken, "requestToken");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metadata, "metadata");
        capabilities = List.copyOf(capabilities);
        requiredOracles = Collections.unmodifiableSortedSet(new TreeSet<>(requiredOracles));
        expectedOracles = Collections.unmodifiableSortedSet(new TreeSet<>(expectedOracles));
    }

    /** Expected oracles that no requested capability requires. */
    public SortedSet<OracleKey> optionalOracles() {
        SortedSet<OracleKey> optional = new TreeSet<>(expectedOracles);
        optional.removeAll(requiredOracles);
        return optional;
    }

    /**
     * The snapshot: ok payloads in {@code oracles}, a status for every result (ready or failed) and
     * {@code unavailable} for every expected oracle without a result. Results nobody asked for are kept.
     */
    public Snapshot assemble(Map<OracleKey, OracleResult> oracleResults) {
        Map<OracleKey, JsonValue> oracles = new TreeMap<>();
        Map<OracleKey, OracleStatus> statuses = new TreeMap<>();
        for (Map.Entry<OracleKey, OracleResult> entry : oracleResults.entrySet()) {
            OracleResult result = entry.getValue();
            if (result instanceof OracleResult.Ok ok) {
                oracles.put(entry.getKey(), ok.payload());
            }
            statuses.put(entry.getKey(), OracleStatus.of(result));
        }
        for (OracleKey expected : expectedOracles) {
            statuses.putIfAbsent(expected, OracleStatus.Unavailable.INSTANCE);
        }
        return new Snapshot(snapshotVersion, projectionVersion, requestToken, scope, metadata, new TreeMap<>(oracles),
                new TreeMap<>(statuses), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }
}
