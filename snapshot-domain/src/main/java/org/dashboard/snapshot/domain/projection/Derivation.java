package org.dashboard.snapshot.domain.projection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;

/**
 * One capability's derivation: its status, the projection when published (ready or partial), its parity
 * fingerprint, and how long it took (for telemetry; not part of the snapshot).
 */
public record Derivation(Capability capability, ProjectionStatus status, Optional<Projection> projection,
                         Optional<String> fingerprint, Duration elapsed) {
    public Derivation {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(elapsed, "elapsed");
        if (status.isPublished() != projection.isPresent() || projection.isPresent() != fingerprint.isPresent()) {
            throw new IllegalArgumentException("a projection (with its fingerprint) exists exactly when published");
        }
    }
}
