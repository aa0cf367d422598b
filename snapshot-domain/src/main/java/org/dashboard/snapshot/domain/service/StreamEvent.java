package org.dashboard.snapshot.domain.service;

import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.projection.Derivation;

/**
 * What an incremental get_or_build reports, in order of settlement: an {@link OracleSettled} per oracle, a
 * {@link ProjectionSettled} per requested capability once every oracle it depends on has settled, then either the
 * {@link BundleReady} bundle or, when the request ends early (superseded by a newer one), {@link Ended}.
 */
public sealed interface StreamEvent
        permits StreamEvent.OracleSettled, StreamEvent.ProjectionSettled, StreamEvent.BundleReady, StreamEvent.Ended {

    /** One oracle settled: ready, failed or (never reported by the coordinator) unavailable. */
    record OracleSettled(String requestToken, OracleKey key, OracleStatus status) implements StreamEvent {
        public OracleSettled {
            Objects.requireNonNull(requestToken, "requestToken");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(status, "status");
        }
    }

    /** One capability derived: its status, and its projection and fingerprint when published. */
    record ProjectionSettled(String requestToken, Capability capability, ProjectionStatus status,
                             Optional<Projection> projection, Optional<String> fingerprint) implements StreamEvent {
        public ProjectionSettled {
            Objects.requireNonNull(requestToken, "requestToken");
            Objects.requireNonNull(capability, "capability");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(projection, "projection");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }

        public static ProjectionSettled of(String requestToken, Derivation derivation) {
            return new ProjectionSettled(requestToken, derivation.capability(), derivation.status(),
                    derivation.projection(), derivation.fingerprint());
        }
    }

    /** The final bundle: the same snapshot get_or_build returns for the same inputs. */
    record BundleReady(Snapshot bundle) implements StreamEvent {
        public BundleReady {
            Objects.requireNonNull(bundle, "bundle");
        }
    }

    /** The request ended before its bundle, for the given reason (for example {@code request_superseded}). */
    record Ended(Rejection rejection) implements StreamEvent {
        public Ended {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
