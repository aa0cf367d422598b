package org.dashboard.snapshot.export.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.assessments.AssessmentRow;
import org.dashboard.snapshot.projections.assessments.AssessmentsBody;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;

/**
 * {@code assessment_summary.csv} ({@code assessment_name,available_from,due_date,students_completed,
 * students_not_completed,score_min,score_median,score_mean,score_max,score_std_dev}): per assessment in projection
 * order: title, the UTC dates (not shifted to the section's zone; empty when absent), completed,
 * {@code max(total - completed, 0)}, and the five scores in the metric format (empty when null).
 */
final class AssessmentSummarySerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("assessment_name", "available_from", "due_date",
            "students_completed", "students_not_completed", "score_min", "score_median", "score_mean", "score_max",
            "score_std_dev");

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        AssessmentsBody assessments = Bodies.of(bundle, AssessmentsProjection.CAPABILITY, AssessmentsBody.class);
        List<List<String>> rows = new ArrayList<>();
        for (AssessmentRow row : assessments.rows()) {
            AssessmentRow.Completion completion = row.completion();
            AssessmentRow.Metrics metrics = row.metrics();
            rows.add(List.of(row.title(), date(row.availableAt()), date(row.dueAt()),
                    CsvCells.integer(completion.completedCount()),
                    CsvCells.integer(Math.max(completion.totalStudents() - completion.completedCount(), 0)),
                    CsvCells.metric(metrics.minimum()), CsvCells.metric(metrics.median()),
                    CsvCells.metric(metrics.mean()), CsvCells.metric(metrics.maximum()),
                    CsvCells.metric(metrics.standardDeviation())));
        }
        return CsvTable.of(COLUMNS, rows);
    }

    /** The UTC date of a projection timestamp, empty when null; an unreadable timestamp is a bug. */
    static String date(String timestamp) {
        if (timestamp == null) {
            return "";
        }
        Instant instant = Timestamps.parse(timestamp).orElseThrow(() -> new IllegalStateException(
                "not an ISO-8601 timestamp: '" + timestamp + "'"));
        return CsvCells.utcDate(instant);
    }
}
