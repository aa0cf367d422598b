package org.dashboard.snapshot.domain.contract;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The contract versions a deployment serves (FR-010, AC-007): the snapshot version it writes, the
 * projection versions it supports, and the default a consumer gets when it pins none.
 */
public record Versions(int snapshotVersion, SortedSet<Integer> supportedProjectionVersions,
                       int defaultProjectionVersion) {
    public static final int CURRENT_SNAPSHOT_VERSION = 1;

    public Versions {
        supportedProjectionVersions = java.util.Collections.unmodifiableSortedSet(
                new TreeSet<>(supportedProjectionVersions));
        if (snapshotVersion <= 0) {
            throw new IllegalArgumentException("snapshot version must be positive, got " + snapshotVersion);
        }
        if (supportedProjectionVersions.isEmpty() || supportedProjectionVersions.first() <= 0) {
            throw new IllegalArgumentException("supported projection versions are positive and not empty, got "
                    + supportedProjectionVersions);
        }
        if (!supportedProjectionVersions.contains(defaultProjectionVersion)) {
            throw new IllegalArgumentException("default projection version " + defaultProjectionVersion
                    + " is not among the supported " + supportedProjectionVersions);
        }
    }

    /** Snapshot version 1, projection versions 1 and 2, default 1. */
    public static Versions standard() {
        return new Versions(CURRENT_SNAPSHOT_VERSION, new TreeSet<>(Set.of(1, 2)), 1);
    }

    public boolean supportsProjectionVersion(int version) {
        return supportedProjectionVersions.contains(version);
    }
}
