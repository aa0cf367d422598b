package org.dashboard.snapshot.domain.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.json.JsonValue;

/**
 * The projection engine ({@code derive_all} / {@code derive}). Each capability derives independently: its
 * status follows the precedence of DOMAIN.md 3.9, and an exception or invalid payload inside one capability
 * fails only that capability. Queryless and policy-free: it reads the snapshot and nothing else.
 */
public final class Projections {
    private final ProjectionCatalog catalog;
    private final LongSupplier nanoTime;

    public Projections(ProjectionCatalog catalog) {
        this(catalog, System::nanoTime);
    }

    /** With an injected monotonic time source, used only for the elapsed time telemetry reads. */
    public Projections(ProjectionCatalog catalog, LongSupplier nanoTime) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    public ProjectionCatalog catalog() {
        return catalog;
    }

    /** Derives the given capabilities (in the given order; each once). Unknown capabilities are rejected. */
    public Outcome<Map<Capability, Derivation>> deriveAll(Snapshot snapshot, List<Capability> capabilities) {
        Map<Capability, Derivation> out = new LinkedHashMap<>();
        for (Capability capability : capabilities) {
            if (out.containsKey(capability)) {
                continue;
            }
            Outcome<Derivation> one = derive(capability, snapshot);
            if (!one.isAccepted()) {
                return Outcome.rejected(one.rejection());
            }
            out.put(capability, one.value());
        }
        return Outcome.accepted(out);
    }

    /** Derives the given capabilities and returns the bundle: the snapshot with projections and statuses. */
    public Outcome<Snapshot> deriveInto(Snapshot snapshot, List<Capability> capabilities) {
        return deriveAll(snapshot, capabilities).map(derivations -> bundle(snapshot, derivations.values()));
    }

    /** The snapshot with the given derivations' projections, statuses and fingerprints. */
    public static Snapshot bundle(Snapshot snapshot, Iterable<Derivation> derivations) {
        Map<Capability, Projection> projections = new LinkedHashMap<>();
        Map<Capability, ProjectionStatus> statuses = new LinkedHashMap<>();
        Map<Capability, String> fingerprints = new LinkedHashMap<>();
        for (Derivation derivation : derivations) {
            statuses.put(derivation.capability(), derivation.status());
            derivation.projection().ifPresent(p -> projections.put(derivation.capability(), p));
            derivation.fingerprint().ifPresent(f -> fingerprints.put(derivation.capability(), f));
        }
        return snapshot.withProjections(projections, statuses, fingerprints);
    }

    /** The memo key of deriving a capability from a snapshot; empty for a capability no projection serves. */
    public Optional<DerivationKey> keyOf(Capability capability, Snapshot snapshot) {
        return catalog.find(capability).map(projection -> DerivationKey.of(projection, snapshot));
    }

    /**
     * A derivation made for an equal {@link DerivationKey}, for this snapshot: the same status, body and
     * fingerprint, the projection's envelope carrying this snapshot's request token and versions.
     */
    public static Derivation rebind(Derivation memo, Snapshot snapshot, Duration elapsed) {
        Optional<Projection> projection = memo.projection().map(p -> new Projection(p.capability(),
                snapshot.requestToken(), snapshot.snapshotVersion(), snapshot.projectionVersion(), p.body()));
        return new Derivation(memo.capability(), memo.status(), projection, memo.fingerprint(), elapsed);
    }

    /** Derives one capability. */
    public Outcome<Derivation> derive(Capability capability, Snapshot snapshot) {
        Optional<CapabilityProjection> projection = catalog.find(capability);
        if (projection.isEmpty()) {
            return Outcome.rejected(Rejection.ofField(RequestReason.UNKNOWN_CAPABILITY, "capability",
                    JsonValue.of(capability.key()), "no projection is registered for capability '" + capability + "'"));
        }
        long started = nanoTime.getAsLong();
        Derivation derivation = derive(projection.get(), snapshot, started);
        return Outcome.accepted(derivation);
    }

    private Derivation derive(CapabilityProjection projection, Snapshot snapshot, long started) {
        Capability capability = projection.capability();
        List<OracleKey> absent = new ArrayList<>();
        List<OracleKey> failed = new ArrayList<>();
        boolean timedOut = false;
        for (OracleKey key : projection.requiredOracles()) {
            OracleStatus status = snapshot.oracleStatuses().get(key);
            if (status instanceof OracleStatus.Failed failure) {
                failed.add(key);
                timedOut |= failure.timedOut();
            } else if (!(status instanceof OracleStatus.Ready)) {
                absent.add(key);
            }
        }
        if (!absent.isEmpty()) {
            return notPublished(capability, ProjectionStatus.of(ProjectionState.UNAVAILABLE,
                    ProjectionReason.MISSING_ORACLE_PAYLOAD, StatusDetails.oracles(absent)), started);
        }
        if (!failed.isEmpty()) {
            ProjectionReason reason = timedOut ? ProjectionReason.PROJECTION_TIMEOUT
                    : ProjectionReason.REQUIRED_ORACLE_FAILED;
            return notPublished(capability, ProjectionStatus.of(ProjectionState.FAILED, reason,
                    StatusDetails.oracles(failed)), started);
        }
        ProjectionInput input = new ProjectionInput(snapshot, projection);
        ProjectionBody body;
        String fingerprint;
        try {
            body = Objects.requireNonNull(projection.derive(input), "derive returned null");
            fingerprint = ParityFingerprint.of(body);
        } catch (InvalidProjectionData invalid) {
            return notPublished(capability, ProjectionStatus.of(ProjectionState.FAILED,
                    ProjectionReason.INVALID_PROJECTION_DATA,
                    StatusDetails.invalidData(List.of(invalid.oracle()), invalid.path(), invalid.value())), started);
        } catch (RuntimeException | StackOverflowError thrown) {
            String error = thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
            return notPublished(capability, ProjectionStatus.of(ProjectionState.FAILED,
                    ProjectionReason.PROJECTION_DERIVATION_FAILED, StatusDetails.error(error)), started);
        }
        List<OracleKey> unready = input.unreadyOptionalOracles();
        ProjectionStatus status;
        if (unready.isEmpty()) {
            status = ProjectionStatus.READY;
        } else {
            StatusDetails details = input.firstInvalidOptional()
                    .map(invalid -> StatusDetails.invalidData(unready, invalid.path(), invalid.value()))
                    .orElseGet(() -> StatusDetails.oracles(unready));
            status = ProjectionStatus.of(ProjectionState.PARTIAL, ProjectionReason.DEPENDENCY_UNAVAILABLE, details);
        }
        Projection published = new Projection(capability, snapshot.requestToken(), snapshot.snapshotVersion(),
                snapshot.projectionVersion(), body);
        return new Derivation(capability, status, Optional.of(published), Optional.of(fingerprint), since(started));
    }

    private Derivation notPublished(Capability capability, ProjectionStatus status, long started) {
        return new Derivation(capability, status, Optional.empty(), Optional.empty(), since(started));
    }

    private Duration since(long started) {
        return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - started));
    }
}
