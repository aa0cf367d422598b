package org.dashboard.snapshot.domain.projection;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Everything a capability may read while deriving: its snapshot's ready oracle payloads (only the ones it
 * declared), its effective parameters, the snapshot's scope, {@code generated_at} and time zone, and the
 * projection version. It also records which optional oracles turned out not to be ready for the capability.
 */
public final class ProjectionInput {
    private final Snapshot snapshot;
    private final CapabilityProjection projection;
    private final Set<OracleKey> unreadyOptional = new TreeSet<>();
    private InvalidProjectionData firstInvalidOptional;

    ProjectionInput(Snapshot snapshot, CapabilityProjection projection) {
        this.snapshot = snapshot;
        this.projection = projection;
        for (OracleKey key : projection.optionalOracles()) {
            if (!(snapshot.oracleStatuses().get(key) instanceof OracleStatus.Ready)) {
                unreadyOptional.add(key);
            }
        }
    }

    public Capability capability() {
        return projection.capability();
    }

    public int projectionVersion() {
        return snapshot.projectionVersion();
    }

    public String requestToken() {
        return snapshot.requestToken();
    }

    public Scope scope() {
        return snapshot.scope();
    }

    /** The snapshot's {@code generated_at}: the only "now" a projection may use. */
    public Instant generatedAt() {
        return snapshot.metadata().generatedAt();
    }

    public ZoneId timezone() {
        return snapshot.metadata().timezone();
    }

    /** This capability's effective parameters (defaults applied, validated at assembly). */
    public JsonObject parameters() {
        return snapshot.metadata().parametersOf(projection.capability());
    }

    /**
     * The effective parameters of another capability (its block of the snapshot's metadata; empty when that
     * capability is not registered or has no parameters), for capabilities that restate others' rules.
     */
    public JsonObject parametersOf(Capability other) {
        return snapshot.metadata().parametersOf(other);
    }

    /** The payload of a required oracle; the engine guarantees it is ready. */
    public Payload required(OracleKey key) {
        if (!projection.requiredOracles().contains(key)) {
            throw new IllegalArgumentException(key + " is not a required oracle of " + capability());
        }
        return Payload.of(key, payload(key));
    }

    /**
     * Reads an optional oracle: empty when it is absent, failed, or its payload is invalid (then it counts as
     * not ready and the capability becomes {@code partial}).
     */
    public <T> Optional<T> readOptional(OracleKey key, Function<Payload, T> reader) {
        if (!projection.optionalOracles().contains(key)) {
            throw new IllegalArgumentException(key + " is not an optional oracle of " + capability());
        }
        if (unreadyOptional.contains(key)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(reader.apply(Payload.of(key, payload(key))));
        } catch (InvalidProjectionData invalid) {
            unreadyOptional.add(key);
            if (firstInvalidOptional == null) {
                firstInvalidOptional = invalid;
            }
            return Optional.empty();
        }
    }

    /** True when the optional oracle is ready (and not yet found invalid). */
    public boolean optionalReady(OracleKey key) {
        return projection.optionalOracles().contains(key) && !unreadyOptional.contains(key);
    }

    /**
     * The snapshot's status of one of this capability's declared oracles: empty when the oracle was neither
     * supplied nor expected (absent), else ready, failed or unavailable as assembled.
     */
    public Optional<OracleStatus> oracleStatus(OracleKey key) {
        if (!projection.requiredOracles().contains(key) && !projection.optionalOracles().contains(key)) {
            throw new IllegalArgumentException(key + " is not an oracle of " + capability());
        }
        return Optional.ofNullable(snapshot.oracleStatuses().get(key));
    }

    /** Optional oracles not ready for this capability so far, sorted by key. */
    public List<OracleKey> unreadyOptionalOracles() {
        return new ArrayList<>(unreadyOptional);
    }

    Optional<InvalidProjectionData> firstInvalidOptional() {
        return Optional.ofNullable(firstInvalidOptional);
    }

    private JsonValue payload(OracleKey key) {
        JsonValue payload = snapshot.oracles().get(key);
        return payload == null ? JsonValue.nullValue() : payload;
    }
}
