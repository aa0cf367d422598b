package org.dashboard.snapshot.domain.contract;

import java.util.Objects;

/** A published projection: the common header every capability carries, and the capability's body. */
public record Projection(Capability capability, String requestToken, int snapshotVersion, int projectionVersion,
                         ProjectionBody body) {
    public Projection {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(requestToken, "requestToken");
        Objects.requireNonNull(body, "body");
        if (snapshotVersion <= 0 || projectionVersion <= 0) {
            throw new IllegalArgumentException("versions are positive");
        }
    }
}
