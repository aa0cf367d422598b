package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.projections.support.SupportParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code parameters.ai_context.max_chars} (200..100000, default 4000) and the thresholds borrowed from others. */
class AiContextParametersTest {
    private final AiContextProjection projection = new AiContextProjection();

    private JsonObject effective(String block) {
        return projection.effectiveParameters(TestJson.object(block));
    }

    private InvalidParameters refused(String block) {
        return assertThrows(InvalidParameters.class, () -> effective(block));
    }

    @Test
    void anEmptyBlockGivesTheDefault() {
        assertEquals(TestJson.object("{'max_chars': 4000}"), effective("{}"));
    }

    @Test
    void nullGivesTheDefault() {
        assertEquals(TestJson.object("{'max_chars': 4000}"), effective("{'max_chars': null}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 4000, 99_999, 100_000})
    void valuesInRangeAreKept(int maxChars) {
        assertEquals(JsonValue.of(maxChars), effective("{'max_chars': " + maxChars + "}").getOrNull("max_chars"));
    }

    @Test
    void aWholeDecimalCountsAsAnInteger() {
        assertEquals(TestJson.object("{'max_chars': 300}"), effective("{'max_chars': 300.0}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"199", "0", "-1", "100001", "4000.5", "'4000'", "true", "[4000]"})
    void otherValuesAreRefusedNamingTheField(String value) {
        InvalidParameters invalid = refused("{'max_chars': " + value + "}");

        assertEquals("max_chars", invalid.field());
        assertEquals(TestJson.parse(value), invalid.value());
    }

    @Test
    void outOfRangeMessageNamesTheRange() {
        assertEquals("max_chars must be between 200 and 100000", refused("{'max_chars': 100001}").getMessage());
    }

    @Test
    void unknownFieldsAreRefused() {
        InvalidParameters invalid = refused("{'max_chars': 300, 'min_chars': 10}");

        assertEquals("min_chars", invalid.field());
        assertEquals(JsonValue.of(10), invalid.value());
    }

    @Test
    void theAssemblerRejectsAnInvalidBlockWithItsFullPath() {
        Outcome<Snapshot> outcome = example().parameters("{'ai_context': {'max_chars': 150}}").assemble();

        assertFalse(outcome.isAccepted());
        Rejection rejection = outcome.rejection();
        assertEquals("invalid_parameters", rejection.reasonCode().code());
        assertEquals(JsonValue.of("parameters.ai_context.max_chars"), rejection.details().getOrNull("field"));
        assertEquals(JsonValue.of(150), rejection.details().getOrNull("value"));
    }

    @Test
    void theEffectiveBlockIsInTheSnapshotMetadata() {
        Snapshot snapshot = example().parameters("{'ai_context': {'max_chars': 1234}}").snapshot();

        assertEquals(TestJson.object("{'ai_context': {'max_chars': 1234}}"), snapshot.metadata().parameters());
    }

    @Test
    void maxCharsBoundsTheText() {
        AiContextBody body = body(example().parameters("{'ai_context': {'max_chars': 200}}").derive());

        assertTrue(body.truncated());
        assertEquals(String.join("\n", "Scope: Entire Course", "Course: Gardening Pretest", "Class size: 2",
                "Average class proficiency: 40%", "Average assessment score: 82.4%",
                "Average student progress: 53.5%"), body.text());
        assertEquals(155, body.text().length());
    }

    @Test
    void theFactsDoNotDependOnMaxChars() {
        AiContextBody small = body(example().parameters("{'ai_context': {'max_chars': 200}}").derive());
        AiContextBody large = body(example().derive());

        assertEquals(large.facts(), small.facts());
        assertEquals(large.parityFacts(), small.parityFacts());
    }

    // ---- the thresholds of the other capabilities ----

    @Test
    void sharedThresholdsDefaultToEachCapabilitysDefaults() {
        assertEquals(new SharedThresholds(SupportParameters.DEFAULTS, 100, 50), SharedThresholds.DEFAULTS);
        assertEquals(SharedThresholds.DEFAULTS, SharedThresholds.of(JsonObject.EMPTY, JsonObject.EMPTY,
                JsonObject.EMPTY));
    }

    @Test
    void sharedThresholdsReadTheEffectiveBlocks() {
        SharedThresholds thresholds = SharedThresholds.of(
                TestJson.object("{'inactivity_days': 3, 'struggling_progress_low_lt': 30,"
                        + " 'struggling_proficiency_lte': 35, 'excelling_progress_gte': 90,"
                        + " 'excelling_proficiency_gte': 95}"),
                TestJson.object("{'completion_threshold': 60}"),
                TestJson.object("{'completion_threshold_pct': 75}"));

        assertEquals(new SharedThresholds(new SupportParameters(3, 30, 35, 90, 95), 60, 75), thresholds);
    }

    @Test
    void theDefaultProjectionUsesTheDefaultThresholds() {
        AiContextBody defaults = body(example().derive());
        AiContextBody explicit = body(example(AiContextFixtures.withThresholds(SharedThresholds.DEFAULTS)).derive());

        assertEquals(explicit, defaults);
    }

    @Test
    void theDefaultProjectionReadsTheOtherCapabilitiesThresholdsFromTheSnapshot() {
        String parameters = "{'student_support': {'inactivity_days': 3, 'struggling_progress_low_lt': 30,"
                + " 'struggling_proficiency_lte': 35, 'excelling_progress_gte': 90, 'excelling_proficiency_gte': 95},"
                + " 'progress': {'completion_threshold': 60}, 'assessments': {'completion_threshold_pct': 75}}";
        SharedThresholds expected = new SharedThresholds(new SupportParameters(3, 30, 35, 90, 95), 60, 75);
        org.dashboard.snapshot.domain.projection.ProjectionCatalog catalog =
                org.dashboard.snapshot.domain.projection.ProjectionCatalog.of(java.util.List.of(
                        new AiContextProjection(), new org.dashboard.snapshot.projections.support.StudentSupportProjection(),
                        new org.dashboard.snapshot.projections.progress.ProgressProjection(),
                        new org.dashboard.snapshot.projections.assessments.AssessmentsProjection()));
        org.dashboard.snapshot.domain.projection.ProjectionCatalog explicit =
                org.dashboard.snapshot.domain.projection.ProjectionCatalog.of(java.util.List.of(
                        AiContextFixtures.withThresholds(expected),
                        new org.dashboard.snapshot.projections.support.StudentSupportProjection(),
                        new org.dashboard.snapshot.projections.progress.ProgressProjection(),
                        new org.dashboard.snapshot.projections.assessments.AssessmentsProjection()));

        AiContextBody fromSnapshot = body(withAllOracles(catalog).parameters(parameters).derive());
        AiContextBody fromThresholds = body(withAllOracles(explicit).parameters(parameters).derive());

        assertEquals(fromThresholds, fromSnapshot);
        org.junit.jupiter.api.Assertions.assertNotEquals(body(example().derive()), fromSnapshot);
    }

    private static org.dashboard.snapshot.domain.fixtures.SnapshotFixtures withAllOracles(
            org.dashboard.snapshot.domain.projection.ProjectionCatalog catalog) {
        return org.dashboard.snapshot.domain.fixtures.SnapshotFixtures.with(catalog)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.PROGRESS_PROFICIENCY, AiContextFixtures.PROGRESS)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.STUDENT_INFO, AiContextFixtures.STUDENTS)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.OBJECTIVES_PROFICIENCY, AiContextFixtures.OBJECTIVES)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.GRADES, AiContextFixtures.GRADES)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.SCOPE_RESOURCES, AiContextFixtures.SCOPE)
                .ok(org.dashboard.snapshot.domain.contract.OracleKey.PROGRESS_BINS, AiContextFixtures.BINS);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 9, 95, 110})
    void aCompletionThresholdOutsideTheProgressRuleIsRefused(int threshold) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new SharedThresholds(SupportParameters.DEFAULTS, threshold, 50));
        assertEquals("completion_threshold must be 10..100 in steps of 10, got " + threshold, thrown.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 101})
    void aCompletionThresholdPctOutside0To100IsRefused(long pct) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new SharedThresholds(SupportParameters.DEFAULTS, 100, pct));
        assertEquals("completion_threshold_pct must be 0..100, got " + pct, thrown.getMessage());
    }

    @Test
    void theBoundsOfTheSharedThresholdsAreAccepted() {
        assertEquals(10, new SharedThresholds(SupportParameters.DEFAULTS, 10, 0).completionThreshold());
        assertEquals(100, new SharedThresholds(SupportParameters.DEFAULTS, 100, 100).completionThresholdPct());
        assertThrows(NullPointerException.class, () -> new SharedThresholds(null, 100, 50));
    }
}
