package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** A capability's readiness (FR-004). {@link #READY} and {@link #PARTIAL} projections are published. */
public enum ProjectionState {
    READY,
    PARTIAL,
    FAILED,
    UNAVAILABLE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPublished() {
        return this == READY || this == PARTIAL;
    }
}
