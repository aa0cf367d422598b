package org.dashboard.snapshot.projections.progress;

import static org.dashboard.snapshot.projections.progress.ProgressFixtures.bins;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.container;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.fixtures;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressParametersTest {
    private final ProgressProjection projection = new ProgressProjection();

    private JsonObject effective(String block) {
        return projection.effectiveParameters(TestJson.object(block));
    }

    @Test
    void defaultIs100() {
        assertEquals(TestJson.object("{'completion_threshold': 100}"), effective("{}"));
        assertEquals(TestJson.object("{'completion_threshold': 100}"), effective("{'completion_threshold': null}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100})
    void everyMultipleOfTenFrom10To100IsAccepted(int threshold) {
        assertEquals(TestJson.object("{'completion_threshold': " + threshold + "}"),
                effective("{'completion_threshold': " + threshold + "}"));
    }

    @Test
    void aWholeNumberWrittenWithAFractionIsAnInteger() {
        assertEquals(TestJson.object("{'completion_threshold': 50}"), effective("{'completion_threshold': 50.0}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "105", "55", "50.5", "0", "-10", "110", "'50'", "true", "[]"})
    void otherValuesAreInvalidParameters(String value) {
        InvalidParameters invalid = assertThrows(InvalidParameters.class,
                () -> effective("{'completion_threshold': " + value + "}"));

        assertEquals("completion_threshold", invalid.field());
        assertEquals(TestJson.parse(value), invalid.value());
    }

    @Test
    void notAMultipleOfTenSaysSo() {
        InvalidParameters invalid = assertThrows(InvalidParameters.class,
                () -> effective("{'completion_threshold': 55}"));

        assertEquals("completion_threshold must be a multiple of 10", invalid.getMessage());
    }

    @Test
    void unknownParameterIsInvalid() {
        InvalidParameters invalid = assertThrows(InvalidParameters.class, () -> effective("{'threshold': 50}"));

        assertEquals("threshold", invalid.field());
    }

    @Test
    void theAssemblerRejectsAnInvalidThresholdNamingTheFullField() {
        Outcome<Snapshot> outcome = fixtures(bins(1, "{}"), scope(container(1, "A")))
                .parameters("{'progress': {'completion_threshold': 55}}").assemble();

        assertFalse(outcome.isAccepted());
        Rejection rejection = outcome.rejection();
        assertEquals("invalid_parameters", rejection.reasonCode().code());
        assertEquals(TestJson.object("{'field': 'parameters.progress.completion_threshold', 'value': 55}"),
                rejection.details());
    }

    @Test
    void theEffectiveThresholdIsRecordedInTheSnapshotMetadata() {
        Snapshot snapshot = fixtures(bins(1, "{}"), scope(container(1, "A")))
                .parameters("{'progress': {'completion_threshold': 40}}").snapshot();

        assertEquals(TestJson.object("{'completion_threshold': 40}"),
                snapshot.metadata().parametersOf(ProgressProjection.CAPABILITY));
    }
}
