package org.dashboard.snapshot.projections.progress;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.StringJoiner;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;

/** JSON builders and fixtures shared by the progress tests. */
final class ProgressFixtures {
    static final String NO_SCHEDULE = "{'has_schedule': false}";

    private ProgressFixtures() {
    }

    /** A scope item; a null type or title is written as JSON null. */
    static String item(long id, Integer type, String title) {
        return "{'resource_id': " + id + ", 'resource_type_id': " + type + ", 'title': "
                + (title == null ? "null" : "'" + title + "'") + "}";
    }

    static String container(long id, String title) {
        return item(id, 2, title);
    }

    static String page(long id, String title) {
        return item(id, 1, title);
    }

    static String scope(String... items) {
        StringJoiner joined = new StringJoiner(", ", "{'course_title': 'Gardening', 'items': [", "]}");
        for (String item : items) {
            joined.add(item);
        }
        return joined.toString();
    }

    /** A bins payload over {@code by_container_bins}. */
    static String bins(long total, String map) {
        return "{'bin_size': 10, 'total_students': " + total + ", 'by_container_bins': " + map + "}";
    }

    /** Fixtures with the three oracles ready (no schedule). */
    static SnapshotFixtures fixtures(String bins, String scope) {
        return SnapshotFixtures.with(new ProgressProjection())
                .ok(OracleKey.PROGRESS_BINS, bins)
                .ok(OracleKey.SCOPE_RESOURCES, scope)
                .ok(OracleKey.SCHEDULE_POSITION, NO_SCHEDULE);
    }

    static ProgressBody body(Derivation derivation) {
        assertTrue(derivation.projection().isPresent(), () -> "not published: " + derivation.status());
        return (ProgressBody) derivation.projection().get().body();
    }
}
