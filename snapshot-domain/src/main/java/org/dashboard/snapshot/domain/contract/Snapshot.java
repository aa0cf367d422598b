package org.dashboard.snapshot.domain.contract;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * The canonical scoped snapshot (FR-001, FR-002, FR-010). Every map is ordered by key. An assembled snapshot
 * has no projections yet; {@link #withProjections} gives the bundle.
 */
public record Snapshot(int snapshotVersion, int projectionVersion, String requestToken, Scope scope,
                       SnapshotMetadata metadata, SortedMap<OracleKey, JsonValue> oracles,
                       SortedMap<OracleKey, OracleStatus> oracleStatuses, SortedMap<Capability, Projection> projections,
                       SortedMap<Capability, ProjectionStatus> projectionStatuses,
                       SortedMap<Capability, String> fingerprints) {
    public Snapshot {
        if (snapshotVersion <= 0 || projectionVersion <= 0) {
            throw new IllegalArgumentException("versions are positive");
        }
        Objects.requireNonNull(requestToken, "requestToken");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metadata, "metadata");
        oracles = frozen(oracles);
        oracleStatuses = frozen(oracleStatuses);
        projections = frozen(projections);
        projectionStatuses = frozen(projectionStatuses);
        fingerprints = frozen(fingerprints);
    }

    /** This snapshot with derived projections, their statuses and fingerprints (the bundle). */
    public Snapshot withProjections(Map<Capability, Projection> projections,
                                    Map<Capability, ProjectionStatus> statuses, Map<Capability, String> fingerprints) {
        return new Snapshot(snapshotVersion, projectionVersion, requestToken, scope, metadata, oracles,
                oracleStatuses, new TreeMap<>(projections), new TreeMap<>(statuses), new TreeMap<>(fingerprints));
    }

    private static <K extends Comparable<K>, V> SortedMap<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map)));
    }
}
