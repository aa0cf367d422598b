package org.dashboard.snapshot.domain.projection;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Everything a capability's derivation reads (see {@link ProjectionInput}) except the request token and the
 * snapshot version, which only the projection's envelope carries: the capability, the projection version, the
 * scope, {@code generated_at}, the time zone, the parameters, and the status and payload of each oracle the
 * capability declares. Two keys are equal when all of these are, the payloads being compared by identity: the
 * same cached oracle result gives the same key, while comparing payloads by value would cost as much as
 * deriving. A projection is a pure function of its key, so a derivation can be reused for an equal key.
 */
public final class DerivationKey {
    private final Capability capability;
    private final int projectionVersion;
    private final Scope scope;
    private final Instant generatedAt;
    private final ZoneId timezone;
    private final JsonObject parameters;
    private final List<OracleStatus> statuses;
    private final List<JsonValue> payloads;
    private final int hash;

    private DerivationKey(Capability capability, int projectionVersion, Scope scope, Instant generatedAt,
                          ZoneId timezone, JsonObject parameters, List<OracleStatus> statuses,
                          List<JsonValue> payloads) {
        this.capability = capability;
        this.projectionVersion = projectionVersion;
        this.scope = scope;
        this.generatedAt = generatedAt;
        this.timezone = timezone;
        this.parameters = parameters;
        this.statuses = statuses;
        this.payloads = payloads;
        int h = Objects.hash(capability, projectionVersion, scope, generatedAt, timezone, parameters, statuses);
        for (JsonValue payload : payloads) {
            h = 31 * h + System.identityHashCode(payload);
        }
        this.hash = h;
    }

    /** The key of deriving {@code projection} from {@code snapshot}. */
    public static DerivationKey of(CapabilityProjection projection, Snapshot snapshot) {
        List<OracleKey> oracles = new ArrayList<>(projection.requiredOracles());
        oracles.addAll(projection.optionalOracles());
        List<OracleStatus> statuses = new ArrayList<>(oracles.size());
        List<JsonValue> payloads = new ArrayList<>(oracles.size());
        for (OracleKey oracle : oracles) {
            statuses.add(snapshot.oracleStatuses().get(oracle));
            payloads.add(snapshot.oracles().get(oracle));
        }
        return new DerivationKey(projection.capability(), snapshot.projectionVersion(), snapshot.scope(),
                snapshot.metadata().generatedAt(), snapshot.metadata().timezone(), snapshot.metadata().parameters(),
                statuses, payloads);
    }

    public Capability capability() {
        return capability;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DerivationKey key) || hash != key.hash || payloads.size() != key.payloads.size()) {
            return false;
        }
        for (int i = 0; i < payloads.size(); i++) {
            if (payloads.get(i) != key.payloads.get(i)) {
                return false;
            }
        }
        return capability.equals(key.capability) && projectionVersion == key.projectionVersion
                && scope.equals(key.scope) && generatedAt.equals(key.generatedAt) && timezone.equals(key.timezone)
                && parameters.equals(key.parameters) && statuses.equals(key.statuses);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "DerivationKey[" + capability + ", v" + projectionVersion + ", " + scope.selector() + ", "
                + generatedAt + "]";
    }
}
