package org.dashboard.snapshot.projections.assessments;

import java.time.Instant;
import java.util.List;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The body of the {@code assessments} projection (DOMAIN.md 3.8): {@code {has_assessments, total_rows, rows}}.
 *
 * @param hasAssessments at least one row
 * @param totalRows the number of rows
 * @param rows the assessments: dated rows first by (due_at, else available_at), then scope position (unknown
 *        last), then assessment id
 */
public record AssessmentsBody(boolean hasAssessments, int totalRows, List<AssessmentRow> rows)
        implements ProjectionBody {
    public AssessmentsBody {
        rows = List.copyOf(rows);
    }

    /**
     * What the two assessment CSVs render, keyed by row position i: {@code assessment_name},
     * {@code available_from}, {@code due_date}, {@code students_completed}, {@code students_not_completed},
     * the five scores, and {@code histogram|<range>} for every range with a count above zero.
     */
    @Override
    public List<String> parityFacts() {
        Facts facts = Facts.of(AssessmentsProjection.CAPABILITY.key());
        for (int i = 0; i < rows.size(); i++) {
            AssessmentRow row = rows.get(i);
            AssessmentRow.Completion completion = row.completion();
            AssessmentRow.Metrics metrics = row.metrics();
            facts.add(row.title(), i, "assessment_name");
            facts.add(Facts.utcDate(instant(row.availableAt())), i, "available_from");
            facts.add(Facts.utcDate(instant(row.dueAt())), i, "due_date");
            facts.add(Long.toString(completion.completedCount()), i, "students_completed");
            facts.add(Long.toString(Math.max(completion.totalStudents() - completion.completedCount(), 0)), i,
                    "students_not_completed");
            facts.add(Facts.metric(metrics.minimum()), i, "score_min");
            facts.add(Facts.metric(metrics.median()), i, "score_median");
            facts.add(Facts.metric(metrics.mean()), i, "score_mean");
            facts.add(Facts.metric(metrics.maximum()), i, "score_max");
            facts.add(Facts.metric(metrics.standardDeviation()), i, "score_std_dev");
            for (AssessmentRow.HistogramBin bin : row.histogram()) {
                if (bin.count() > 0) {
                    facts.add(Long.toString(bin.count()), i, "histogram", bin.range());
                }
            }
        }
        return facts.list();
    }

    private static Instant instant(String timestamp) {
        return timestamp == null ? null : Timestamps.parse(timestamp).orElseThrow();
    }
}
