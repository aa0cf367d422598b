package org.dashboard.snapshot.domain.assembly;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * What, besides the context, token and oracle results, an assembly needs.
 *
 * @param scope the requested scope
 * @param contextScope a scope the caller's context carries, which must agree with {@code scope}
 * @param capabilities the requested capabilities (their oracles are the expected ones)
 * @param projectionVersion the pinned projection version; empty means the deployment's default
 * @param snapshotVersion the pinned snapshot version; empty means the current one
 * @param parameters the request's raw {@code parameters} object ({@code timezone}, {@code generated_at} and one
 *     block per capability)
 * @param metadata extra scalar metadata from the caller; identity keys must agree with the derived identity
 */
public record AssemblyOptions(Scope scope, Optional<Scope> contextScope, List<Capability> capabilities,
                              Optional<Integer> projectionVersion, Optional<Integer> snapshotVersion,
                              JsonObject parameters, Map<String, JsonValue> metadata) {
    public AssemblyOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(contextScope, "contextScope");
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(projectionVersion, "projectionVersion");
        Objects.requireNonNull(snapshotVersion, "snapshotVersion");
        Objects.requireNonNull(parameters, "parameters");
        metadata = Map.copyOf(metadata);
    }

    /** Options for a scope and capabilities, everything else defaulted. */
    public static AssemblyOptions of(Scope scope, List<Capability> capabilities) {
        return new AssemblyOptions(scope, Optional.empty(), capabilities, Optional.empty(), Optional.empty(),
                JsonObject.EMPTY, Map.of());
    }

    public AssemblyOptions withParameters(JsonObject parameters) {
        return new AssemblyOptions(scope, contextScope, capabilities, projectionVersion, snapshotVersion, parameters,
                metadata);
    }

    public AssemblyOptions withProjectionVersion(int version) {
        return new AssemblyOptions(scope, contextScope, capabilities, Optional.of(version), snapshotVersion,
                parameters, metadata);
    }

    public AssemblyOptions withMetadata(Map<String, JsonValue> metadata) {
        return new AssemblyOptions(scope, contextScope, capabilities, projectionVersion, snapshotVersion, parameters,
                metadata);
    }

    public AssemblyOptions withContextScope(Scope contextScope) {
        return new AssemblyOptions(scope, Optional.of(contextScope), capabilities, projectionVersion,
                snapshotVersion, parameters, metadata);
    }

    public AssemblyOptions withSnapshotVersion(int version) {
        return new AssemblyOptions(scope, contextScope, capabilities, projectionVersion, Optional.of(version),
                parameters, metadata);
    }
}
