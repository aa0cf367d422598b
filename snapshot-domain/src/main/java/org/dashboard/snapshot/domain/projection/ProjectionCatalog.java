package org.dashboard.snapshot.domain.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;

/** The registered capabilities, in registration order. */
public final class ProjectionCatalog {
    private final Map<Capability, CapabilityProjection> projections;

    private ProjectionCatalog(Map<Capability, CapabilityProjection> projections) {
        this.projections = projections;
    }

    public static ProjectionCatalog of(List<? extends CapabilityProjection> projections) {
        Map<Capability, CapabilityProjection> byKey = new LinkedHashMap<>();
        for (CapabilityProjection projection : projections) {
            if (byKey.put(projection.capability(), projection) != null) {
                throw new IllegalArgumentException("capability registered twice: " + projection.capability());
            }
            Set<OracleKey> overlap = new TreeSet<>(projection.requiredOracles());
            overlap.retainAll(projection.optionalOracles());
            if (!overlap.isEmpty()) {
                throw new IllegalArgumentException(projection.capability() + " declares " + overlap
                        + " both required and optional");
            }
        }
        return new ProjectionCatalog(Collections.unmodifiableMap(byKey));
    }

    public Optional<CapabilityProjection> find(Capability capability) {
        return Optional.ofNullable(projections.get(capability));
    }

    public Optional<CapabilityProjection> find(String key) {
        return Capability.isValid(key) ? find(Capability.of(key)) : Optional.empty();
    }

    /** All capabilities, in registration order. */
    public List<Capability> capabilities() {
        return new ArrayList<>(projections.keySet());
    }

    public List<CapabilityProjection> projections() {
        return new ArrayList<>(projections.values());
    }

    /** The oracles the given capabilities require or may use, sorted by key. */
    public SortedSet<OracleKey> expectedOracles(List<Capability> capabilities) {
        SortedSet<OracleKey> keys = new TreeSet<>();
        for (Capability capability : capabilities) {
            find(capability).ifPresent(p -> {
                keys.addAll(p.requiredOracles());
                keys.addAll(p.optionalOracles());
            });
        }
        return keys;
    }

    /** The oracles the given capabilities require, sorted by key. */
    public SortedSet<OracleKey> requiredOracles(List<Capability> capabilities) {
        SortedSet<OracleKey> keys = new TreeSet<>();
        for (Capability capability : capabilities) {
            find(capability).ifPresent(p -> keys.addAll(p.requiredOracles()));
        }
        return keys;
    }
}
