package org.dashboard.snapshot.domain.contract;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * Snapshot metadata: the derived identity ({@code dashboard_context_type}, {@code dashboard_context_id},
 * {@code container_type}, {@code container_id}), {@code generated_at}, {@code timezone}, the effective
 * {@code parameters} (capability key to block), the {@code config_signature}, and any extra scalar values
 * the caller supplied (kept as given, ordered by key).
 */
public record SnapshotMetadata(ContextType contextType, long contextId, Scope scope, Instant generatedAt,
                               ZoneId timezone, JsonObject parameters, String configSignature,
                               Map<String, JsonValue> extra) {
    public SnapshotMetadata {
        Objects.requireNonNull(contextType, "contextType");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(configSignature, "configSignature");
        extra = Collections.unmodifiableSortedMap(new TreeMap<>(extra));
    }

    /** The effective parameter block of one capability, empty when it has none. */
    public JsonObject parametersOf(Capability capability) {
        return parameters.getOrNull(capability.key()) instanceof JsonObject block ? block : JsonObject.EMPTY;
    }
}
