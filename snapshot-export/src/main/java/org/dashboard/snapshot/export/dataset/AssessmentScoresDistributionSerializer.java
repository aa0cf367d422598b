package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.assessments.AssessmentRow;
import org.dashboard.snapshot.projections.assessments.AssessmentsBody;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;

/**
 * {@code assessment_scores_distribution.csv} ({@code assessment_name,score_range,student_count}): per assessment
 * in projection order, every histogram range with a count above zero, in range order.
 */
final class AssessmentScoresDistributionSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("assessment_name", "score_range", "student_count");

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        AssessmentsBody assessments = Bodies.of(bundle, AssessmentsProjection.CAPABILITY, AssessmentsBody.class);
        List<List<String>> rows = new ArrayList<>();
        for (AssessmentRow row : assessments.rows()) {
            for (AssessmentRow.HistogramBin bin : row.histogram()) {
                if (bin.count() > 0) {
                    rows.add(List.of(row.title(), bin.range(), CsvCells.integer(bin.count())));
                }
            }
        }
        return CsvTable.of(COLUMNS, rows);
    }
}
