package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.example;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.fact;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.grade;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.progressOnly;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.scope;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.withThresholds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.projections.summary.SummaryBody;
import org.dashboard.snapshot.projections.summary.SummaryProjection;
import org.dashboard.snapshot.projections.support.SupportParameters;
import org.junit.jupiter.api.Test;

/** The rule behind every fact of the ai_context projection, through the engine. */
class AiContextProjectionTest {
    private static final String P1 = "{'student_id': 1, 'progress_pct': 25.0, 'proficiency_pct': 0.35}";

    private static List<String> titles(String prefix, int... ids) {
        List<String> out = new ArrayList<>();
        for (int id : ids) {
            out.add(prefix + id);
        }
        return out;
    }

    // ---- the worked example ----

    @Test
    void workedExampleGivesTheDocumentedFactsInOrder() {
        Derivation derivation = example().derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("scope_label", "Entire Course");
        expected.put("course_title", "Gardening Pretest");
        expected.put("class_size", 2L);
        expected.put("average_class_proficiency", 40.0);
        expected.put("average_assessment_score", 82.4);
        expected.put("average_student_progress", 53.5);
        expected.put("support_struggling", 1L);
        expected.put("support_on_track", 0L);
        expected.put("support_excelling", 1L);
        expected.put("support_not_enough_information", 0L);
        expected.put("challenging_objectives", List.of("Analyze root systems"));
        expected.put("assessments_needing_attention", List.of("Final Quiz"));
        expected.put("lowest_completion_items", List.of("Unit 2", "Unit 1"));
        AiContextBody body = body(derivation);
        assertEquals(expected, body.facts());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(body.facts().keySet()));
        assertEquals(AiContextFacts.KEYS, List.copyOf(body.facts().keySet()));
        assertEquals(AiContextFixtures.EXAMPLE_TEXT, body.text());
        assertEquals(false, body.truncated());
    }

    @Test
    void workedExampleParityFactsAreTheCsvRows() {
        List<String> facts = body(example().derive()).parityFacts();

        assertEquals(List.of(
                "ai_context|scope_label=Entire Course",
                "ai_context|course_title=Gardening Pretest",
                "ai_context|class_size=2",
                "ai_context|average_class_proficiency=40",
                "ai_context|average_assessment_score=82.4",
                "ai_context|average_student_progress=53.5",
                "ai_context|support_struggling=1",
                "ai_context|support_on_track=0",
                "ai_context|support_excelling=1",
                "ai_context|support_not_enough_information=0",
                "ai_context|challenging_objectives=Analyze root systems",
                "ai_context|assessments_needing_attention=Final Quiz",
                "ai_context|lowest_completion_items=Unit 2; Unit 1"), facts);
    }

    @Test
    void factsAreTheSummaryValuesForTheSameOracles() {
        SnapshotFixtures summaryFixtures = SnapshotFixtures.with(new SummaryProjection())
                .ok(OracleKey.PROGRESS_PROFICIENCY, AiContextFixtures.PROGRESS)
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, AiContextFixtures.OBJECTIVES)
                .ok(OracleKey.GRADES, "{'grades': [" + grade(11, "Q", "71.25", 1, 9) + ", "
                        + grade(12, "R", "90.1", 0, 2) + "]}")
                .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'G', 'scope_label': 'Unit 3', 'items': []}")
                .ok(OracleKey.PROGRESS_BINS, AiContextFixtures.BINS);
        SummaryBody summary = (SummaryBody) summaryFixtures.derive().projection().orElseThrow().body();
        Derivation derivation = example()
                .ok(OracleKey.GRADES, "{'grades': [" + grade(11, "Q", "71.25", 1, 9) + ", "
                        + grade(12, "R", "90.1", 0, 2) + "]}")
                .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'G', 'scope_label': 'Unit 3', 'items': []}")
                .derive();

        assertEquals(summary.metrics().averageClassProficiency(), fact(derivation, "average_class_proficiency"));
        assertEquals(summary.metrics().averageAssessmentScore(), fact(derivation, "average_assessment_score"));
        assertEquals(80.7, fact(derivation, "average_assessment_score"));
        assertEquals(summary.metrics().averageStudentProgress(), fact(derivation, "average_student_progress"));
        assertEquals(summary.totalStudents(), fact(derivation, "class_size"));
        assertEquals(9L, fact(derivation, "class_size"));
        assertEquals(summary.scope().label(), fact(derivation, "scope_label"));
        assertEquals(summary.scope().courseTitle(), fact(derivation, "course_title"));
    }

    // ---- scope_label and course_title ----

    @Test
    void scopeLabelComesFromScopeResources() {
        Derivation derivation = example()
                .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'G', 'scope_label': 'Unit 3: Roots', 'items': []}")
                .derive();

        assertEquals("Unit 3: Roots", fact(derivation, "scope_label"));
        assertEquals("Scope: Unit 3: Roots", body(derivation).text().split("\n")[0]);
    }

    @Test
    void blankScopeLabelFallsBackToTheDefaultLabel() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES, "{'scope_label': '  ', 'items': []}")
                .derive();

        assertEquals("Entire Course", fact(derivation, "scope_label"));
        assertNull(fact(derivation, "course_title"));
        assertEquals("Course: not available", body(derivation).text().split("\n")[1]);
    }

    @Test
    void withoutScopeResourcesAContainerScopeIsSelectedScope() {
        Derivation derivation = progressOnly("[" + P1 + "]").scope(Scope.container(1001)).derive();

        assertEquals("Selected Scope", fact(derivation, "scope_label"));
        assertNull(fact(derivation, "course_title"));
    }

    @Test
    void withoutScopeResourcesTheCourseScopeIsEntireCourse() {
        Derivation derivation = progressOnly("[" + P1 + "]").derive();

        assertEquals("Entire Course", fact(derivation, "scope_label"));
    }

    // ---- class_size ----

    @Test
    void classSizeIsTheLargestOfBinsProgressRowsAndGrades() {
        Derivation bins = example().ok(OracleKey.PROGRESS_BINS,
                "{'bin_size': 10, 'total_students': 5, 'by_container_bins': {}}").derive();
        Derivation grades = example().ok(OracleKey.GRADES, "{'grades': [" + grade(11, "Q", "50", 1, 7) + ", "
                + grade(12, "R", "50", 1, 3) + "]}").derive();
        Derivation rows = example().ok(OracleKey.PROGRESS_PROFICIENCY,
                "[" + P1 + ", {'student_id': 2}, {'student_id': 3}, {'student_id': 1}]").ok(OracleKey.PROGRESS_BINS,
                "{'total_students': 0}").derive();

        assertEquals(5L, fact(bins, "class_size"));
        assertEquals(7L, fact(grades, "class_size"));
        assertEquals(3L, fact(rows, "class_size"));
        assertEquals("Class size: 7", body(grades).text().split("\n")[2]);
    }

    @Test
    void classSizeIgnoresOraclesThatAreNotReady() {
        Derivation derivation = example()
                .ok(OracleKey.PROGRESS_BINS, "{'total_students': 9, 'by_container_bins': {'101': {'5': 1}}}")
                .error(OracleKey.GRADES, "boom").derive();

        assertEquals(2L, fact(derivation, "class_size"));
    }

    @Test
    void noStudentsAnywhereIsClassSizeZero() {
        Derivation derivation = progressOnly("[]").derive();

        assertEquals(0L, fact(derivation, "class_size"));
        assertNull(fact(derivation, "average_student_progress"));
        assertEquals("Average student progress: not available", body(derivation).text().split("\n")[5]);
    }

    // ---- the three metrics ----

    @Test
    void metricsUseTheSummaryRules() {
        Derivation derivation = example()
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 10.05},"
                        + " {'student_id': 2, 'progress_pct': 10.05}, {'student_id': 3, 'progress_pct': 10.04},"
                        + " {'student_id': 4, 'progress_pct': null}]")
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': ["
                        + "{'objective_id': 1, 'numeric_proficiency': 0.845, 'proficiency_distribution': {}},"
                        + "{'objective_id': 2, 'proficiency_distribution': {'low': 1, ' HIGH ': 1,"
                        + " 'Not enough data': 5}}, {'objective_id': 3, 'proficiency_distribution': {'Low': 0}}]}")
                .derive();

        assertEquals(10.0, fact(derivation, "average_student_progress"));
        assertEquals(72.3, fact(derivation, "average_class_proficiency"));
        String[] lines = body(derivation).text().split("\n");
        assertEquals("Average class proficiency: 72.3%", lines[3]);
        assertEquals("Average student progress: 10%", lines[5]);
    }

    @Test
    void computedZeroMetricsReadZeroPercent() {
        Derivation derivation = example()
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 0}]")
                .ok(OracleKey.GRADES, "{'grades': [" + grade(11, "Q", "0", 0, 1) + "]}").derive();

        assertEquals(0.0, fact(derivation, "average_student_progress"));
        assertEquals(0.0, fact(derivation, "average_assessment_score"));
        String[] lines = body(derivation).text().split("\n");
        assertEquals("Average assessment score: 0%", lines[4]);
        assertEquals("Average student progress: 0%", lines[5]);
    }

    @Test
    void metricsOfOraclesThatAreNotReadyAreNull() {
        Derivation derivation = progressOnly("[" + P1 + "]").derive();

        assertNull(fact(derivation, "average_class_proficiency"));
        assertNull(fact(derivation, "average_assessment_score"));
        assertEquals(25.0, fact(derivation, "average_student_progress"));
        String[] lines = body(derivation).text().split("\n");
        assertEquals("Average class proficiency: not available", lines[3]);
        assertEquals("Average assessment score: not available", lines[4]);
        assertEquals("Average student progress: 25%", lines[5]);
    }

    // ---- support counts ----

    @Test
    void supportCountsFollowTheStudentSupportRules() {
        Derivation derivation = example()
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[" + P1 + ","
                        + " {'student_id': 2, 'progress_pct': 82.0, 'proficiency_pct': 0.9},"
                        + " {'student_id': 3, 'progress_pct': 50, 'proficiency_pct': 0.5},"
                        + " {'student_id': 5, 'progress_pct': 85, 'proficiency_pct': 0.4},"
                        + " {'student_id': 6, 'progress_pct': 79.96, 'proficiency_pct': 0.8},"
                        + " {'student_id': 7, 'progress_pct': 50, 'proficiency_pct': null},"
                        + " {'student_id': 9, 'progress_pct': 1, 'proficiency_pct': 0.01}]")
                .ok(OracleKey.STUDENT_INFO, "[{'student_id': 1}, {'student_id': 2}, {'student_id': 3},"
                        + " {'student_id': 4}, {'student_id': 5}, {'student_id': 6}, {'student_id': 7},"
                        + " {'student_id': 3}]")
                .derive();

        assertEquals(2L, fact(derivation, "support_struggling"));
        assertEquals(1L, fact(derivation, "support_on_track"));
        assertEquals(2L, fact(derivation, "support_excelling"));
        assertEquals(2L, fact(derivation, "support_not_enough_information"));
        assertEquals("Support: 2 struggling, 1 on track, 2 excelling, 2 not enough information",
                body(derivation).text().split("\n")[6]);
        assertEquals(7L, fact(derivation, "class_size"));
    }

    @Test
    void supportCountsUseTheStudentSupportThresholds() {
        SupportParameters strict = new SupportParameters(7, 30, 35, 90, 95);
        Derivation derivation = example(withThresholds(new SharedThresholds(strict, 100, 50))).derive();

        assertEquals(1L, fact(derivation, "support_struggling"));
        assertEquals(1L, fact(derivation, "support_on_track"));
        assertEquals(0L, fact(derivation, "support_excelling"));
        assertEquals(0L, fact(derivation, "support_not_enough_information"));
    }

    @Test
    void withoutStudentInfoTheSupportCountsAreNull() {
        Derivation derivation = example().error(OracleKey.STUDENT_INFO, "boom").derive();

        for (String key : List.of("support_struggling", "support_on_track", "support_excelling",
                "support_not_enough_information")) {
            assertNull(fact(derivation, key), key);
        }
        assertEquals("Support: not available", body(derivation).text().split("\n")[6]);
    }

    @Test
    void emptyStudentInfoCountsZeroEverywhere() {
        Derivation derivation = example().ok(OracleKey.STUDENT_INFO, "[]").derive();

        assertEquals("Support: 0 struggling, 0 on track, 0 excelling, 0 not enough information",
                body(derivation).text().split("\n")[6]);
        assertEquals(0L, fact(derivation, "support_not_enough_information"));
    }

    @Test
    void studentInfoFieldsOtherThanTheIdAreNeitherReadNorValidated() {
        Derivation derivation = example().ok(OracleKey.STUDENT_INFO, "[{'student_id': 1, 'email': 42,"
                + " 'given_name': [], 'family_name': {}, 'picture': 7, 'last_interaction_at': 'yesterday'}]")
                .derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        assertEquals(1L, fact(derivation, "support_struggling"));
    }

    // ---- challenging objectives ----

    @Test
    void challengingObjectivesAreTheFirstTenTitlesInRowOrder() {
        List<String> rows = new ArrayList<>();
        List<String> resources = new ArrayList<>();
        for (int id = 1; id <= 12; id++) {
            rows.add("{'objective_id': " + id + ", 'title': 'Objective " + id
                    + "', 'proficiency_distribution': {'Low': 2, 'High': 1}}");
            resources.add("{'resource_id': " + id + ", 'children': [], 'numbering_index': " + (13 - id) + "}");
        }
        rows.add("{'objective_id': 20, 'title': 'Fine', 'proficiency_distribution': {'High': 2}}");
        Derivation derivation = example().ok(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': ["
                + String.join(", ", rows) + "], 'objective_resources': [" + String.join(", ", resources) + "]}")
                .derive();

        List<String> expected = titles("Objective ", 12, 11, 10, 9, 8, 7, 6, 5, 4, 3);
        assertEquals(expected, fact(derivation, "challenging_objectives"));
        assertEquals("Challenging objectives: " + String.join("; ", expected), body(derivation).text().split("\n")[7]);
    }

    @Test
    void challengingObjectivesFollowTheTreeAndSkipContextParents() {
        Derivation derivation = example().ok(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': ["
                + "{'objective_id': 3, 'title': 'Child B', 'proficiency_distribution': {'Low': 1}},"
                + "{'objective_id': 2, 'title': 'Child A', 'proficiency_distribution': {'Low': 1}},"
                + "{'objective_id': 9, 'title': 'Orphan', 'proficiency_distribution': {'Low': 1}}],"
                + " 'objective_resources': [{'resource_id': 1, 'title': 'Parent', 'children': [3, 2]},"
                + "{'resource_id': 2, 'numbering_index': 2}, {'resource_id': 3, 'numbering_index': 1}]}").derive();

        assertEquals(List.of("Child B", "Child A", "Orphan"), fact(derivation, "challenging_objectives"));
    }

    @Test
    void noChallengingObjectiveIsAnEmptyList() {
        Derivation derivation = example().ok(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'objective_id': 1, 'title': 'A', 'proficiency_distribution': {'High': 1}}]}")
                .derive();

        assertEquals(List.of(), fact(derivation, "challenging_objectives"));
        assertEquals("Challenging objectives: none", body(derivation).text().split("\n")[7]);
        assertEquals("ai_context|challenging_objectives=", body(derivation).parityFacts().get(10));
    }

    @Test
    void withoutTheObjectivesOracleChallengingObjectivesAreNull() {
        Derivation derivation = example().error(OracleKey.OBJECTIVES_PROFICIENCY, "timeout").derive();

        assertNull(fact(derivation, "challenging_objectives"));
        assertNull(fact(derivation, "average_class_proficiency"));
        assertEquals("Challenging objectives: not available", body(derivation).text().split("\n")[7]);
    }

    // ---- assessments needing attention ----

    @Test
    void assessmentsNeedingAttentionAreTheFirstTenBadOnesInRowOrder() {
        List<String> grades = new ArrayList<>();
        for (int id = 1; id <= 12; id++) {
            grades.add("{'page_id': " + id + ", 'title': 'Quiz " + id + "', 'due_at': '2026-03-"
                    + String.format("%02d", 13 - id) + "T00:00:00Z', 'completed_count': 0, 'total_students': 2}");
        }
        grades.add("{'page_id': 30, 'title': 'Good', 'due_at': '2026-01-01T00:00:00Z', 'completed_count': 2,"
                + " 'total_students': 2}");
        Derivation derivation = example().ok(OracleKey.GRADES, "{'grades': [" + String.join(", ", grades) + "]}")
                .derive();

        List<String> expected = titles("Quiz ", 12, 11, 10, 9, 8, 7, 6, 5, 4, 3);
        assertEquals(expected, fact(derivation, "assessments_needing_attention"));
        assertEquals("Assessments needing attention: " + String.join("; ", expected),
                body(derivation).text().split("\n")[8]);
    }

    @Test
    void badCompletionUsesTheAssessmentsRuleAndTitleFallbacks() {
        String grades = "{'grades': [" + grade(11, "  ", "50", 1, 2) + ", " + grade(12, null, "50", 0, 0) + ", "
                + grade(40, null, "50", 1, 3) + ", " + grade(41, "Half", "50", 1, 2) + "]}";
        Derivation derivation = example().ok(OracleKey.GRADES, grades).derive();

        assertEquals(List.of("Final Quiz", "Assessment 40"), fact(derivation, "assessments_needing_attention"));
    }

    @Test
    void assessmentsUseTheCompletionThresholdPct() {
        String grades = "{'grades': [" + grade(11, "Q", "50", 2, 5) + "]}";
        Derivation at40 = example(withThresholds(new SharedThresholds(SupportParameters.DEFAULTS, 100, 40)))
                .ok(OracleKey.GRADES, grades).derive();
        Derivation at41 = example(withThresholds(new SharedThresholds(SupportParameters.DEFAULTS, 100, 41)))
                .ok(OracleKey.GRADES, grades).derive();

        assertEquals(List.of(), fact(at40, "assessments_needing_attention"));
        assertEquals("Assessments needing attention: none", body(at40).text().split("\n")[8]);
        assertEquals(List.of("Q"), fact(at41, "assessments_needing_attention"));
    }

    @Test
    void assessmentsNeedGradesAndScopeResources() {
        Derivation noScope = example().error(OracleKey.SCOPE_RESOURCES, "boom").derive();
        Derivation noGrades = example().error(OracleKey.GRADES, "boom").derive();

        assertNull(fact(noScope, "assessments_needing_attention"));
        assertEquals(82.4, fact(noScope, "average_assessment_score"));
        assertNull(fact(noGrades, "assessments_needing_attention"));
        assertNull(fact(noGrades, "average_assessment_score"));
        assertEquals("Assessments needing attention: not available", body(noGrades).text().split("\n")[8]);
    }

    // ---- lowest completion items ----

    private static final String FIVE_ITEMS = scope(1, "A", 2, "B", 3, "C", 4, "D", 5, "E");
    private static final String FIVE_BINS = "{'total_students': 2, 'by_container_bins': {"
            + "'1': {'50': 1, '100': 1}, '2': {'0': 2}, '3': {'100': 1}, '4': {'90': 2}, '5': {'100': 2}}}";

    @Test
    void lowestCompletionItemsAreTheThreeLowestPercentsTiesInSeriesOrder() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES, FIVE_ITEMS)
                .ok(OracleKey.PROGRESS_BINS, FIVE_BINS).derive();

        assertEquals(List.of("B", "D", "A"), fact(derivation, "lowest_completion_items"));
        assertEquals("Lowest completion items: B; D; A", body(derivation).text().split("\n")[9]);
    }

    @Test
    void lowestCompletionUsesTheProgressCompletionThreshold() {
        Derivation derivation = example(withThresholds(new SharedThresholds(SupportParameters.DEFAULTS, 50, 50)))
                .ok(OracleKey.SCOPE_RESOURCES, FIVE_ITEMS).ok(OracleKey.PROGRESS_BINS, FIVE_BINS).derive();

        assertEquals(List.of("B", "C", "A"), fact(derivation, "lowest_completion_items"));
    }

    @Test
    void fewerThanThreeItemsAreAllNamedAndUnlabelledItemsAreLeftOut() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES, scope(1, null, 2, "B", 3, " ", 4, "D"))
                .ok(OracleKey.PROGRESS_BINS, "{'total_students': 4, 'by_container_bins': {"
                        + "'1': {'0': 4}, '2': {'100': 1}, '3': {'0': 4}, '4': {'100': 3}}}").derive();

        assertEquals(List.of("B", "D"), fact(derivation, "lowest_completion_items"));
    }

    @Test
    void aScopeWithoutItemsHasNoLowestCompletionItems() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'C', 'items': []}")
                .derive();

        assertEquals(List.of(), fact(derivation, "lowest_completion_items"));
        assertEquals("Lowest completion items: none", body(derivation).text().split("\n")[9]);
    }

    @Test
    void lowestCompletionNeedsBinsAndScopeResources() {
        Derivation noBins = example().error(OracleKey.PROGRESS_BINS, "boom").derive();
        Derivation noScope = example().error(OracleKey.SCOPE_RESOURCES, "boom").derive();

        assertNull(fact(noBins, "lowest_completion_items"));
        assertNull(fact(noScope, "lowest_completion_items"));
        assertEquals("Lowest completion items: not available", body(noBins).text().split("\n")[9]);
        assertEquals(Arrays.asList("Entire Course", null), Arrays.asList(fact(noScope, "scope_label"),
                fact(noScope, "course_title")));
    }

    // ---- values that are not single-line ----

    @Test
    void lineBreaksInsideValuesReadAsSpacesInTheTextButStayInTheFacts() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES,
                "{'course_title': 'Garden\\r\\ning', 'scope_label': 'Unit\\t1\\u2028x', 'items': []}").derive();

        AiContextBody body = body(derivation);
        assertEquals("Garden\r\ning", body.facts().get("course_title"));
        assertEquals("Scope: Unit 1 x", body.text().split("\n")[0]);
        assertEquals("Course: Garden  ing", body.text().split("\n")[1]);
        assertEquals(10, body.text().split("\n", -1).length);
    }
}
