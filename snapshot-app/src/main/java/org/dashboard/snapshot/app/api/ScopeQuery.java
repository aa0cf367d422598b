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
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("completion_threshold", "progress"),
            Map.entry("completion_threshold_pct", "assessments"),
            Map.entry("inactivity_days", "student_support"),
            Map.entry("struggling_progress_low_lt", "student_support"),
            Map.entry("struggling_proficiency_lte", "student_support"),
            Map.entry("excelling_progress_gte", "student_support"),
            Map.entry("excelling_proficiency_gte", "student_support"),
            Map.entry("max_chars", "ai_context"));

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

    public static Outcome<ScopeRequest> read(long sectionId, MultivaluedMap<String, String> query,
                                             ProjectionCatalog catalog, List<Capability> forced) {
        Outcome<Scope> scope = scope(query);
        if (!scope.isAccepted()) {
            return Outcome.rejected(scope.rejection());
        }
        long userId = 1;
        String user = query.getFirst("user_id");
        if (user != null) {
            if (!INTEGER.matcher(user).matches() || Long.parseLong(user) <= 0) {
                return invalid(AssemblyReason.INVALID_CONTEXT, "user_id", user, "user_id must be a positive integer");
            }
            userId = Long.parseLong(user);
        }
        List<Capability> capabilities = new ArrayList<>(forced);
        String requested = query.getFirst("capabilities");
        if (forced.isEmpty() && requested != null && !requested.isBlank()) {
            for (String key : requested.split(",")) {
                String trimmed = key.trim();
                if (catalog.find(trimmed).isEmpty()) {
                    return invalid(RequestReason.UNKNOWN_CAPABILITY, "capabilities", trimmed,
                            "unknown capability; known: " + catalog.capabilities());
                }
                Capability capability = Capability.of(trimmed);
                if (!capabilities.contains(capability)) {
                    capabilities.add(capability);
                }
            }
        }
        AssemblyOptions options = AssemblyOptions.of(scope.value(), capabilities).withParameters(parameters(query));
        String version = query.getFirst("projection_version");
        if (version != null) {
            if (!INTEGER.matcher(version).matches() || Long.parseLong(version) <= 0
                    || Long.parseLong(version) > Integer.MAX_VALUE) {
                return invalid(AssemblyReason.UNSUPPORTED_PROJECTION_VERSION, "projection_version", version,
                        "projection_version must be a supported positive integer");
            }
            options = options.withProjectionVersion(Integer.parseInt(version));
        }
        String token = query.getFirst("request_token");
        String dataVersion = Optional.ofNullable(query.getFirst("data_version")).filter(v -> !v.isBlank())
                .orElse(ScopeRequest.CURRENT_DATA);
        return Outcome.accepted(new ScopeRequest(DashboardContext.section(sectionId, userId),
                Optional.ofNullable(token).filter(t -> !t.isBlank()), options, dataVersion));
    }

    private static Outcome<Scope> scope(MultivaluedMap<String, String> query) {
        String type = Optional.ofNullable(query.getFirst("container_type")).orElse("course");
        String id = query.getFirst("container_id");
        if (type.equals("course")) {
            if (id != null && !id.isBlank()) {
                return invalid(AssemblyReason.INVALID_SCOPE, "container_id", id, "a course scope has no container_id");
            }
            return Outcome.accepted(Scope.course());
        }
        if (type.equals("container")) {
            if (id == null || !INTEGER.matcher(id).matches() || Long.parseLong(id) <= 0) {
                return invalid(AssemblyReason.INVALID_SCOPE, "container_id", String.valueOf(id),
                        "a container scope needs a positive integer container_id");
            }
            return Outcome.accepted(Scope.container(Long.parseLong(id)));
        }
        return invalid(AssemblyReason.INVALID_SCOPE, "container_type", type,
                "container_type must be course or container");
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

    private static <T> Outcome<T> invalid(org.dashboard.snapshot.domain.contract.ReasonCode reason, String field,
                                          String value, String message) {
        return Outcome.rejected(Rejection.ofField(reason, field, JsonValue.of(value), message));
    }
}
