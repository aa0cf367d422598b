package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.summary.SummaryBody;
import org.dashboard.snapshot.projections.summary.SummaryMetrics;
import org.dashboard.snapshot.projections.summary.SummaryProjection;

/**
 * {@code course_summary_metrics.csv} ({@code metric,value,unit}): average class proficiency, average assessment
 * score and average student progress, exactly the summary projection's values in the metric format, unit
 * {@code percent}; a null metric drops its row.
 */
final class CourseSummaryMetricsSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("metric", "value", "unit");
    static final String UNIT = "percent";

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        SummaryBody.Metrics metrics = Bodies.of(bundle, SummaryProjection.CAPABILITY, SummaryBody.class).metrics();
        List<List<String>> rows = new ArrayList<>();
        add(rows, SummaryMetrics.AVERAGE_CLASS_PROFICIENCY, metrics.averageClassProficiency());
        add(rows, SummaryMetrics.AVERAGE_ASSESSMENT_SCORE, metrics.averageAssessmentScore());
        add(rows, SummaryMetrics.AVERAGE_STUDENT_PROGRESS, metrics.averageStudentProgress());
        return CsvTable.of(COLUMNS, rows);
    }

    private static void add(List<List<String>> rows, String metric, Double value) {
        if (value != null) {
            rows.add(List.of(metric, CsvCells.metric(value), UNIT));
        }
    }
}
