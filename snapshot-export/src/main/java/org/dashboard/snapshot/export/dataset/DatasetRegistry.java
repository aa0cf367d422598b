package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/**
 * The stable mapping of export profiles to CSV datasets, their required projections, policies and serializers
 * (FR-009). {@link #standard()} is DOMAIN.md 5: {@code default} and {@code instructor_dashboard} are the eight
 * instructor datasets in their documented order; {@code with_optional_ai} adds {@code ai_context} last.
 */
public final class DatasetRegistry {
    public static final String DEFAULT = "default";
    public static final String INSTRUCTOR_DASHBOARD = "instructor_dashboard";
    public static final String WITH_OPTIONAL_AI = "with_optional_ai";

    private final Map<String, List<DatasetSpec>> profiles;

    private DatasetRegistry(Map<String, List<DatasetSpec>> profiles) {
        this.profiles = profiles;
    }

    /**
     * A registry of the given profiles (in the given order). Within a profile, dataset ids and file names are
     * unique.
     */
    public static DatasetRegistry of(Map<String, List<DatasetSpec>> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a dataset registry has at least one profile");
        }
        Map<String, List<DatasetSpec>> copied = new LinkedHashMap<>();
        for (Map.Entry<String, List<DatasetSpec>> profile : profiles.entrySet()) {
            String name = Objects.requireNonNull(profile.getKey(), "profile name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a profile name is not blank");
            }
            List<DatasetSpec> datasets = List.copyOf(profile.getValue());
            Set<String> ids = new HashSet<>();
            Set<String> files = new HashSet<>();
            for (DatasetSpec dataset : datasets) {
                if (!ids.add(dataset.datasetId()) || !files.add(dataset.filename())) {
                    throw new IllegalArgumentException("profile " + name + " lists dataset " + dataset.datasetId()
                            + " (" + dataset.filename() + ") twice");
                }
            }
            copied.put(name, datasets);
        }
        return new DatasetRegistry(Collections.unmodifiableMap(copied));
    }

    /** The registry of DOMAIN.md 5. */
    public static DatasetRegistry standard() {
        List<DatasetSpec> instructor = StandardDatasets.instructorDashboard();
        List<DatasetSpec> withAi = new ArrayList<>(instructor);
        withAi.add(StandardDatasets.aiContext());
        Map<String, List<DatasetSpec>> profiles = new LinkedHashMap<>();
        profiles.put(DEFAULT, instructor);
        profiles.put(INSTRUCTOR_DASHBOARD, instructor);
        profiles.put(WITH_OPTIONAL_AI, withAi);
        return of(profiles);
    }

    /** The profile names, in registration order. */
    public List<String> profiles() {
        return List.copyOf(profiles.keySet());
    }

    /**
     * The datasets of a profile, in export order; an unknown profile is refused with
     * {@code unknown_export_profile}, details naming the field, the profile and the known profiles.
     */
    public Outcome<List<DatasetSpec>> datasetsFor(String profile) {
        List<DatasetSpec> datasets = profile == null ? null : profiles.get(profile);
        if (datasets != null) {
            return Outcome.accepted(datasets);
        }
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("field", JsonValue.of("export.profile"));
        details.put("value", profile == null ? JsonValue.nullValue() : JsonValue.of(profile));
        details.put("known_profiles", JsonValue.JsonArray.of(profiles.keySet().stream().map(JsonValue::of).toList()));
        return Outcome.rejected(Rejection.of(ExportReason.UNKNOWN_EXPORT_PROFILE,
                "unknown export profile '" + profile + "'; known profiles: " + String.join(", ", profiles.keySet()),
                new JsonObject(details)));
    }
}
