package org.dashboard.snapshot.projections.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.projections.common.ScopeResources;
import org.dashboard.snapshot.projections.progress.ProgressBody.ScheduleMarker;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed helpers: series, axis label, marker, lowest completion, and typed bins. */
class ProgressSeriesTest {
    private static final SeriesItem A = new SeriesItem(1, "A", "page", 3, 30.0);
    private static final SeriesItem B = new SeriesItem(2, "B", "page", 1, 10.0);
    private static final SeriesItem C = new SeriesItem(3, "C", "page", 5, 50.0);
    private static final SeriesItem D = new SeriesItem(4, "D", "page", 1, 10.0);

    @Test
    void lowestCompletionOrdersByPercentThenSeriesOrder() {
        assertEquals(List.of(B, D, A), ProgressSeries.lowestCompletion(List.of(A, B, C, D), 3));
    }

    @Test
    void lowestCompletionIsBoundedByTheSeries() {
        assertEquals(List.of(B, D, A, C), ProgressSeries.lowestCompletion(List.of(A, B, C, D), 10));
        assertEquals(List.of(), ProgressSeries.lowestCompletion(List.of(A, B), 0));
        assertEquals(List.of(), ProgressSeries.lowestCompletion(List.of(), 3));
    }

    @Test
    void lowestCompletionRejectsANegativeLimit() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ProgressSeries.lowestCompletion(List.of(A), -1));
        assertEquals("limit must be >= 0, got -1", thrown.getMessage());
    }

    @Test
    void seriesFromTypedInputs() {
        ScopeResources scope = new ScopeResources("Course", null, List.of(
                new ScopeResources.Item(1, 2L, "Unit 1", null), new ScopeResources.Item(2, 2L, "Unit 2", null)));
        ProgressBins bins = ProgressBins.of(4, Map.of(2L, Map.of(50, 1L, 100, 2L)));

        assertEquals(List.of(new SeriesItem(2, "Unit 2", "container", 3, 75.0)), ProgressSeries.of(scope, bins, 50));
        assertEquals(List.of(new SeriesItem(2, "Unit 2", "container", 2, 50.0)), ProgressSeries.of(scope, bins, 60));
    }

    @Test
    void axisLabelOfAnEmptySeriesIsCourseContent() {
        assertEquals("Course Content", ProgressSeries.axisLabel(List.of(), Scope.course()));
        assertEquals("Course Content", ProgressSeries.axisLabel(List.of(), Scope.container(3)));
    }

    @Test
    void markerNeedsASchedule() {
        assertNull(ProgressSeries.marker(List.of(A), SchedulePosition.NONE));
        assertNull(ProgressSeries.marker(List.of(A), new SchedulePosition(false, 1L, "x")));
        assertNull(ProgressSeries.marker(List.of(A), new SchedulePosition(true, null, "x")));
        assertEquals(new ScheduleMarker(3, "C"), ProgressSeries.marker(List.of(A, B, C),
                new SchedulePosition(true, 3L, null)));
        assertEquals(new ScheduleMarker(1, "Now"), ProgressSeries.marker(List.of(A, B, C),
                new SchedulePosition(true, 1L, "Now")));
    }

    @Test
    void typedBinsSumTheBinsAtOrAboveTheThreshold() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        counts.put(0, 1L);
        counts.put(10, 2L);
        counts.put(90, 4L);
        counts.put(100, 8L);
        ProgressBins bins = ProgressBins.of(15, Map.of(7L, counts));

        assertEquals(15, bins.totalStudents());
        assertTrue(bins.has(7));
        assertFalse(bins.has(8));
        assertEquals(14, bins.completed(7, 10));
        assertEquals(12, bins.completed(7, 20));
        assertEquals(12, bins.completed(7, 90));
        assertEquals(8, bins.completed(7, 100));
        assertEquals(0, bins.completed(8, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 55, 110, -10})
    void completedRejectsAThresholdOffTheDeciles(int threshold) {
        ProgressBins bins = ProgressBins.of(1, Map.of());
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> bins.completed(1, threshold));
        assertEquals("threshold must be 10..100 in steps of 10, got " + threshold, thrown.getMessage());
    }

    @Test
    void typedBinsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(-1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(1, Map.of(0L, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(1, Map.of(1L, Map.of(-10, 1L))));
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(1, Map.of(1L, Map.of(110, 1L))));
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(1, Map.of(1L, Map.of(15, 1L))));
        assertThrows(IllegalArgumentException.class, () -> ProgressBins.of(1, Map.of(1L, Map.of(10, -1L))));
        assertEquals(0, ProgressBins.of(0, Map.of(1L, Map.of(0, 0L, 100, 0L))).completed(1, 100));
        assertEquals(3, ProgressBins.of(3, Map.of(1L, Map.of(100, 3L))).completed(1, 100));
    }

    @Test
    void bodyRejectsAnUnknownEmptyStateOrNegativeClassSize() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProgressBody("Course Units", 0, 100, List.of(), "nothing", null));
        assertThrows(IllegalArgumentException.class,
                () -> new ProgressBody("Course Units", -1, 100, List.of(), null, null));
        assertEquals("no_students", new ProgressBody("Course Units", 0, 100, List.of(), "no_students", null)
                .emptyState());
    }
}
