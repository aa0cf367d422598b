package org.dashboard.snapshot.export.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.support.StudentSupportBody;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;

/**
 * {@code student_support_summary.csv} ({@code category,student_count,percentage}): the four buckets in order,
 * zeros included: bucket id, count, and {@code round(count * 100 / total, 1)} from the integer counts (exact,
 * half-up, always 1 dp; 0.0 without students), not 100 x the rounded {@code pct}.
 */
final class StudentSupportSummarySerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("category", "student_count", "percentage");

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        StudentSupportBody support = Bodies.of(bundle, StudentSupportProjection.CAPABILITY, StudentSupportBody.class);
        long total = support.totals().totalStudents();
        List<List<String>> rows = new ArrayList<>();
        for (StudentSupportBody.Bucket bucket : support.buckets()) {
            rows.add(List.of(bucket.id(), CsvCells.integer(bucket.count()), percentage(bucket.count(), total)));
        }
        return CsvTable.of(COLUMNS, rows);
    }

    /** {@code count * 100 / total}, exact, half-up to 1 dp; {@code 0.0} when there are no students. */
    static String percentage(long count, long total) {
        if (total == 0) {
            return "0.0";
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).toPlainString();
    }
}
