package org.dashboard.snapshot.projections.progress;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The body of the {@code progress} projection (DOMAIN.md 3.2, 3.8), components in wire order:
 * {@code {axis_label, class_size, completion_threshold, series, empty_state, schedule_marker}}.
 *
 * @param axisLabel "Course Units", "Course Modules", "Course Pages" or "Course Content"
 * @param classSize the class size ({@code total_students} of the bins payload)
 * @param completionThreshold the effective threshold, 10..100 in steps of 10
 * @param series one item per scope item with bins (or every scope item when none has bins), in scope order
 * @param emptyState {@code "no_scope_children"}, {@code "no_students"} or null
 * @param scheduleMarker the series item the schedule says the class is at, or null
 */
public record ProgressBody(String axisLabel, long classSize, int completionThreshold, List<SeriesItem> series,
                           String emptyState, ScheduleMarker scheduleMarker) implements ProjectionBody {
    /** {@code empty_state} when the scope has no items. */
    public static final String NO_SCOPE_CHILDREN = "no_scope_children";
    /** {@code empty_state} when the class has no students. */
    public static final String NO_STUDENTS = "no_students";
    private static final Set<String> EMPTY_STATES = Set.of(NO_SCOPE_CHILDREN, NO_STUDENTS);

    public ProgressBody {
        Objects.requireNonNull(axisLabel, "axisLabel");
        series = List.copyOf(series);
        if (classSize < 0) {
            throw new IllegalArgumentException("class_size must be >= 0, got " + classSize);
        }
        if (emptyState != null && !EMPTY_STATES.contains(emptyState)) {
            throw new IllegalArgumentException("unknown empty_state '" + emptyState + "'");
        }
    }

    /**
     * One row per series item, keyed by its 0-based position: {@code progress|<i>|content_item=<label>},
     * {@code progress|<i>|students_completed=<count>}, {@code progress|<i>|completion_rate=<percent, 1 dp>}
     * (the {@code student_progress.csv} columns).
     */
    @Override
    public List<String> parityFacts() {
        Facts facts = Facts.of("progress");
        for (int i = 0; i < series.size(); i++) {
            SeriesItem item = series.get(i);
            facts.add(item.label(), i, "content_item");
            facts.add(Long.toString(item.count()), i, "students_completed");
            facts.add(Facts.rate(item.percent()), i, "completion_rate");
        }
        return facts.list();
    }

    /**
     * One bar of the progress chart.
     *
     * @param resourceId the scope item's resource id
     * @param label the scope item's title (null when the scope item has none)
     * @param resourceType {@code "page"}, {@code "container"} or {@code "unknown"}
     * @param count students at or above the completion threshold
     * @param percent {@code count / class_size * 100}, exact and rounded half-up to 1 dp; 0.0 without students
     */
    public record SeriesItem(long resourceId, String label, String resourceType, long count, double percent) {
        public SeriesItem {
            Objects.requireNonNull(resourceType, "resourceType");
        }
    }

    /**
     * Where the schedule says the class currently is.
     *
     * @param resourceId a resource id of the series
     * @param label the schedule's label, else the item's title
     */
    public record ScheduleMarker(long resourceId, String label) {
    }
}
