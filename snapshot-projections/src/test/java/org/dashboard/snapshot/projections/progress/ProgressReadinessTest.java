package org.dashboard.snapshot.projections.progress;

import static org.dashboard.snapshot.projections.progress.ProgressFixtures.bins;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.container;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.fixtures;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every readiness state of the progress capability, through the engine. */
class ProgressReadinessTest {
    private static final String SCOPE = scope(container(101, "Unit 1"));
    private static final String BINS = bins(2, "{'101': {'100': 1}}");

    private static void assertStatus(Derivation derivation, String state, String reason, List<OracleKey> oracles) {
        ProjectionStatus status = derivation.status();
        assertEquals(state, status.state().wire());
        assertEquals(reason, status.reasonCode().get().code());
        assertEquals(oracles, status.details().get().oracles());
        assertFalse(derivation.projection().isPresent());
    }

    private static void assertInvalid(String bins, String path, String value) {
        Derivation derivation = fixtures(bins, SCOPE).derive();
        assertStatus(derivation, "failed", "invalid_projection_data", List.of(OracleKey.PROGRESS_BINS));
        StatusDetails details = derivation.status().details().get();
        assertEquals(path, details.path().get());
        assertEquals(TestJson.parse(value), details.value().get());
    }

    @Test
    void allOraclesReadyIsReady() {
        Derivation derivation = fixtures(BINS, SCOPE).derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        assertTrue(derivation.projection().isPresent());
    }

    @Test
    void absentBinsIsUnavailable() {
        Derivation derivation = SnapshotFixtures.with(new ProgressProjection())
                .ok(OracleKey.SCOPE_RESOURCES, SCOPE).ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': false}")
                .derive();

        assertStatus(derivation, "unavailable", "missing_oracle_payload", List.of(OracleKey.PROGRESS_BINS));
    }

    @Test
    void bothRequiredAbsentIsUnavailableNamingBoth() {
        Derivation derivation = SnapshotFixtures.with(new ProgressProjection()).derive();

        assertStatus(derivation, "unavailable", "missing_oracle_payload",
                List.of(OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES));
    }

    @Test
    void failedScopeResourcesIsFailed() {
        Derivation derivation = fixtures(BINS, SCOPE).error(OracleKey.SCOPE_RESOURCES, "boom").derive();

        assertStatus(derivation, "failed", "required_oracle_failed", List.of(OracleKey.SCOPE_RESOURCES));
    }

    @Test
    void timedOutBinsIsProjectionTimeout() {
        Derivation derivation = fixtures(BINS, SCOPE).error(OracleKey.PROGRESS_BINS, "timeout").derive();

        assertStatus(derivation, "failed", "projection_timeout", List.of(OracleKey.PROGRESS_BINS));
    }

    @Test
    void negativeTotalStudentsIsInvalidWithPathAndValue() {
        assertInvalid(bins(-1, "{}"), "oracles.oracle_instructor_progress_bins.total_students", "-1");
    }

    @Test
    void missingTotalStudentsIsInvalid() {
        assertInvalid("{'bin_size': 10, 'by_container_bins': {}}",
                "oracles.oracle_instructor_progress_bins.total_students", "null");
    }

    @Test
    void fractionalTotalStudentsIsInvalid() {
        assertInvalid(bins(0, "{}").replace("'total_students': 0", "'total_students': 2.5"),
                "oracles.oracle_instructor_progress_bins.total_students", "2.5");
    }

    @Test
    void negativeBinCountIsInvalid() {
        assertInvalid(bins(2, "{'101': {'100': -3}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins.101.100",
                "-3");
    }

    @Test
    void fractionalBinCountIsInvalid() {
        assertInvalid(bins(2, "{'101': {'50': 1.5}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins.101.50",
                "1.5");
    }

    @Test
    void textBinCountIsInvalid() {
        assertInvalid(bins(2, "{'101': {'50': 'two'}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins.101.50", "'two'");
    }

    @ParameterizedTest
    @CsvSource({"45", "110", "-10", "abc", "' 10'", "''"})
    void binKeysOutsideTheDecilesAreInvalid(String key) {
        assertInvalid(bins(2, "{'101': {'" + key + "': 1}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins.101." + key, "'" + key + "'");
    }

    @ParameterizedTest
    @CsvSource({"0", "-5", "abc", "0101", "1.0"})
    void resourceKeysThatAreNotPositiveIdsAreInvalid(String key) {
        assertInvalid(bins(2, "{'" + key + "': {'100': 1}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins." + key, "'" + key + "'");
    }

    @Test
    void binsOfAResourceMustBeAnObject() {
        assertInvalid(bins(2, "{'101': [1, 2]}"), "oracles.oracle_instructor_progress_bins.by_container_bins.101",
                "[1, 2]");
    }

    @Test
    void binsMapMustBeAnObject() {
        assertInvalid(bins(2, "[]"), "oracles.oracle_instructor_progress_bins.by_container_bins", "[]");
    }

    @Test
    void binSizeOtherThanTenIsInvalid() {
        assertInvalid("{'bin_size': 5, 'total_students': 2}", "oracles.oracle_instructor_progress_bins.bin_size",
                "5");
    }

    @Test
    void binSizeMayBeOmitted() {
        Derivation derivation = fixtures("{'total_students': 2, 'by_container_bins': {'101': {'100': 2}}}", SCOPE)
                .derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
    }

    @Test
    void binsPayloadMustBeAnObject() {
        assertInvalid("[]", "oracles.oracle_instructor_progress_bins", "[]");
    }

    @Test
    void invalidScopeItemIsInvalidProjectionData() {
        Derivation derivation = fixtures(BINS, "{'items': [{'resource_id': 0, 'title': 'x'}]}").derive();

        assertStatus(derivation, "failed", "invalid_projection_data", List.of(OracleKey.SCOPE_RESOURCES));
        assertEquals("oracles.oracle_instructor_scope_resources.items[0].resource_id",
                derivation.status().details().get().path().get());
    }

    @Test
    void binsOfResourcesOutsideTheScopeAreStillValidated() {
        assertInvalid(bins(2, "{'101': {'100': 1}, '999': {'100': -1}}"),
                "oracles.oracle_instructor_progress_bins.by_container_bins.999.100", "-1");
    }
}
