package org.dashboard.snapshot.export.request;

import java.util.Objects;
import java.util.Optional;

/**
 * What the caller asks of one CSV ZIP export (the {@code export} block of an export request). Texts that are
 * absent, null or blank are empty here, and the datasets fall back to their defaults (DOMAIN.md 3.9, 5).
 *
 * @param profile the export profile ({@code default}, {@code instructor_dashboard}, {@code with_optional_ai});
 *     blank means {@code default}; an unknown one is refused by the export with {@code unknown_export_profile}
 * @param courseName {@code course_name} for dashboard_metadata (else the summary's course title, else "Course")
 * @param courseSection {@code course_section} for dashboard_metadata (else "Section")
 * @param dashboardScopeLabel {@code dashboard_scope_label} for dashboard_metadata (else the summary's label)
 * @param proficiencyDefinition {@code proficiency_definition} for dashboard_metadata (else the standard sentence)
 * @param includeManifest whether {@code manifest.json} is written into the ZIP (default true)
 * @param allowPartial whether every dataset is treated as {@code allow_partial_with_manifest} (default false)
 */
public record ExportRequest(String profile, Optional<String> courseName, Optional<String> courseSection,
                            Optional<String> dashboardScopeLabel, Optional<String> proficiencyDefinition,
                            boolean includeManifest, boolean allowPartial) {
    /** The profile of a request that names none. */
    public static final String DEFAULT_PROFILE = "default";

    public ExportRequest {
        profile = profile == null || profile.isBlank() ? DEFAULT_PROFILE : profile;
        courseName = nonBlank(courseName);
        courseSection = nonBlank(courseSection);
        dashboardScopeLabel = nonBlank(dashboardScopeLabel);
        proficiencyDefinition = nonBlank(proficiencyDefinition);
    }

    /** The default request: profile {@code default}, no texts, manifest included, fail-closed policies. */
    public static ExportRequest defaults() {
        return new ExportRequest(DEFAULT_PROFILE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, false);
    }

    public ExportRequest withProfile(String profile) {
        return new ExportRequest(profile, courseName, courseSection, dashboardScopeLabel, proficiencyDefinition,
                includeManifest, allowPartial);
    }

    public ExportRequest withCourseName(String courseName) {
        return new ExportRequest(profile, Optional.ofNullable(courseName), courseSection, dashboardScopeLabel,
                proficiencyDefinition, includeManifest, allowPartial);
    }

    public ExportRequest withCourseSection(String courseSection) {
        return new ExportRequest(profile, courseName, Optional.ofNullable(courseSection), dashboardScopeLabel,
                proficiencyDefinition, includeManifest, allowPartial);
    }

    public ExportRequest withDashboardScopeLabel(String label) {
        return new ExportRequest(profile, courseName, courseSection, Optional.ofNullable(label),
                proficiencyDefinition, includeManifest, allowPartial);
    }

    public ExportRequest withProficiencyDefinition(String definition) {
        return new ExportRequest(profile, courseName, courseSection, dashboardScopeLabel,
                Optional.ofNullable(definition), includeManifest, allowPartial);
    }

    public ExportRequest withIncludeManifest(boolean includeManifest) {
        return new ExportRequest(profile, courseName, courseSection, dashboardScopeLabel, proficiencyDefinition,
                includeManifest, allowPartial);
    }

    public ExportRequest withAllowPartial(boolean allowPartial) {
        return new ExportRequest(profile, courseName, courseSection, dashboardScopeLabel, proficiencyDefinition,
                includeManifest, allowPartial);
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return Objects.requireNonNull(text, "an optional text is never null").filter(t -> !t.isBlank());
    }
}
