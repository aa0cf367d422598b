package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.progress.ProgressBody;
import org.dashboard.snapshot.projections.progress.ProgressProjection;

/**
 * {@code student_progress.csv} ({@code content_item,students_completed,completion_rate}): one row per progress
 * series item in order: its label (empty when the item has none), its count and its percent (always 1 dp).
 */
final class StudentProgressSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("content_item", "students_completed", "completion_rate");

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        ProgressBody progress = Bodies.of(bundle, ProgressProjection.CAPABILITY, ProgressBody.class);
        List<List<String>> rows = new ArrayList<>();
        for (ProgressBody.SeriesItem item : progress.series()) {
            rows.add(List.of(Bodies.text(item.label()), CsvCells.integer(item.count()),
                    CsvCells.rate(item.percent())));
        }
        return CsvTable.of(COLUMNS, rows);
    }
}
