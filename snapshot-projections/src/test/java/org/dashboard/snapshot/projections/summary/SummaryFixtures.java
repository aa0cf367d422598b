package org.dashboard.snapshot.projections.summary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;

/** The DOMAIN.md 3.8 example section, oracle by oracle, for the summary tests. */
final class SummaryFixtures {
    static final String SCOPE = "{'course_title': 'Gardening Pretest', 'items': []}";
    static final String BINS = "{'bin_size': 10, 'total_students': 2, 'by_container_bins': {}}";
    static final String PROGRESS = "[{'student_id': 1, 'progress_pct': 25.0, 'proficiency_pct': 0.35},"
            + " {'student_id': 2, 'progress_pct': 82.0, 'proficiency_pct': 0.9}]";
    static final String GRADES = "{'grades': [{'page_id': 11, 'mean': 82.4, 'total_students': 2}]}";
    static final String OBJECTIVES = "{'objective_rows': [{'objective_id': 203,"
            + " 'proficiency_distribution': {'Low': 1, 'Medium': 1}}], 'objective_resources': []}";
    static final String RECOMMENDATION = "{'id': 9, 'status': 'ready', 'body': 'Review module 2.'}";

    private SummaryFixtures() {
    }

    /** Every optional oracle but the recommendation, ready with the example payloads. */
    static SnapshotFixtures example() {
        return SnapshotFixtures.with(new SummaryProjection())
                .ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                .ok(OracleKey.PROGRESS_BINS, BINS)
                .ok(OracleKey.PROGRESS_PROFICIENCY, PROGRESS)
                .ok(OracleKey.GRADES, GRADES)
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, OBJECTIVES);
    }

    /** Every optional oracle ready. */
    static SnapshotFixtures allReady() {
        return example().ok(OracleKey.RECOMMENDATION, RECOMMENDATION);
    }

    /** Only the given oracle, with the given payload. */
    static SnapshotFixtures only(OracleKey key, String payload) {
        return SnapshotFixtures.with(new SummaryProjection()).ok(key, payload);
    }

    static SummaryBody body(Derivation derivation) {
        assertTrue(derivation.projection().isPresent(), () -> "not published: " + derivation.status());
        return (SummaryBody) derivation.projection().get().body();
    }

    static SummaryBody body(SnapshotFixtures fixture) {
        return body(fixture.derive());
    }
}
