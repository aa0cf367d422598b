package org.dashboard.snapshot.domain.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ContextType;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.json.JsonValue.JsonString;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;

/**
 * Reads the wire form of a snapshot request ({@code POST /api/v1/snapshots}) into typed values. Every problem
 * comes back as a {@link Rejection} naming the field and value; nothing throws.
 *
 * <p>Top level: {@code context}, {@code scope}, {@code request_token?}, {@code oracle_results},
 * {@code parameters?}, {@code capabilities?}, {@code projection_version?}, {@code include_oracles?}, and the
 * pinning extras {@code snapshot_version?} and {@code metadata?}. Other top-level fields are
 * {@code unknown_field}, unless the caller allows them (the export body's {@code export}).
 */
public final class SnapshotRequestReader {
    private static final Set<String> FIELDS = Set.of("context", "scope", "request_token", "oracle_results",
            "parameters", "capabilities", "projection_version", "include_oracles", "snapshot_version", "metadata");

    private final ProjectionCatalog catalog;

    public SnapshotRequestReader(ProjectionCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads a request body whose top level may hold only the standard fields. */
    public Outcome<SnapshotRequest> read(JsonValue body) {
        return read(body, Set.of());
    }

    /** Reads a request body whose top level may also hold {@code extraFields} (read by the caller). */
    public Outcome<SnapshotRequest> read(JsonValue body, Set<String> extraFields) {
        return attempt(() -> readOrThrow(body, extraFields));
    }

    private SnapshotRequest readOrThrow(JsonValue body, Set<String> extraFields) {
        if (!(body instanceof JsonObject request)) {
            throw refuse(RequestReason.MALFORMED_REQUEST, "$", body, "the request body must be a JSON object");
        }
        for (String field : request.members().keySet()) {
            if (!FIELDS.contains(field) && !extraFields.contains(field)) {
                throw refuse(RequestReason.UNKNOWN_FIELD, field, request.getOrNull(field),
                        "unknown field '" + field + "'");
            }
        }
        ContextAndScope context = context(request.getOrNull("context"));
        Scope scope = scope("scope", request.getOrNull("scope"), context.scope.isEmpty());
        if (scope == null) {
            scope = context.scope.orElseThrow();
        }
        Optional<String> token = requestToken(request.getOrNull("request_token"));
        Map<OracleKey, OracleResult> results = oracleResults(request.getOrNull("oracle_results"));
        JsonObject parameters = optionalObject(request.getOrNull("parameters"), "parameters",
                AssemblyReason.INVALID_PARAMETERS);
        List<Capability> capabilities = capabilities(request.getOrNull("capabilities"));
        Optional<Integer> projectionVersion = version(request.getOrNull("projection_version"), "projection_version",
                AssemblyReason.UNSUPPORTED_PROJECTION_VERSION);
        Optional<Integer> snapshotVersion = version(request.getOrNull("snapshot_version"), "snapshot_version",
                AssemblyReason.UNSUPPORTED_SNAPSHOT_VERSION);
        JsonObject metadata = optionalObject(request.getOrNull("metadata"), "metadata",
                AssemblyReason.INVALID_METADATA);
        boolean includeOracles = optionalBoolean(request.getOrNull("include_oracles"), "include_oracles");
        AssemblyOptions options = new AssemblyOptions(scope, context.scope, capabilities, projectionVersion,
                snapshotVersion, parameters, metadata.members());
        return new SnapshotRequest(context.context, token, results, options, includeOracles);
    }

    private record ContextAndScope(DashboardContext context, Optional<Scope> scope) {
    }

    private ContextAndScope context(JsonValue value) {
        if (!(value instanceof JsonObject context)) {
            throw refuse(AssemblyReason.INVALID_CONTEXT, "context", value,
                    "context must be an object with dashboard_context_type, dashboard_context_id and user_id");
        }
        JsonValue type = context.getOrNull("dashboard_context_type");
        if (!(type instanceof JsonString typeText)) {
            throw refuse(AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_type", type,
                    "dashboard_context_type must be \"section\"");
        }
        Optional<ContextType> contextType = ContextType.fromWire(typeText.value());
        if (contextType.isEmpty()) {
            throw refuse(AssemblyReason.INVALID_CONTEXT, "context.dashboard_context_type", type,
                    "dashboard_context_type must be \"section\"");
        }
        if (contextType.get() != ContextType.SECTION) {
            throw refuse(AssemblyReason.UNSUPPORTED_DASHBOARD_CONTEXT_TYPE, "context.dashboard_context_type", type,
                    "only section dashboards are served");
        }
        long contextId = positiveId(context.getOrNull("dashboard_context_id"), "context.dashboard_context_id",
                AssemblyReason.INVALID_CONTEXT);
        long userId = positiveId(context.getOrNull("user_id"), "context.user_id", AssemblyReason.INVALID_CONTEXT);
        Scope contextScope = context.has("scope") && !context.getOrNull("scope").isNull()
                ? scope("context.scope", context.getOrNull("scope"), true) : null;
        return new ContextAndScope(new DashboardContext(contextType.get(), contextId, userId),
                Optional.ofNullable(contextScope));
    }

    /** Reads a scope; returns null when absent and not required. */
    private static Scope scope(String field, JsonValue value, boolean required) {
        if (value.isNull() && !required) {
            return null;
        }
        if (!(value instanceof JsonObject scope)) {
            throw refuse(AssemblyReason.INVALID_SCOPE, field, value,
                    "scope must be {\"container_type\": \"course\"} or {\"container_type\": \"container\", "
                            + "\"container_id\": <positive integer>}");
        }
        JsonValue type = scope.getOrNull("container_type");
        JsonValue id = scope.getOrNull("container_id");
        if (type instanceof JsonString text && text.value().equals("course")) {
            if (!id.isNull()) {
                throw refuse(AssemblyReason.INVALID_SCOPE, field + ".container_id", id,
                        "a course scope has no container_id");
            }
            return Scope.course();
        }
        if (type instanceof JsonString text && text.value().equals("container")) {
            return Scope.container(positiveId(id, field + ".container_id", AssemblyReason.INVALID_SCOPE));
        }
        throw refuse(AssemblyReason.INVALID_SCOPE, field + ".container_type", type,
                "container_type must be \"course\" or \"container\"");
    }

    private static Optional<String> requestToken(JsonValue value) {
        if (value.isNull()) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw refuse(AssemblyReason.INVALID_REQUEST_TOKEN, "request_token", value,
                    "request_token must be a string");
        }
        if (text.value().length() > 256) {
            throw refuse(AssemblyReason.INVALID_REQUEST_TOKEN, "request_token", value,
                    "request_token is at most 256 characters");
        }
        return text.value().isBlank() ? Optional.empty() : Optional.of(text.value());
    }

    private static Map<OracleKey, OracleResult> oracleResults(JsonValue value) {
        Map<OracleKey, OracleResult> results = new TreeMap<>();
        if (value instanceof JsonObject byKey) {
            for (Map.Entry<String, JsonValue> entry : byKey.members().entrySet()) {
                String field = "oracle_results." + entry.getKey();
                if (!OracleKey.isValid(entry.getKey())) {
                    throw refuse(AssemblyReason.INVALID_ORACLE_KEY, field, JsonValue.of(entry.getKey()),
                            "oracle keys are lower-case letters, digits and underscores, starting with a letter");
                }
                JsonValue embedded = entry.getValue() instanceof JsonObject envelope
                        ? envelope.getOrNull("oracle_key") : JsonValue.nullValue();
                if (!embedded.isNull() && !embedded.equals(JsonValue.of(entry.getKey()))) {
                    throw refuse(AssemblyReason.INVALID_ORACLE_KEY, field + ".oracle_key", embedded,
                            "oracle_key contradicts the key it is filed under");
                }
                results.put(OracleKey.of(entry.getKey()), envelope(field, entry.getValue()));
            }
            return results;
        }
        if (value instanceof JsonArray list) {
            for (int i = 0; i < list.elements().size(); i++) {
                String field = "oracle_results[" + i + "]";
                JsonValue element = list.elements().get(i);
                JsonValue key = element instanceof JsonObject envelope ? envelope.getOrNull("oracle_key")
                        : JsonValue.nullValue();
                if (!(key instanceof JsonString keyText) || !OracleKey.isValid(keyText.value())) {
                    throw refuse(AssemblyReason.INVALID_ORACLE_KEY, field + ".oracle_key", key,
                            "each listed oracle result names its oracle_key");
                }
                results.put(OracleKey.of(keyText.value()), envelope(field, element));
            }
            return results;
        }
        throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, "oracle_results", value,
                "oracle_results must be an object of oracle key to result envelope");
    }

    /**
     * Reads one oracle result envelope {@code {status, oracle_version?, stale?, payload | reason, metadata?}}
     * by the same rules as a request's {@code oracle_results}; a broken envelope is a rejection naming
     * {@code field} (or one of its members) and the offending value. Nothing throws.
     */
    public static Outcome<OracleResult> readEnvelope(String field, JsonValue value) {
        return attempt(() -> envelope(field, value));
    }

    /**
     * Reads a scope by the body's rules (for other wire forms, such as a query string, rendered as JSON); problems
     * name {@code field} and its members ({@code <field>.container_id}).
     */
    public static Outcome<Scope> readScope(String field, JsonValue value) {
        return attempt(() -> scope(field, value, true));
    }

    /** Reads a positive integer id, refusing anything else with {@code reason}. */
    public static Outcome<Long> readPositiveId(JsonValue value, String field, ReasonCode reason) {
        return attempt(() -> positiveId(value, field, reason));
    }

    /** Reads a pinned version (a positive integer), refusing anything else with {@code reason}. */
    public static Outcome<Integer> readVersion(JsonValue value, String field, ReasonCode reason) {
        return attempt(() -> version(value, field, reason).orElseThrow(
                () -> refuse(reason, field, value, field + " must be a supported positive integer")));
    }

    /** Reads a list of capability keys: a non-empty array of registered keys, duplicates counted once. */
    public Outcome<List<Capability>> readCapabilities(JsonValue value) {
        return attempt(() -> capabilities(value));
    }

    private static <T> Outcome<T> attempt(java.util.function.Supplier<T> read) {
        try {
            return Outcome.accepted(read.get());
        } catch (Refused refused) {
            return Outcome.rejected(refused.rejection);
        }
    }

    /** Reads one envelope: {@code {status, oracle_version?, stale?, payload | reason, metadata?}}. */
    private static OracleResult envelope(String field, JsonValue value) {
        if (!(value instanceof JsonObject envelope)) {
            throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field, value, "an oracle result must be an object");
        }
        JsonValue status = envelope.getOrNull("status");
        boolean ok = status.equals(JsonValue.of("ok"));
        if (!ok && !status.equals(JsonValue.of("error"))) {
            throw refuse(AssemblyReason.INVALID_ORACLE_STATUS, field + ".status", status,
                    "status must be \"ok\" or \"error\"");
        }
        int version = 0;
        JsonValue versionValue = envelope.getOrNull("oracle_version");
        if (!versionValue.isNull()) {
            OptionalLong parsed = wholeNumber(versionValue);
            if (parsed.isEmpty() || parsed.getAsLong() < 0 || parsed.getAsLong() > Integer.MAX_VALUE) {
                throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field + ".oracle_version", versionValue,
                        "oracle_version must be an integer >= 0");
            }
            version = (int) parsed.getAsLong();
        }
        JsonValue staleValue = envelope.getOrNull("stale");
        if (!staleValue.isNull() && !(staleValue instanceof JsonValue.JsonBoolean)) {
            throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field + ".stale", staleValue,
                    "stale must be a boolean");
        }
        boolean stale = staleValue instanceof JsonValue.JsonBoolean flag && flag.value();
        JsonValue metadataValue = envelope.getOrNull("metadata");
        Map<String, JsonValue> metadata = new LinkedHashMap<>();
        if (!metadataValue.isNull()) {
            if (!(metadataValue instanceof JsonObject metadataObject)) {
                throw refuse(AssemblyReason.INVALID_METADATA, field + ".metadata", metadataValue,
                        "oracle metadata must be an object of scalar values");
            }
            for (Map.Entry<String, JsonValue> entry : metadataObject.members().entrySet()) {
                if (entry.getValue() instanceof JsonObject || entry.getValue() instanceof JsonArray) {
                    throw refuse(AssemblyReason.INVALID_METADATA, field + ".metadata." + entry.getKey(),
                            entry.getValue(), "oracle metadata values are scalars");
                }
                metadata.put(entry.getKey(), entry.getValue());
            }
        }
        if (ok) {
            if (!envelope.getOrNull("reason").isNull()) {
                throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field + ".reason", envelope.getOrNull("reason"),
                        "an ok result carries a payload, not a reason");
            }
            return new OracleResult.Ok(version, stale, envelope.getOrNull("payload"), metadata);
        }
        if (!envelope.getOrNull("payload").isNull()) {
            throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field + ".payload", envelope.getOrNull("payload"),
                    "an error result carries a reason, not a payload");
        }
        JsonValue reason = envelope.getOrNull("reason");
        if (!(reason instanceof JsonString || reason instanceof JsonObject || reason.isNull())) {
            throw refuse(AssemblyReason.INVALID_ORACLE_RESULT, field + ".reason", reason,
                    "reason must be a string or an object");
        }
        return new OracleResult.Error(version, stale, reason, metadata);
    }

    private List<Capability> capabilities(JsonValue value) {
        if (value.isNull()) {
            return List.of();
        }
        if (!(value instanceof JsonArray list) || list.elements().isEmpty()) {
            throw refuse(RequestReason.INVALID_FIELD, "capabilities", value,
                    "capabilities must be a non-empty array of capability keys");
        }
        Set<Capability> capabilities = new LinkedHashSet<>();
        for (JsonValue element : list.elements()) {
            if (!(element instanceof JsonString key) || catalog.find(key.value()).isEmpty()) {
                throw refuse(RequestReason.UNKNOWN_CAPABILITY, "capabilities", element,
                        "unknown capability; known: " + catalog.capabilities());
            }
            capabilities.add(Capability.of(key.value()));
        }
        return new ArrayList<>(capabilities);
    }

    private static Optional<Integer> version(JsonValue value, String field, ReasonCode reason) {
        if (value.isNull()) {
            return Optional.empty();
        }
        OptionalLong version = wholeNumber(value);
        if (version.isEmpty() || version.getAsLong() <= 0 || version.getAsLong() > Integer.MAX_VALUE) {
            throw refuse(reason, field, value, field + " must be a supported positive integer");
        }
        return Optional.of((int) version.getAsLong());
    }

    private static JsonObject optionalObject(JsonValue value, String field, ReasonCode reason) {
        if (value.isNull()) {
            return JsonObject.EMPTY;
        }
        if (!(value instanceof JsonObject object)) {
            throw refuse(reason, field, value, field + " must be an object");
        }
        return object;
    }

    private static boolean optionalBoolean(JsonValue value, String field) {
        if (value.isNull()) {
            return false;
        }
        if (!(value instanceof JsonValue.JsonBoolean flag)) {
            throw refuse(RequestReason.INVALID_FIELD, field, value, field + " must be a boolean");
        }
        return flag.value();
    }

    /** A positive integer id, or a refusal with {@code reason}. */
    private static long positiveId(JsonValue value, String field, ReasonCode reason) {
        OptionalLong id = wholeNumber(value);
        if (id.isEmpty() || id.getAsLong() <= 0) {
            throw refuse(reason, field, value, field + " must be a positive integer");
        }
        return id.getAsLong();
    }

    private static OptionalLong wholeNumber(JsonValue value) {
        if (value instanceof JsonNumber number) {
            Optional<Long> whole = number.longValue();
            return whole.isPresent() ? OptionalLong.of(whole.get()) : OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    static Refused refuse(ReasonCode reason, String field, JsonValue value, String message) {
        return new Refused(Rejection.ofField(reason, field, value, message));
    }

    /** Internal control flow of the reader; never escapes {@link #read}. */
    static final class Refused extends RuntimeException {
        final transient Rejection rejection;

        Refused(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
