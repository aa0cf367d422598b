package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.example;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every readiness state of ai_context through the engine: ready; partial for each optional oracle absent, failed or
 * invalid (with the JSON path and value); unavailable without progress_proficiency; failed when it failed or is
 * invalid, or when the derivation throws.
 */
class AiContextReadinessTest {
    private static final List<OracleKey> OPTIONAL = List.of(OracleKey.STUDENT_INFO,
            OracleKey.OBJECTIVES_PROFICIENCY, OracleKey.GRADES, OracleKey.SCOPE_RESOURCES, OracleKey.PROGRESS_BINS);

    /** The facts each optional oracle feeds (all null when it is not ready). */
    private static List<String> factsOf(OracleKey key) {
        if (key.equals(OracleKey.STUDENT_INFO)) {
            return List.of("support_struggling", "support_on_track", "support_excelling",
                    "support_not_enough_information");
        }
        if (key.equals(OracleKey.OBJECTIVES_PROFICIENCY)) {
            return List.of("average_class_proficiency", "challenging_objectives");
        }
        if (key.equals(OracleKey.GRADES)) {
            return List.of("average_assessment_score", "assessments_needing_attention");
        }
        if (key.equals(OracleKey.SCOPE_RESOURCES)) {
            return List.of("course_title", "assessments_needing_attention", "lowest_completion_items");
        }
        return List.of("lowest_completion_items");
    }

    private static SnapshotFixtures without(OracleKey absent) {
        SnapshotFixtures fixtures = SnapshotFixtures.with(new AiContextProjection());
        if (!absent.equals(OracleKey.PROGRESS_PROFICIENCY)) {
            fixtures.ok(OracleKey.PROGRESS_PROFICIENCY, AiContextFixtures.PROGRESS);
        }
        if (!absent.equals(OracleKey.STUDENT_INFO)) {
            fixtures.ok(OracleKey.STUDENT_INFO, AiContextFixtures.STUDENTS);
        }
        if (!absent.equals(OracleKey.OBJECTIVES_PROFICIENCY)) {
            fixtures.ok(OracleKey.OBJECTIVES_PROFICIENCY, AiContextFixtures.OBJECTIVES);
        }
        if (!absent.equals(OracleKey.GRADES)) {
            fixtures.ok(OracleKey.GRADES, AiContextFixtures.GRADES);
        }
        if (!absent.equals(OracleKey.SCOPE_RESOURCES)) {
            fixtures.ok(OracleKey.SCOPE_RESOURCES, AiContextFixtures.SCOPE);
        }
        if (!absent.equals(OracleKey.PROGRESS_BINS)) {
            fixtures.ok(OracleKey.PROGRESS_BINS, AiContextFixtures.BINS);
        }
        return fixtures;
    }

    private static void assertPartial(Derivation derivation, List<OracleKey> oracles) {
        assertEquals("partial", derivation.status().state().wire());
        assertEquals("dependency_unavailable", derivation.status().reasonCode().orElseThrow().code());
        assertEquals(oracles, derivation.status().details().orElseThrow().oracles());
        assertTrue(derivation.projection().isPresent());
        assertTrue(derivation.fingerprint().isPresent());
    }

    private static void assertFactsNull(Derivation derivation, OracleKey key) {
        for (String fact : factsOf(key)) {
            assertNull(fact(derivation, fact), fact);
        }
    }

    private static void assertNotPublished(Derivation derivation, String state, String reason) {
        assertEquals(state, derivation.status().state().wire());
        assertEquals(reason, derivation.status().reasonCode().orElseThrow().code());
        assertEquals(Optional.empty(), derivation.projection());
        assertEquals(Optional.empty(), derivation.fingerprint());
    }

    @Test
    void everyOracleReadyIsReady() {
        Derivation derivation = example().derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        assertTrue(derivation.projection().isPresent());
        assertEquals("ai_context", derivation.projection().orElseThrow().capability().key());
    }

    @Test
    void declaresItsOracles() {
        AiContextProjection projection = new AiContextProjection();

        assertEquals("ai_context", projection.capability().key());
        assertEquals(List.of(OracleKey.PROGRESS_PROFICIENCY), projection.requiredOracles());
        assertEquals(OPTIONAL, projection.optionalOracles());
    }

    @Test
    void onlyTheRequiredOracleIsPartialNamingEveryOptionalOracle() {
        Derivation derivation = AiContextFixtures.progressOnly(AiContextFixtures.PROGRESS).derive();

        assertPartial(derivation, List.of(OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY,
                OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES, OracleKey.STUDENT_INFO));
        assertEquals(String.join("\n", "Scope: Entire Course", "Course: not available", "Class size: 2",
                "Average class proficiency: not available", "Average assessment score: not available",
                "Average student progress: 53.5%", "Support: not available",
                "Challenging objectives: not available", "Assessments needing attention: not available",
                "Lowest completion items: not available"), body(derivation).text());
    }

    static Stream<OracleKey> optionalOracles() {
        return OPTIONAL.stream();
    }

    @ParameterizedTest
    @MethodSource("optionalOracles")
    void anAbsentOptionalOracleIsPartial(OracleKey key) {
        Derivation derivation = without(key).derive();

        assertPartial(derivation, List.of(key));
        assertEquals(Optional.empty(), derivation.status().details().orElseThrow().path());
        assertFactsNull(derivation, key);
    }

    @ParameterizedTest
    @MethodSource("optionalOracles")
    void aFailedOptionalOracleIsPartial(OracleKey key) {
        Derivation derivation = example().error(key, "timeout").derive();

        assertPartial(derivation, List.of(key));
        assertEquals(Optional.empty(), derivation.status().details().orElseThrow().path());
        assertFactsNull(derivation, key);
    }

    static Stream<Arguments> invalidOptionalPayloads() {
        return Stream.of(
                Arguments.of(OracleKey.STUDENT_INFO, "[{'student_id': 1}, {'student_id': 0}]",
                        "oracles.oracle_instructor_student_info[1].student_id", "0"),
                Arguments.of(OracleKey.STUDENT_INFO, "{'students': []}",
                        "oracles.oracle_instructor_student_info", "{'students': []}"),
                Arguments.of(OracleKey.OBJECTIVES_PROFICIENCY,
                        "{'objective_rows': [{'objective_id': 1, 'numeric_proficiency': 84.5}]}",
                        "oracles.oracle_instructor_objectives_proficiency.objective_rows[0].numeric_proficiency",
                        "84.5"),
                Arguments.of(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': [{'objective_id': 1, "
                                + "'proficiency_distribution': {'Low': 1}}], 'objective_resources': "
                                + "[{'resource_id': 1, 'children': ['x']}]}",
                        "oracles.oracle_instructor_objectives_proficiency.objective_resources[0].children[0]", "'x'"),
                Arguments.of(OracleKey.GRADES, "{'grades': [{'page_id': 11, 'mean': 100.5,"
                                + " 'completed_count': 1, 'total_students': 2}]}",
                        "oracles.oracle_instructor_grades.grades[0].mean", "100.5"),
                Arguments.of(OracleKey.GRADES, "{'grades': [{'page_id': 11, 'mean': 50,"
                                + " 'completed_count': -1, 'total_students': 2}]}",
                        "oracles.oracle_instructor_grades.grades[0].completed_count", "-1"),
                Arguments.of(OracleKey.SCOPE_RESOURCES, "{'course_title': 'G', 'items': [{'resource_id': 'x'}]}",
                        "oracles.oracle_instructor_scope_resources.items[0].resource_id", "'x'"),
                Arguments.of(OracleKey.SCOPE_RESOURCES, "{'scope_label': 4}",
                        "oracles.oracle_instructor_scope_resources.scope_label", "4"),
                Arguments.of(OracleKey.PROGRESS_BINS, "{'total_students': 2, 'by_container_bins': {'101': {'15': 1}}}",
                        "oracles.oracle_instructor_progress_bins.by_container_bins.101.15", "'15'"),
                Arguments.of(OracleKey.PROGRESS_BINS, "{'total_students': -2}",
                        "oracles.oracle_instructor_progress_bins.total_students", "-2"));
    }

    @ParameterizedTest
    @MethodSource("invalidOptionalPayloads")
    void anInvalidOptionalPayloadIsPartialWithPathAndValue(OracleKey key, String payload, String path, String value) {
        Derivation derivation = example().ok(key, payload).derive();

        assertPartial(derivation, List.of(key));
        StatusDetails details = derivation.status().details().orElseThrow();
        assertEquals(Optional.of(path), details.path());
        assertEquals(Optional.of(TestJson.parse(value)), details.value());
        assertFactsNull(derivation, key);
    }

    @Test
    void anInvalidScopeLeavesTheDefaultScopeLabel() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES,
                "{'scope_label': 'Unit 9', 'items': [{'resource_id': -1}]}").derive();

        assertEquals("Entire Course", fact(derivation, "scope_label"));
        assertEquals(2L, fact(derivation, "class_size"));
    }

    @Test
    void severalUnreadyOptionalOraclesAreSortedAndTheFirstInvalidOneNamesThePath() {
        Derivation derivation = example().error(OracleKey.STUDENT_INFO, "boom")
                .ok(OracleKey.PROGRESS_BINS, "{'total_students': 'two'}")
                .ok(OracleKey.GRADES, "{'grades': [{'page_id': 0}]}").derive();

        assertPartial(derivation, List.of(OracleKey.GRADES, OracleKey.PROGRESS_BINS, OracleKey.STUDENT_INFO));
        StatusDetails details = derivation.status().details().orElseThrow();
        assertEquals(Optional.of("oracles.oracle_instructor_progress_bins.total_students"), details.path());
        assertEquals(Optional.of(TestJson.parse("'two'")), details.value());
    }

    @Test
    void anAbsentProgressProficiencyIsUnavailable() {
        Derivation derivation = without(OracleKey.PROGRESS_PROFICIENCY).derive();

        assertNotPublished(derivation, "unavailable", "missing_oracle_payload");
        assertEquals(List.of(OracleKey.PROGRESS_PROFICIENCY), derivation.status().details().orElseThrow().oracles());
    }

    @Test
    void unavailableWinsOverAnInvalidOptionalPayload() {
        Derivation derivation = SnapshotFixtures.with(new AiContextProjection())
                .ok(OracleKey.GRADES, "{'grades': 5}").derive();

        assertNotPublished(derivation, "unavailable", "missing_oracle_payload");
    }

    @Test
    void aFailedProgressProficiencyFailsTheCapability() {
        Derivation derivation = example().error(OracleKey.PROGRESS_PROFICIENCY, "boom").derive();

        assertNotPublished(derivation, "failed", "required_oracle_failed");
        assertEquals(List.of(OracleKey.PROGRESS_PROFICIENCY), derivation.status().details().orElseThrow().oracles());
    }

    @Test
    void aTimedOutProgressProficiencyIsProjectionTimeout() {
        Derivation derivation = example().error(OracleKey.PROGRESS_PROFICIENCY, "timeout").derive();

        assertNotPublished(derivation, "failed", "projection_timeout");
    }

    @Test
    void anInvalidProgressProficiencyIsInvalidProjectionDataWithPathAndValue() {
        Derivation derivation = example().ok(OracleKey.PROGRESS_PROFICIENCY,
                "[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 0.5},"
                        + " {'student_id': 2, 'progress_pct': 50, 'proficiency_pct': 35}]").derive();

        assertNotPublished(derivation, "failed", "invalid_projection_data");
        StatusDetails details = derivation.status().details().orElseThrow();
        assertEquals(List.of(OracleKey.PROGRESS_PROFICIENCY), details.oracles());
        assertEquals(Optional.of("oracles.oracle_instructor_progress_proficiency[1].proficiency_pct"),
                details.path());
        assertEquals(Optional.of(TestJson.parse("35")), details.value());
    }

    @Test
    void anInvalidRequiredPayloadWinsOverAnInvalidOptionalOne() {
        Derivation derivation = example().ok(OracleKey.SCOPE_RESOURCES, "[]")
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[{'student_id': 1, 'progress_pct': 101}]").derive();

        assertNotPublished(derivation, "failed", "invalid_projection_data");
        assertEquals(Optional.of("oracles.oracle_instructor_progress_proficiency[0].progress_pct"),
                derivation.status().details().orElseThrow().path());
    }

    @Test
    void aThrowingDerivationIsProjectionDerivationFailed() {
        AiContextProjection broken = new AiContextProjection(input -> {
            throw new IllegalStateException("no thresholds");
        });
        Derivation derivation = example(broken).derive();

        assertNotPublished(derivation, "failed", "projection_derivation_failed");
        assertEquals(Optional.of("java.lang.IllegalStateException: no thresholds"),
                derivation.status().details().orElseThrow().error());
    }

    @Test
    void aThresholdsFunctionReturningNullIsAContainedFailure() {
        Derivation derivation = example(new AiContextProjection(input -> null)).derive();

        assertNotPublished(derivation, "failed", "projection_derivation_failed");
        assertEquals(Optional.of("java.lang.NullPointerException: thresholds"),
                derivation.status().details().orElseThrow().error());
    }
}
