package org.dashboard.snapshot.domain.service;

import java.util.Objects;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;

/** One capability of a bundle: its status, its projection, and its parity fingerprint. */
public record CapabilityView(Capability capability, ProjectionStatus status, Projection projection,
                             String fingerprint) {
    public CapabilityView {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

}
