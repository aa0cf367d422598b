package org.dashboard.snapshot.projections.assessments;

import java.util.List;
import java.util.Objects;

/**
 * One assessment (graded page) of the {@code assessments} projection (DOMAIN.md 3.5, 3.8).
 *
 * @param assessmentId the page id
 * @param title the trimmed grades title, else the scope item's title, else "Assessment &lt;id&gt;"
 * @param contextLabel the scope item's context label, or null
 * @param availableAt ISO-8601 UTC to the second, or null
 * @param dueAt ISO-8601 UTC to the second, or null
 * @param completion how many students completed it, and whether that meets the threshold
 * @param metrics score statistics, 1 dp
 * @param histogram all ten score ranges "0-10".."90-100" in order
 */
public record AssessmentRow(long assessmentId, String title, String contextLabel, String availableAt, String dueAt,
                            Completion completion, Metrics metrics, List<HistogramBin> histogram) {
    public AssessmentRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(metrics, "metrics");
        histogram = List.copyOf(histogram);
    }

    /**
     * Completion of one assessment.
     *
     * @param completedCount students who completed it
     * @param totalStudents students in the section
     * @param ratio completed / total, 4 dp, capped at 1.0; 0.0 when there are no students
     * @param label "&lt;c&gt; of &lt;t&gt; students completed"
     * @param status "good" iff total &gt; 0 and completed * 100 &gt;= threshold * total, else "bad"
     */
    public record Completion(long completedCount, long totalStudents, double ratio, String label, String status) {
        /** Completion meets the threshold. */
        public static final String GOOD = "good";
        /** Completion is below the threshold, or there are no students. */
        public static final String BAD = "bad";

        public Completion {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Score statistics in percent, 1 dp; null when the oracle has none. */
    public record Metrics(Double minimum, Double median, Double mean, Double maximum, Double standardDeviation) {
    }

    /** One histogram range ("0-10") and its student count. */
    public record HistogramBin(String range, long count) {
        public HistogramBin {
            Objects.requireNonNull(range, "range");
        }
    }
}
