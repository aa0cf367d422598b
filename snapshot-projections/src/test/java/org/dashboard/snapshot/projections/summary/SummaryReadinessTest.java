package org.dashboard.snapshot.projections.summary;

import static org.dashboard.snapshot.projections.summary.SummaryFixtures.allReady;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.body;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.junit.jupiter.api.Test;

/**
 * Every readiness state the summary can reach, through the engine. With no required oracle it is never
 * unavailable or failed: a missing, failed or invalid optional oracle makes it partial.
 */
class SummaryReadinessTest {

    private static void assertPartial(Derivation derivation, List<OracleKey> oracles) {
        assertEquals("partial", derivation.status().state().wire());
        assertEquals("dependency_unavailable", derivation.status().reasonCode().get().code());
        assertEquals(oracles, derivation.status().details().get().oracles());
        assertTrue(derivation.projection().isPresent());
    }

    @Test
    void everyOptionalOracleReadyIsReady() {
        Derivation derivation = allReady().derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        assertEquals(List.of(), body(derivation).missingOptionalOracles());
    }

    @Test
    void absentRecommendationIsPartial() {
        Derivation derivation = example().derive();

        assertPartial(derivation, List.of(OracleKey.RECOMMENDATION));
        assertEquals(List.of("oracle_instructor_recommendation"), body(derivation).missingOptionalOracles());
    }

    @Test
    void noOracleAtAllIsStillPublishedAsPartial() {
        Derivation derivation = SnapshotFixtures.with(new SummaryProjection()).derive();

        List<OracleKey> all = List.of(OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.PROGRESS_BINS,
                OracleKey.PROGRESS_PROFICIENCY, OracleKey.RECOMMENDATION, OracleKey.SCOPE_RESOURCES);
        assertPartial(derivation, all);
        assertEquals(all.stream().map(OracleKey::value).toList(), body(derivation).missingOptionalOracles());
    }

    @Test
    void missingOraclesAreListedSortedByKey() {
        Derivation derivation = allReady().error(OracleKey.SCOPE_RESOURCES, "boom")
                .error(OracleKey.GRADES, "timeout").derive();

        assertPartial(derivation, List.of(OracleKey.GRADES, OracleKey.SCOPE_RESOURCES));
        assertEquals(List.of("oracle_instructor_grades", "oracle_instructor_scope_resources"),
                body(derivation).missingOptionalOracles());
    }

    @Test
    void invalidBinsTotalIsPartialWithPathAndValue() {
        Derivation derivation = allReady().ok(OracleKey.PROGRESS_BINS, "{'total_students': -1}").derive();

        assertPartial(derivation, List.of(OracleKey.PROGRESS_BINS));
        StatusDetails details = derivation.status().details().get();
        assertEquals("oracles.oracle_instructor_progress_bins.total_students", details.path().get());
        assertEquals(TestJson.parse("-1"), details.value().get());
        assertEquals(List.of("oracle_instructor_progress_bins"), body(derivation).missingOptionalOracles());
        assertEquals(2, body(derivation).totalStudents());
    }

    @Test
    void invalidProgressRowIsPartialWithPathAndValue() {
        Derivation derivation = allReady().ok(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 50}, {'student_id': 2, 'progress_pct': 120}]").derive();

        assertPartial(derivation, List.of(OracleKey.PROGRESS_PROFICIENCY));
        assertEquals("oracles.oracle_instructor_progress_proficiency[1].progress_pct",
                derivation.status().details().get().path().get());
        assertEquals(TestJson.parse("120"), derivation.status().details().get().value().get());
    }

    @Test
    void invalidStudentIdIsReported() {
        Derivation derivation = allReady().ok(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 0}]").derive();

        assertEquals("oracles.oracle_instructor_progress_proficiency[0].student_id",
                derivation.status().details().get().path().get());
    }

    @Test
    void progressPayloadMustBeAList() {
        Derivation derivation = allReady().ok(OracleKey.PROGRESS_PROFICIENCY, "{'rows': []}").derive();

        assertEquals("oracles.oracle_instructor_progress_proficiency",
                derivation.status().details().get().path().get());
    }

    @Test
    void invalidGradeMeanIsReported() {
        Derivation derivation = allReady().ok(OracleKey.GRADES, "{'grades': [{'mean': 100.5}]}").derive();

        assertPartial(derivation, List.of(OracleKey.GRADES));
        assertEquals("oracles.oracle_instructor_grades.grades[0].mean",
                derivation.status().details().get().path().get());
        assertEquals(TestJson.parse("100.5"), derivation.status().details().get().value().get());
    }

    @Test
    void invalidGradeTotalIsReported() {
        Derivation derivation = allReady().ok(OracleKey.GRADES, "{'grades': [{'mean': 50, 'total_students': 1.5}]}")
                .derive();

        assertEquals("oracles.oracle_instructor_grades.grades[0].total_students",
                derivation.status().details().get().path().get());
    }

    @Test
    void gradeFieldsTheSummaryDoesNotReadAreNotValidated() {
        Derivation derivation = allReady().ok(OracleKey.GRADES,
                "{'grades': [{'mean': 50, 'minimum': 500, 'page_id': -3, 'histogram': 'x'}]}").derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
    }

    @Test
    void invalidNumericProficiencyIsReported() {
        Derivation derivation = allReady().ok(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'numeric_proficiency': 84.5}]}").derive();

        assertPartial(derivation, List.of(OracleKey.OBJECTIVES_PROFICIENCY));
        assertEquals("oracles.oracle_instructor_objectives_proficiency.objective_rows[0].numeric_proficiency",
                derivation.status().details().get().path().get());
        assertEquals(TestJson.parse("84.5"), derivation.status().details().get().value().get());
    }

    @Test
    void invalidDistributionCountIsReported() {
        Derivation derivation = allReady().ok(OracleKey.OBJECTIVES_PROFICIENCY,
                "{'objective_rows': [{'proficiency_distribution': {' High': -2}}]}").derive();

        assertEquals("oracles.oracle_instructor_objectives_proficiency.objective_rows[0]"
                + ".proficiency_distribution. High",
                derivation.status().details().get().path().get());
        assertEquals(TestJson.parse("-2"), derivation.status().details().get().value().get());
    }

    @Test
    void invalidScopeLabelIsReported() {
        Derivation derivation = allReady().ok(OracleKey.SCOPE_RESOURCES, "{'scope_label': 4}").derive();

        assertPartial(derivation, List.of(OracleKey.SCOPE_RESOURCES));
        assertEquals("oracles.oracle_instructor_scope_resources.scope_label",
                derivation.status().details().get().path().get());
        assertEquals("Entire Course", body(derivation).scope().label());
    }

    @Test
    void nullPayloadOfAnObjectOracleIsInvalid() {
        Derivation derivation = allReady().ok(OracleKey.GRADES, "null").derive();

        assertPartial(derivation, List.of(OracleKey.GRADES));
        assertEquals("oracles.oracle_instructor_grades", derivation.status().details().get().path().get());
    }

    @Test
    void theFirstInvalidOracleNamesThePathAndAllUnreadyOraclesAreListed() {
        Derivation derivation = allReady().ok(OracleKey.PROGRESS_BINS, "{'total_students': -1}")
                .error(OracleKey.GRADES, "boom").derive();

        assertPartial(derivation, List.of(OracleKey.GRADES, OracleKey.PROGRESS_BINS));
        assertEquals("oracles.oracle_instructor_progress_bins.total_students",
                derivation.status().details().get().path().get());
    }
}
