package org.dashboard.snapshot.domain.assembly;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.Timestamps;
import java.util.function.Supplier;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ContextType;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.SnapshotMetadata;
import org.dashboard.snapshot.domain.contract.Versions;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;

/**
 * Assembles a canonical snapshot from oracle result envelopes (FR-001, FR-002). Queryless and policy-free:
 * it composes what it is given. The same inputs (including {@code generated_at}) give an equal snapshot.
 */
public final class Assembler {
    /** Metadata keys the snapshot derives itself; a caller value must agree with the derived one. */
    private static final Set<String> IDENTITY_KEYS = Set.of("dashboard_context_type", "dashboard_context_id",
            "container_type", "container_id", "generated_at", "timezone");
    /** Metadata keys only the assembler writes. */
    private static final Set<String> COMPUTED_KEYS = Set.of("parameters", "config_signature");
    private static final String TIMEZONE = "timezone";
    private static final String GENERATED_AT = "generated_at";
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Etc/UTC");
    /** The IANA region ids of the JDK's time-zone data (a fresh copy per call of the JDK method: read it once). */
    private static final Set<String> REGION_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    private final ProjectionCatalog catalog;
    private final Versions versions;
    private final Clock clock;
    private final Supplier<String> tokenMinter;

    public Assembler(ProjectionCatalog catalog, Versions versions, Clock clock, Supplier<String> tokenMinter) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokenMinter = Objects.requireNonNull(tokenMinter, "tokenMinter");
    }

    public ProjectionCatalog catalog() {
        return catalog;
    }

    public Versions versions() {
        return versions;
    }

    /**
     * Merges two sets of oracle results: for a key in both, the incoming result wins (runtime over cache).
     */
    public static Map<OracleKey, OracleResult> merge(Map<OracleKey, OracleResult> existing,
                                                     Map<OracleKey, OracleResult> incoming) {
        Map<OracleKey, OracleResult> merged = new TreeMap<>(existing);
        merged.putAll(incoming);
        return merged;
    }

    /**
     * Assembles a snapshot, or rejects the request with a stable reason code and details naming the offending
     * field and value. An empty or blank request token is minted.
     */
    public Outcome<Snapshot> assemble(DashboardContext context, Optional<String> requestToken,
                                      Map<OracleKey, OracleResult> oracleResults, AssemblyOptions options) {
        return plan(context, requestToken, options).map(plan -> plan.assemble(oracleResults));
    }

    /**
     * Validates everything but the oracle results and fixes the snapshot's identity, versions, parameters and
     * expected oracles, so that a caller can load exactly those oracles before {@link AssemblyPlan#assemble}.
     */
    public Outcome<AssemblyPlan> plan(DashboardContext context, Optional<String> requestToken,
                                      AssemblyOptions options) {
        if (context.type() != ContextType.SECTION) {
            return reject(AssemblyReason.UNSUPPORTED_DASHBOARD_CONTEXT_TYPE, "context.dashboard_context_type",
                    JsonValue.of(context.type().wire()), "only section dashboards are served");
        }
        if (options.contextScope().isPresent() && !options.contextScope().get().equals(options.scope())) {
            Map<String, JsonValue> details = new LinkedHashMap<>();
            details.put("field", JsonValue.of("scope"));
            details.put("value", JsonValue.of(options.scope().selector()));
            details.put("context_scope", JsonValue.of(options.contextScope().get().selector()));
            return Outcome.rejected(Rejection.of(AssemblyReason.SCOPE_CONTEXT_MISMATCH,
                    "scope " + options.scope().selector() + " contradicts the context's scope "
                            + options.contextScope().get().selector(), new JsonObject(details)));
        }
        int snapshotVersion = options.snapshotVersion().orElse(versions.snapshotVersion());
        if (snapshotVersion != versions.snapshotVersion()) {
            return reject(AssemblyReason.UNSUPPORTED_SNAPSHOT_VERSION, "snapshot_version", JsonValue.of(snapshotVersion),
                    "supported snapshot version: " + versions.snapshotVersion());
        }
        int projectionVersion = options.projectionVersion().orElse(versions.defaultProjectionVersion());
        if (!versions.supportsProjectionVersion(projectionVersion)) {
            return reject(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, "projection_version",
                    JsonValue.of(projectionVersion),
                    "supported projection versions: " + versions.supportedProjectionVersions());
        }
        List<Capability> capabilities = options.capabilities().isEmpty() ? catalog.capabilities()
                : options.capabilities();
        for (Capability capability : capabilities) {
            if (catalog.find(capability).isEmpty()) {
                return Outcome.rejected(Rejection.ofField(RequestReason.UNKNOWN_CAPABILITY, "capabilities",
                        JsonValue.of(capability.key()), "unknown capability '" + capability + "'"));
            }
        }
        Map<String, JsonValue> callerMetadata = new TreeMap<>(options.metadata());
        for (Map.Entry<String, JsonValue> entry : callerMetadata.entrySet()) {
            JsonValue value = entry.getValue();
            if (value instanceof JsonObject || value instanceof JsonValue.JsonArray
                    || COMPUTED_KEYS.contains(entry.getKey())) {
                return reject(AssemblyReason.INVALID_METADATA, "metadata." + entry.getKey(), value,
                        COMPUTED_KEYS.contains(entry.getKey()) ? "metadata." + entry.getKey() + " is computed"
                                : "metadata values are scalars");
            }
        }
        Outcome<ZoneId> zone = timezone(options.parameters(), callerMetadata);
        if (!zone.isAccepted()) {
            return Outcome.rejected(zone.rejection());
        }
        Outcome<Instant> generatedAt = generatedAt(options.parameters(), callerMetadata);
        if (!generatedAt.isAccepted()) {
            return Outcome.rejected(generatedAt.rejection());
        }
        Outcome<JsonObject> parameters = effectiveParameters(options.parameters());
        if (!parameters.isAccepted()) {
            return Outcome.rejected(parameters.rejection());
        }
        Map<String, JsonValue> derivedIdentity = identity(context, options.scope(), generatedAt.value(), zone.value());
        for (Map.Entry<String, JsonValue> entry : callerMetadata.entrySet()) {
            JsonValue derived = derivedIdentity.get(entry.getKey());
            boolean defaulted = (entry.getKey().equals(TIMEZONE) || entry.getKey().equals(GENERATED_AT))
                    && isBlank(entry.getValue());
            if (derived != null && !defaulted && !sameScalar(derived, entry.getValue())) {
                Map<String, JsonValue> details = new LinkedHashMap<>();
                details.put("field", JsonValue.of("metadata." + entry.getKey()));
                details.put("value", entry.getValue());
                details.put("expected", derived);
                return Outcome.rejected(Rejection.of(AssemblyReason.METADATA_IDENTITY_MISMATCH,
                        "metadata." + entry.getKey() + " contradicts the request's identity", new JsonObject(details)));
            }
        }
        IDENTITY_KEYS.forEach(callerMetadata::remove);

        String token = requestToken.filter(t -> !t.isBlank()).orElseGet(tokenMinter);
        String signature = configSignature(parameters.value(), zone.value(), snapshotVersion, projectionVersion);
        SnapshotMetadata metadata = new SnapshotMetadata(context.type(), context.contextId(), options.scope(),
                generatedAt.value(), zone.value(), parameters.value(), signature, callerMetadata);
        return Outcome.accepted(new AssemblyPlan(snapshotVersion, projectionVersion, token, options.scope(), metadata,
                capabilities, catalog.requiredOracles(capabilities), catalog.expectedOracles(capabilities)));
    }

    private Outcome<ZoneId> timezone(JsonObject parameters, Map<String, JsonValue> metadata) {
        JsonValue requested = parameters.getOrNull(TIMEZONE);
        String field = "parameters.timezone";
        if (isBlank(requested)) {
            requested = metadata.getOrDefault(TIMEZONE, JsonValue.nullValue());
            field = "metadata.timezone";
        }
        if (isBlank(requested)) {
            return Outcome.accepted(DEFAULT_ZONE);
        }
        if (requested instanceof JsonValue.JsonString text && REGION_IDS.contains(text.value())) {
            return Outcome.accepted(ZoneId.of(text.value()));
        }
        return Outcome.rejected(Rejection.ofField(AssemblyReason.INVALID_TIMEZONE, field, requested,
                "timezone must be an IANA time zone id such as America/New_York"));
    }

    private Outcome<Instant> generatedAt(JsonObject parameters, Map<String, JsonValue> metadata) {
        JsonValue requested = parameters.getOrNull(GENERATED_AT);
        String field = "parameters.generated_at";
        if (isBlank(requested)) {
            requested = metadata.getOrDefault(GENERATED_AT, JsonValue.nullValue());
            field = "metadata.generated_at";
        }
        if (isBlank(requested)) {
            return Outcome.accepted(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
        Optional<Instant> parsed = requested instanceof JsonValue.JsonString text ? Timestamps.parse(text.value())
                : Optional.empty();
        if (parsed.isEmpty()) {
            return Outcome.rejected(Rejection.ofField(AssemblyReason.INVALID_PARAMETERS, field, requested,
                    "generated_at must be an ISO-8601 timestamp such as 2026-02-04T16:25:18Z"));
        }
        return Outcome.accepted(parsed.get().truncatedTo(ChronoUnit.SECONDS));
    }

    private Outcome<JsonObject> effectiveParameters(JsonObject requested) {
        for (String key : requested.members().keySet()) {
            if (!key.equals(TIMEZONE) && !key.equals(GENERATED_AT) && catalog.find(key).isEmpty()) {
                return reject(AssemblyReason.INVALID_PARAMETERS, "parameters." + key, requested.getOrNull(key),
                        "unknown parameter block '" + key + "'");
            }
        }
        Map<String, JsonValue> effective = new TreeMap<>();
        for (CapabilityProjection projection : catalog.projections()) {
            String key = projection.capability().key();
            JsonValue block = requested.getOrNull(key);
            if (!(block instanceof JsonObject) && !block.isNull()) {
                return reject(AssemblyReason.INVALID_PARAMETERS, "parameters." + key, block,
                        "parameters." + key + " must be an object");
            }
            JsonObject requestedBlock = block instanceof JsonObject object ? object : JsonObject.EMPTY;
            try {
                JsonObject resolved = projection.effectiveParameters(requestedBlock);
                if (!resolved.members().isEmpty()) {
                    effective.put(key, resolved);
                }
            } catch (InvalidParameters invalid) {
                return reject(AssemblyReason.INVALID_PARAMETERS, "parameters." + key + "." + invalid.field(),
                        invalid.value(), invalid.getMessage());
            }
        }
        return Outcome.accepted(new JsonObject(effective));
    }

    private static Map<String, JsonValue> identity(DashboardContext context, Scope scope, Instant generatedAt,
                                                   ZoneId zone) {
        Map<String, JsonValue> identity = new LinkedHashMap<>();
        identity.put("dashboard_context_type", JsonValue.of(context.type().wire()));
        identity.put("dashboard_context_id", JsonValue.of(context.contextId()));
        identity.put("container_type", JsonValue.of(scope.containerType()));
        identity.put("container_id", scope.containerId().isPresent() ? JsonValue.of(scope.containerId().getAsLong())
                : JsonValue.nullValue());
        identity.put(GENERATED_AT, JsonValue.of(Timestamps.format(generatedAt)));
        identity.put(TIMEZONE, JsonValue.of(zone.getId()));
        return identity;
    }

    private static boolean sameScalar(JsonValue derived, JsonValue given) {
        if (derived instanceof JsonValue.JsonNumber a && given instanceof JsonValue.JsonNumber b) {
            return a.value().compareTo(b.value()) == 0;
        }
        if (derived instanceof JsonValue.JsonString a && given instanceof JsonValue.JsonString b
                && Timestamps.parse(a.value()).isPresent()) {
            Optional<Instant> parsed = Timestamps.parse(b.value());
            return parsed.isPresent() && Timestamps.format(parsed.get()).equals(a.value());
        }
        return derived.equals(given);
    }

    /** SHA-256 over the canonical text of the effective parameters, time zone and versions. */
    static String configSignature(JsonObject parameters, ZoneId zone, int snapshotVersion, int projectionVersion) {
        Map<String, JsonValue> signed = new TreeMap<>();
        signed.put("parameters", parameters);
        signed.put("projection_version", JsonValue.of(projectionVersion));
        signed.put("snapshot_version", JsonValue.of(snapshotVersion));
        signed.put(TIMEZONE, JsonValue.of(zone.getId()));
        byte[] text = JsonText.write(new JsonObject(signed)).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(ParityFingerprint.sha256().digest(text));
    }

    private static boolean isBlank(JsonValue value) {
        return value.isNull() || (value instanceof JsonValue.JsonString text && text.value().isBlank());
    }

    private static <T> Outcome<T> reject(AssemblyReason reason, String field, JsonValue value, String message) {
        return Outcome.rejected(Rejection.ofField(reason, field, value, message));
    }
}
