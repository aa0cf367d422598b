package org.dashboard.snapshot.projections.summary;

import static org.dashboard.snapshot.projections.summary.SummaryFixtures.allReady;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.body;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.example;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.projections.summary.SummaryBody.Card;
import org.dashboard.snapshot.projections.summary.SummaryBody.Metrics;
import org.dashboard.snapshot.projections.summary.SummaryBody.Recommendation;
import org.dashboard.snapshot.projections.summary.SummaryBody.SummaryScope;
import org.junit.jupiter.api.Test;

class SummaryProjectionTest {
    private static final String PROFICIENCY = "average_class_proficiency";
    private static final String SCORE = "average_assessment_score";
    private static final String PROGRESS = "average_student_progress";

    private static Card proficiencyCard(SummaryBody body) {
        return body.cards().get(0);
    }

    private static Card scoreCard(SummaryBody body) {
        return body.cards().get(1);
    }

    private static Card progressCard(SummaryBody body) {
        return body.cards().get(2);
    }

    @Test
    void declaresOnlyOptionalOracles() {
        SummaryProjection projection = new SummaryProjection();

        assertEquals("summary", projection.capability().key());
        assertEquals(List.of(), projection.requiredOracles());
        assertEquals(List.of(OracleKey.SCOPE_RESOURCES, OracleKey.PROGRESS_BINS, OracleKey.PROGRESS_PROFICIENCY,
                OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.RECOMMENDATION),
                projection.optionalOracles());
    }

    @Test
    void takesNoParameters() {
        Outcome<Snapshot> outcome = example().parameters("{'summary': {'x': 1}}").assemble();

        assertEquals("invalid_parameters", outcome.rejection().reasonCode().code());
        assertEquals(TestJson.object("{'field': 'parameters.summary.x', 'value': 1}"),
                outcome.rejection().details());
        assertEquals(JsonObject.EMPTY, new SummaryProjection().effectiveParameters(JsonObject.EMPTY));
    }

    @Test
    void specExampleGivesTheDocumentedBody() {
        SummaryBody body = body(example());

        assertEquals(new SummaryBody(new SummaryScope("course", "Entire Course", "Gardening Pretest"),
                new Metrics(40.0, 82.4, 53.5), 2,
                List.of(new Card(PROFICIENCY, "Average Class Proficiency", 40.0, "40%", "ready"),
                        new Card(SCORE, "Average Assessment Score", 82.4, "82.4%", "ready"),
                        new Card(PROGRESS, "Average Student Progress", 53.5, "53.5%", "ready")),
                null, List.of("oracle_instructor_recommendation")), body);
    }

    @Test
    void parityFactsOfTheSpecExample() {
        assertEquals(List.of("summary|metric|average_class_proficiency=40",
                "summary|metric|average_assessment_score=82.4", "summary|metric|average_student_progress=53.5",
                "summary|total_students=2", "summary|scope|label=Entire Course",
                "summary|scope|course_title=Gardening Pretest"), body(example()).parityFacts());
    }

    @Test
    void parityFactsLeaveOutNullMetricsAndWriteAMissingTitleEmpty() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 0}]"));

        assertEquals(List.of("summary|metric|average_student_progress=0", "summary|total_students=1",
                "summary|scope|label=Entire Course", "summary|scope|course_title="), body.parityFacts());
    }

    // ---- scope ----

    @Test
    void scopeLabelComesFromTheScopeResources() {
        SummaryBody body = body(only(OracleKey.SCOPE_RESOURCES, "{'course_title': 'Bio', 'scope_label': 'Unit 3'}"));

        assertEquals(new SummaryScope("course", "Unit 3", "Bio"), body.scope());
    }

    @Test
    void blankOrMissingScopeLabelFallsBackToTheDefaultLabel() {
        assertEquals(new SummaryScope("course", "Entire Course", "Bio"),
                body(only(OracleKey.SCOPE_RESOURCES, "{'course_title': 'Bio', 'scope_label': '  '}")).scope());
        assertEquals(new SummaryScope("course", "Entire Course", null),
                body(only(OracleKey.SCOPE_RESOURCES, "{'scope_label': null}")).scope());
    }

    @Test
    void containerScopeHasItsSelectorAndDefaultLabel() {
        SummaryBody body = body(SnapshotFixtures.with(new SummaryProjection()).scope(Scope.container(77)));

        assertEquals(new SummaryScope("container:77", "Selected Scope", null), body.scope());
    }

    @Test
    void scopeItemsAreNotReadBySummary() {
        SummaryBody body = body(only(OracleKey.SCOPE_RESOURCES,
                "{'course_title': 'Bio', 'items': [{'resource_id': -1}]}"));

        assertEquals("Bio", body.scope().courseTitle());
        assertEquals(List.of("oracle_instructor_grades", "oracle_instructor_objectives_proficiency",
                "oracle_instructor_progress_bins", "oracle_instructor_progress_proficiency",
                "oracle_instructor_recommendation"), body.missingOptionalOracles());
    }

    @Test
    void unreadyScopeResourcesGiveTheDefaultLabelAndNoTitle() {
        SummaryBody body = body(example().error(OracleKey.SCOPE_RESOURCES, "boom"));

        assertEquals(new SummaryScope("course", "Entire Course", null), body.scope());
    }

    // ---- average student progress ----

    @Test
    void progressIsTheMeanOfNonNullProgress() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 10},"
                + " {'student_id': 2, 'progress_pct': null}, {'student_id': 3, 'progress_pct': 20},"
                + " {'student_id': 4}]"));

        assertEquals(15.0, body.metrics().averageStudentProgress());
        assertEquals(new Card(PROGRESS, "Average Student Progress", 15.0, "15%", "ready"), progressCard(body));
        assertEquals(4, body.totalStudents());
    }

    @Test
    void progressMeanOfThirdsIsRoundedOnce() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 10},"
                + " {'student_id': 2, 'progress_pct': 10}, {'student_id': 3, 'progress_pct': 11}]"));

        assertEquals(10.3, body.metrics().averageStudentProgress());
        assertEquals("10.3%", progressCard(body).text());
    }

    @Test
    void progressValuesAreNotRoundedBeforeAveraging() {
        // Rounded first: 10.1, 10.1, 10.0 -> 10.1. Unrounded: 30.14 / 3 = 10.0467 -> 10.0.
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 10.05},"
                + " {'student_id': 2, 'progress_pct': 10.05}, {'student_id': 3, 'progress_pct': 10.04}]"));

        assertEquals(10.0, body.metrics().averageStudentProgress());
        assertEquals("10%", progressCard(body).text());
    }

    @Test
    void progressRoundsHalfUpOnTheExactValue() {
        // 0.845 * 100 is exactly representable as 84.5 here; 84.45 as a double is 84.4500000000000028...
        assertEquals(84.5, body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 84.45}]")).metrics().averageStudentProgress());
        assertEquals(84.5, body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 84.4}, {'student_id': 2, 'progress_pct': 84.5}]"))
                .metrics().averageStudentProgress());
    }

    @Test
    void aDuplicatedStudentCountsOnceWithItsLastRow() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 10},"
                + " {'student_id': 2, 'progress_pct': 20}, {'student_id': 1, 'progress_pct': 90}]"));

        assertEquals(55.0, body.metrics().averageStudentProgress());
        assertEquals(2, body.totalStudents());
    }

    @Test
    void aDuplicatedStudentWhoseLastRowIsNullHasNoProgress() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 50}, {'student_id': 1, 'progress_pct': null}]"));

        assertNull(body.metrics().averageStudentProgress());
        assertEquals(new Card(PROGRESS, "Average Student Progress", null, "--", "no_data"), progressCard(body));
        assertEquals(1, body.totalStudents());
    }

    @Test
    void computedZeroProgressIsZeroPercent() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 0}, {'student_id': 2, 'progress_pct': 0.0}]"));

        assertEquals(new Card(PROGRESS, "Average Student Progress", 0.0, "0%", "ready"), progressCard(body));
    }

    @Test
    void noProgressRowsIsNoDataNotZero() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY, "[]"));

        assertEquals(new Card(PROGRESS, "Average Student Progress", null, "--", "no_data"), progressCard(body));
        assertNull(body.metrics().averageStudentProgress());
    }

    @Test
    void proficiencyPctIsNotReadBySummary() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 30, 'proficiency_pct': 45}]"));

        assertEquals(30.0, body.metrics().averageStudentProgress());
        assertFalse(body.missingOptionalOracles().contains("oracle_instructor_progress_proficiency"));
    }

    // ---- average assessment score ----

    @Test
    void scoreIsTheMeanOfNonNullMeans() {
        SummaryBody body = body(only(OracleKey.GRADES, "{'grades': [{'mean': 70}, {'mean': null}, {'mean': 80},"
                + " {'page_id': 4}]}"));

        assertEquals(new Card(SCORE, "Average Assessment Score", 75.0, "75%", "ready"), scoreCard(body));
        assertEquals(75.0, body.metrics().averageAssessmentScore());
    }

    @Test
    void scoreOfWholeNumberIsWrittenWithoutDecimals() {
        assertEquals("70%", scoreCard(body(only(OracleKey.GRADES, "{'grades': [{'mean': 70}]}"))).text());
        assertEquals("70.1%", scoreCard(body(only(OracleKey.GRADES, "{'grades': [{'mean': 70.06}]}"))).text());
    }

    @Test
    void scoreOfThirdsIsRoundedOnce() {
        SummaryBody body = body(only(OracleKey.GRADES, "{'grades': [{'mean': 70}, {'mean': 70}, {'mean': 71}]}"));

        assertEquals(70.3, body.metrics().averageAssessmentScore());
    }

    @Test
    void noGradeRowsIsNotApplicable() {
        assertEquals(new Card(SCORE, "Average Assessment Score", null, "--", "not_applicable"),
                scoreCard(body(only(OracleKey.GRADES, "{'grades': []}"))));
        assertEquals(new Card(SCORE, "Average Assessment Score", null, "--", "not_applicable"),
                scoreCard(body(only(OracleKey.GRADES, "{}"))));
    }

    @Test
    void gradeRowsWithoutMeansAreNoData() {
        SummaryBody body = body(only(OracleKey.GRADES, "{'grades': [{'mean': null, 'total_students': 3}]}"));

        assertEquals(new Card(SCORE, "Average Assessment Score", null, "--", "no_data"), scoreCard(body));
        assertEquals(3, body.totalStudents());
    }

    @Test
    void computedZeroScoreIsZeroPercent() {
        assertEquals(new Card(SCORE, "Average Assessment Score", 0.0, "0%", "ready"),
                scoreCard(body(only(OracleKey.GRADES, "{'grades': [{'mean': 0}]}"))));
    }

    // ---- average class proficiency ----

    @Test
    void numericProficiencyIsTimes100() {
        SummaryBody body = body(only(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'numeric_proficiency': 0.845}]}"));

        assertEquals(new Card(PROFICIENCY, "Average Class Proficiency", 84.5, "84.5%", "ready"),
                proficiencyCard(body));
    }

    @Test
    void numericProficiencyWinsOverTheDistribution() {
        SummaryBody body = body(only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': [{'numeric_proficiency':"
                + " 0.9, 'proficiency_distribution': {'Low': 10}}]}"));

        assertEquals(90.0, body.metrics().averageClassProficiency());
    }

    @Test
    void distributionIsWeightedLow20Medium60High100() {
        assertEquals(20.0, proficiency("{'Low': 1}"));
        assertEquals(60.0, proficiency("{'Medium': 4}"));
        assertEquals(100.0, proficiency("{'High': 2}"));
        assertEquals(46.7, proficiency("{'Low': 2, 'High': 1}"));
        assertEquals(40.0, proficiency("{'Low': 1, 'Medium': 1}"));
        assertEquals(60.0, proficiency("{'Low': 1, 'Medium': 1, 'High': 1}"));
    }

    @Test
    void distributionLabelsMatchCaseInsensitivelyAfterTrimming() {
        assertEquals(60.0, proficiency("{' low ': 1, 'HIGH': 1}"));
        assertEquals(60.0, proficiency("{'Low': 1, 'low': 1, 'High': 2}"));
        assertEquals(60.0, proficiency("{'mEdIuM\\t': 1}"));
    }

    @Test
    void notEnoughDataAndUnknownLabelsAreIgnoredAndNotRead() {
        assertEquals(100.0, proficiency("{'Not enough data': 5, 'High': 1}"));
        assertEquals(20.0, proficiency("{'Excellent': 3, 'Low': 1}"));
        assertEquals(20.0, proficiency("{'Not enough data': -1, 'Low': 1}"));
    }

    @Test
    void rowsWithoutCountsAreSkipped() {
        SummaryBody body = body(only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': ["
                + "{'proficiency_distribution': {'Low': 0, 'Medium': 0, 'High': 0, 'Not enough data': 4}},"
                + "{'proficiency_distribution': {}}, {'numeric_proficiency': null},"
                + " {'proficiency_distribution': {'High': 1}}]}"));

        assertEquals(100.0, body.metrics().averageClassProficiency());
    }

    @Test
    void meanOverRowsMixesNumericAndDistributionRows() {
        SummaryBody body = body(only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': ["
                + "{'numeric_proficiency': 0.5}, {'proficiency_distribution': {'Low': 1}},"
                + " {'numeric_proficiency': 0.1, 'proficiency_distribution': {'High': 1}}]}"));

        // (50 + 20 + 10) / 3 = 26.67
        assertEquals(26.7, body.metrics().averageClassProficiency());
    }

    @Test
    void onlyRowsWithoutInputsAreNoData() {
        SummaryBody body = body(only(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'proficiency_distribution': {'Not enough data': 3}}]}"));

        assertEquals(new Card(PROFICIENCY, "Average Class Proficiency", null, "--", "no_data"),
                proficiencyCard(body));
    }

    @Test
    void noObjectiveRowsIsNotApplicable() {
        assertEquals(new Card(PROFICIENCY, "Average Class Proficiency", null, "--", "not_applicable"),
                proficiencyCard(body(only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': []}"))));
        assertEquals(new Card(PROFICIENCY, "Average Class Proficiency", null, "--", "not_applicable"),
                proficiencyCard(body(only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_resources': []}"))));
    }

    @Test
    void computedZeroProficiencyIsZeroPercent() {
        assertEquals(new Card(PROFICIENCY, "Average Class Proficiency", 0.0, "0%", "ready"), proficiencyCard(body(
                only(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': [{'numeric_proficiency': 0}]}"))));
    }

    private static Double proficiency(String distribution) {
        return body(only(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'proficiency_distribution': " + distribution + "}]}"))
                .metrics().averageClassProficiency();
    }

    // ---- total students ----

    @Test
    void totalStudentsIsTheLargestOfTheThreeSources() {
        String progress = "[{'student_id': 1}, {'student_id': 2}, {'student_id': 3}]";
        String bins5 = "{'total_students': 5}";
        String grades = "{'grades': [{'mean': 1, 'total_students': 7}, {'mean': 1, 'total_students': 4},"
                + " {'mean': 1, 'total_students': null}]}";
        SnapshotFixtures all = SnapshotFixtures.with(new SummaryProjection())
                .ok(OracleKey.PROGRESS_PROFICIENCY, progress).ok(OracleKey.PROGRESS_BINS, bins5);

        assertEquals(5, body(all).totalStudents());
        assertEquals(7, body(all.ok(OracleKey.GRADES, grades)).totalStudents());
        assertEquals(3, body(only(OracleKey.PROGRESS_PROFICIENCY, progress)
                .ok(OracleKey.PROGRESS_BINS, "{'total_students': 2}")).totalStudents());
        assertEquals(9, body(only(OracleKey.PROGRESS_BINS, "{'total_students': 9}")).totalStudents());
    }

    @Test
    void totalStudentsIsZeroWhenNothingTells() {
        assertEquals(0, body(SnapshotFixtures.with(new SummaryProjection())).totalStudents());
        assertEquals(0, body(only(OracleKey.GRADES, "{'grades': [{'mean': 50}]}")).totalStudents());
    }

    @Test
    void binsAreReadOnlyForTheClassSize() {
        SummaryBody body = body(only(OracleKey.PROGRESS_BINS,
                "{'bin_size': 3, 'total_students': 4, 'by_container_bins': {'x': -1}}"));

        assertEquals(4, body.totalStudents());
        assertFalse(body.missingOptionalOracles().contains("oracle_instructor_progress_bins"));
    }

    // ---- cards: unavailable never becomes zero ----

    @Test
    void everyCardIsUnavailableWithoutOracles() {
        SummaryBody body = body(SnapshotFixtures.with(new SummaryProjection()));

        assertEquals(List.of(new Card(PROFICIENCY, "Average Class Proficiency", null, "--", "unavailable"),
                new Card(SCORE, "Average Assessment Score", null, "--", "unavailable"),
                new Card(PROGRESS, "Average Student Progress", null, "--", "unavailable")), body.cards());
        assertEquals(new Metrics(null, null, null), body.metrics());
        assertNull(body.recommendation());
    }

    @Test
    void failedOraclesMakeTheirCardsUnavailable() {
        SummaryBody body = body(allReady().error(OracleKey.GRADES, "boom")
                .error(OracleKey.OBJECTIVES_PROFICIENCY, "timeout").error(OracleKey.PROGRESS_PROFICIENCY, "x"));

        assertEquals(List.of("unavailable", "unavailable", "unavailable"),
                body.cards().stream().map(Card::state).toList());
        assertEquals(List.of("--", "--", "--"), body.cards().stream().map(Card::text).toList());
        assertEquals(new Metrics(null, null, null), body.metrics());
        assertEquals(2, body.totalStudents());
    }

    @Test
    void invalidPayloadsMakeTheirCardsUnavailable() {
        SummaryBody body = body(allReady()
                .ok(OracleKey.GRADES, "{'grades': [{'mean': 101}]}")
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': [{'numeric_proficiency': 84.5}]}")
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': -1}]"));

        assertEquals(List.of("unavailable", "unavailable", "unavailable"),
                body.cards().stream().map(Card::state).toList());
        assertEquals(List.of("oracle_instructor_grades", "oracle_instructor_objectives_proficiency",
                "oracle_instructor_progress_proficiency"), body.missingOptionalOracles());
    }

    @Test
    void anInvalidRowDiscardsTheWholeOracleNotJustTheRow() {
        SummaryBody body = body(only(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 50}, {'student_id': 2, 'progress_pct': 150}]"));

        assertNull(body.metrics().averageStudentProgress());
        assertEquals(0, body.totalStudents());
    }

    // ---- recommendation ----

    @Test
    void absentRecommendationIsNull() {
        assertNull(body(example()).recommendation());
    }

    @Test
    void failedRecommendationIsUnavailable() {
        SummaryBody body = body(example().error(OracleKey.RECOMMENDATION, "boom"));

        assertEquals(new Recommendation("unavailable", null, null), body.recommendation());
        assertEquals(List.of("oracle_instructor_recommendation"), body.missingOptionalOracles());
    }

    @Test
    void nullRecommendationPayloadIsUnavailableButTheOracleIsReady() {
        SummaryBody body = body(example().ok(OracleKey.RECOMMENDATION, "null"));

        assertEquals(new Recommendation("unavailable", null, null), body.recommendation());
        assertEquals(List.of(), body.missingOptionalOracles());
    }

    @Test
    void invalidRecommendationPayloadIsUnavailable() {
        SummaryBody body = body(example().ok(OracleKey.RECOMMENDATION, "{'status': 3, 'body': 'x'}"));

        assertEquals(new Recommendation("unavailable", null, null), body.recommendation());
        assertEquals(List.of("oracle_instructor_recommendation"), body.missingOptionalOracles());
    }

    @Test
    void readyRecommendationIsMapped() {
        assertEquals(new Recommendation("ready", "9", "Review module 2."), body(allReady()).recommendation());
    }

    @Test
    void allReadyHasNoMissingOracles() {
        assertEquals(List.of(), body(allReady()).missingOptionalOracles());
    }
}
