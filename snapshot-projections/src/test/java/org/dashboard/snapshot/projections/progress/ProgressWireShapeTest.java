package org.dashboard.snapshot.projections.progress;

import static org.dashboard.snapshot.projections.progress.ProgressFixtures.bins;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.body;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.container;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.fixtures;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.projections.summary.WireJson;
import org.junit.jupiter.api.Test;

/** The body renders exactly as DOMAIN.md 3.8 shows it (names, order, numbers, nulls). */
class ProgressWireShapeTest {

    private static void assertWire(String expected, ProgressBody body) {
        assertEquals(WireJson.write(TestJson.parse(expected)), WireJson.write(WireJson.toJson(body)));
    }

    @Test
    void specExampleRendersAsDocumented() {
        ProgressBody body = body(fixtures(bins(2, "{'101': {'100': 1, '50': 1}}"), scope(container(101, "Unit 1")))
                .derive());

        assertWire("{'axis_label': 'Course Units', 'class_size': 2, 'completion_threshold': 100,"
                + " 'series': [{'resource_id': 101, 'label': 'Unit 1', 'resource_type': 'container', 'count': 1,"
                + " 'percent': 50.0}], 'empty_state': null, 'schedule_marker': null}", body);
    }

    @Test
    void markerAndEmptyStateRenderAsObjectsAndStrings() {
        ProgressBody body = body(fixtures(bins(0, "{'101': {}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': true, 'current_resource_id': 101, 'label': 'Now'}")
                .parameters("{'progress': {'completion_threshold': 60}}")
                .derive());

        assertWire("{'axis_label': 'Course Units', 'class_size': 0, 'completion_threshold': 60,"
                + " 'series': [{'resource_id': 101, 'label': 'Unit 1', 'resource_type': 'container', 'count': 0,"
                + " 'percent': 0.0}], 'empty_state': 'no_students',"
                + " 'schedule_marker': {'resource_id': 101, 'label': 'Now'}}", body);
    }
}
