package org.dashboard.snapshot.app.api;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.service.ScopeRequest;

/**
 * Reads the query string of the get_or_build endpoints into a {@link ScopeRequest}:
 * {@code container_type}, {@code container_id}, {@code capabilities} (comma-separated), {@code projection_version},
 * {@code request_token}, {@code user_id}, {@code data_version}, and the parameters {@code timezone},
 * {@code generated_at}, {@code completion_threshold} (progress), {@code completion_threshold_pct} (assessments),
 * the five student support thresholds and {@code max_chars} (ai_context). Values are validated by the domain.
 */
public final class ScopeQuery {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");
    /** Query parameter -> capability parameter block. */
    private static final Map<String, String> BLOCKS = new java.util.TreeMap<>(Map.ofEntries(
            Map.entry("completion_threshold", "progress"),
            Map.entry("completion_threshold_pct", "assessments"),
            Map.entry("inactivity_days", "student_support"),
            Map.entry("struggling_progress_low_lt", "student_support"),
            Map.entry("struggling_proficiency_lte", "student_support"),
            Map.entry("excelling_progress_gte", "student_support"),
            Map.entry("excelling_proficiency_gte", "student_support"),
            Map.entry("max_chars", "ai_context")));

    private ScopeQuery() {
    }

    /** The section id of the path: a positive integer, else the section is unknown. */
    public static Outcome<Long> sectionId(String raw) {
        if (raw != null && INTEGER.matcher(raw).matches() && Long.parseLong(raw) > 0) {
            return Outcome.accepted(Long.parseLong(raw));
        }
        return Outcome.rejected(Rejection.ofField(RequestReason.UNKNOWN_SECTION, "section_id",
                JsonValue.of(String.valueOf(raw)), "section ids are positive integers"));
    }

    /**
     * The request the query string describes. Every value is checked by the same rules as the snapshot body
     * ({@link SnapshotRequestReader}): the query is rendered as that body's JSON (numbers where the text is one),
     * so problems name the body's fields ({@code scope.container_id}, {@code parameters.progress...}).
     */
    public static Outcome<ScopeRequest> read(long sectionId, MultivaluedMap<String, String> query,
                                             ProjectionCatalog catalog, List<Capability> forced) {
        Map<String, JsonValue> scope = new LinkedHashMap<>();
        scope.put("container_type", JsonValue.of(present(query, "container_type").orElse("course")));
        present(query, "container_id").ifPresent(id -> scope.put("container_id", typed(id)));
        Outcome<Scope> readScope = SnapshotRequestReader.readScope("scope", new JsonObject(scope));
        if (!readScope.isAccepted()) {
            return Outcome.rejected(readScope.rejection());
        }
        long userId = 1;
        Optional<String> user = present(query, "user_id");
        if (user.isPresent()) {
            Outcome<Long> id = SnapshotRequestReader.readPositiveId(typed(user.get()), "user_id",
                    AssemblyReason.INVALID_CONTEXT);
            if (!id.isAccepted()) {
                return Outcome.rejected(id.rejection());
            }
            userId = id.value();
        }
        List<Capability> capabilities = forced;
        Optional<String> requested = present(query, "capabilities");
        if (forced.isEmpty() && requested.isPresent()) {
            List<JsonValue> keys = new ArrayList<>();
            for (String key : requested.get().split(",")) {
                keys.add(JsonValue.of(key.trim()));
            }
            Outcome<List<Capability>> read = new SnapshotRequestReader(catalog)
                    .readCapabilities(JsonValue.JsonArray.of(keys));
            if (!read.isAccepted()) {
                return Outcome.rejected(read.rejection());
            }
            capabilities = read.value();
        }
        AssemblyOptions options = AssemblyOptions.of(readScope.value(), capabilities)
                .withParameters(parameters(query));
        Optional<String> version = present(query, "projection_version");
        if (version.isPresent()) {
            Outcome<Integer> pinned = SnapshotRequestReader.readVersion(typed(version.get()), "projection_version",
                    AssemblyReason.UNSUPPORTED_PROJECTION_VERSION);
            if (!pinned.isAccepted()) {
                return Outcome.rejected(pinned.rejection());
            }
            options = options.withProjectionVersion(pinned.value());
        }
        return Outcome.accepted(new ScopeRequest(DashboardContext.section(sectionId, userId),
                present(query, "request_token"), options,
                present(query, "data_version").orElse(ScopeRequest.CURRENT_DATA)));
    }

    /** A query value that is present and not blank. */
    private static Optional<String> present(MultivaluedMap<String, String> query, String name) {
        return Optional.ofNullable(query.getFirst(name)).filter(value -> !value.isBlank());
    }

    /** Query values as JSON: integers and decimals as numbers, anything else as a string. */
    static JsonObject parameters(MultivaluedMap<String, String> query) {
        Map<String, JsonValue> top = new LinkedHashMap<>();
        Map<String, Map<String, JsonValue>> blocks = new LinkedHashMap<>();
        for (String key : List.of("timezone", "generated_at")) {
            String value = query.getFirst(key);
            if (value != null) {
                top.put(key, JsonValue.of(value));
            }
        }
        for (Map.Entry<String, String> entry : BLOCKS.entrySet()) {
            String value = query.getFirst(entry.getKey());
            if (value != null) {
                blocks.computeIfAbsent(entry.getValue(), b -> new LinkedHashMap<>()).put(entry.getKey(), typed(value));
            }
        }
        blocks.forEach((block, members) -> top.put(block, new JsonObject(members)));
        return new JsonObject(top);
    }

    private static JsonValue typed(String value) {
        if (INTEGER.matcher(value).matches()) {
            return JsonValue.of(Long.parseLong(value));
        }
        if (DECIMAL.matcher(value).matches()) {
            return new JsonValue.JsonNumber(new BigDecimal(value), false);
        }
        return JsonValue.of(value);
    }
}
