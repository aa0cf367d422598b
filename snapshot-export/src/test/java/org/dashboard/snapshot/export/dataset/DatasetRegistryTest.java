package org.dashboard.snapshot.export.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetRegistryTest {
    private static final DatasetRegistry STANDARD = DatasetRegistry.standard();
    private static final List<String> INSTRUCTOR = List.of("dashboard_metadata", "course_summary_metrics",
            "student_progress", "student_support_summary", "student_support_list", "challenging_learning_objectives",
            "assessment_scores_distribution", "assessment_summary");
    private static final DatasetSerializer EMPTY = (bundle, request) -> CsvTable.of(List.of("a"), List.of());

    private static String describe(DatasetSpec spec) {
        return spec.datasetId() + "|" + spec.filename() + "|" + spec.requiredCapabilities() + "|"
                + spec.policy().wire();
    }

    @Test
    void theProfilesAreDefaultInstructorDashboardAndWithOptionalAi() {
        assertEquals(List.of("default", "instructor_dashboard", "with_optional_ai"), STANDARD.profiles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "instructor_dashboard"})
    void theInstructorProfilesHaveTheEightDatasetsInDocumentedOrder(String profile) {
        List<String> described = STANDARD.datasetsFor(profile).value().stream().map(DatasetRegistryTest::describe)
                .toList();
        assertEquals(List.of(
                "dashboard_metadata|dashboard_metadata.csv|[summary]|fail_closed",
                "course_summary_metrics|course_summary_metrics.csv|[summary]|fail_closed",
                "student_progress|student_progress.csv|[progress]|fail_closed",
                "student_support_summary|student_support_summary.csv|[student_support]|fail_closed",
                "student_support_list|student_support_list.csv|[student_support]|fail_closed",
                "challenging_learning_objectives|challenging_learning_objectives.csv|[challenging_objectives]"
                        + "|fail_closed",
                "assessment_scores_distribution|assessment_scores_distribution.csv|[assessments]|fail_closed",
                "assessment_summary|assessment_summary.csv|[assessments]|fail_closed"), described);
    }

    @Test
    void withOptionalAiAddsAiContextLast() {
        List<DatasetSpec> datasets = STANDARD.datasetsFor("with_optional_ai").value();
        assertEquals(9, datasets.size());
        assertEquals(INSTRUCTOR, datasets.subList(0, 8).stream().map(DatasetSpec::datasetId).toList());
        assertEquals("ai_context|ai_context.csv|[ai_context]|allow_partial_with_manifest", describe(datasets.get(8)));
    }

    @Test
    void anUnknownProfileIsRefusedNamingIt() {
        Rejection rejection = STANDARD.datasetsFor("everything").rejection();
        assertEquals(ExportReason.UNKNOWN_EXPORT_PROFILE, rejection.reasonCode());
        assertEquals("{\"field\":\"export.profile\",\"known_profiles\":[\"default\",\"instructor_dashboard\","
                + "\"with_optional_ai\"],\"value\":\"everything\"}", JsonText.write(rejection.details()));
        assertEquals("unknown export profile 'everything'; known profiles: default, instructor_dashboard, "
                + "with_optional_ai", rejection.message());
        assertEquals("{\"field\":\"export.profile\",\"known_profiles\":[\"default\",\"instructor_dashboard\","
                + "\"with_optional_ai\"],\"value\":null}",
                JsonText.write(STANDARD.datasetsFor(null).rejection().details()));
        assertFalse(STANDARD.datasetsFor("Default").isAccepted());
    }

    @Test
    void aRegistryKeepsItsProfilesInOrderAndRefusesDuplicates() {
        DatasetSpec a = DatasetSpec.of("a", List.of(Capability.of("summary")), DatasetPolicy.FAIL_CLOSED, EMPTY);
        DatasetSpec b = DatasetSpec.of("b", List.of(Capability.of("summary")), DatasetPolicy.FAIL_CLOSED, EMPTY);
        Map<String, List<DatasetSpec>> profiles = new LinkedHashMap<>();
        profiles.put("z", List.of(b, a));
        profiles.put("a", List.of(a));
        DatasetRegistry registry = DatasetRegistry.of(profiles);
        assertEquals(List.of("z", "a"), registry.profiles());
        assertEquals(List.of(b, a), registry.datasetsFor("z").value());
        assertThrows(IllegalArgumentException.class, () -> DatasetRegistry.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> DatasetRegistry.of(Map.of(" ", List.of(a))));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> DatasetRegistry.of(Map.of("p", List.of(a, a))));
        assertEquals("profile p lists dataset a (a.csv) twice", twice.getMessage());
        DatasetSpec sameFile = new DatasetSpec("c", "a.csv", List.of(Capability.of("summary")),
                DatasetPolicy.FAIL_CLOSED, EMPTY);
        assertThrows(IllegalArgumentException.class, () -> DatasetRegistry.of(Map.of("p", List.of(a, sameFile))));
    }

    @Test
    void datasetSpecsAreValidated() {
        List<Capability> summary = List.of(Capability.of("summary"));
        DatasetSpec spec = DatasetSpec.of("student_progress", summary, DatasetPolicy.FAIL_CLOSED, EMPTY);
        assertEquals("student_progress.csv", spec.filename());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> DatasetSpec.of("Bad Id", summary, DatasetPolicy.FAIL_CLOSED, EMPTY));
        assertEquals("dataset id must match [a-z][a-z0-9_]{0,63}, got 'Bad Id'", badId.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new DatasetSpec("x", "x.txt", summary, DatasetPolicy.FAIL_CLOSED, EMPTY));
        assertThrows(IllegalArgumentException.class,
                () -> new DatasetSpec("x", "../x.csv", summary, DatasetPolicy.FAIL_CLOSED, EMPTY));
        assertThrows(IllegalArgumentException.class,
                () -> new DatasetSpec("x", "manifest.json", summary, DatasetPolicy.FAIL_CLOSED, EMPTY));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DatasetSpec.of("x", List.of(), DatasetPolicy.FAIL_CLOSED, EMPTY));
        assertEquals("dataset x must require at least one projection", none.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DatasetSpec.of("x",
                List.of(Capability.of("summary"), Capability.of("summary")), DatasetPolicy.FAIL_CLOSED, EMPTY));
        assertThrows(NullPointerException.class, () -> DatasetSpec.of("x", summary, null, EMPTY));
        assertThrows(NullPointerException.class, () -> DatasetSpec.of("x", summary, DatasetPolicy.FAIL_CLOSED, null));
    }

    @Test
    void policiesHaveWireNames() {
        assertEquals("fail_closed", DatasetPolicy.FAIL_CLOSED.wire());
        assertEquals("allow_partial_with_manifest", DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST.wire());
    }
}
