package org.dashboard.snapshot.export.dataset;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.support.StudentRow;
import org.dashboard.snapshot.projections.support.StudentSupportBody;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;

/**
 * {@code student_support_list.csv}
 * ({@code student_id,student_name,progress_pct,proficiency_pct,support_category,inactive}): buckets in order,
 * students in projection order: id, display name, progress and proficiency in the metric format (empty when
 * null), bucket id, {@code True}/{@code False}. Emails never appear.
 */
final class StudentSupportListSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("student_id", "student_name", "progress_pct", "proficiency_pct",
            "support_category", "inactive");

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        StudentSupportBody support = Bodies.of(bundle, StudentSupportProjection.CAPABILITY, StudentSupportBody.class);
        List<List<String>> rows = new ArrayList<>();
        for (StudentSupportBody.Bucket bucket : support.buckets()) {
            for (StudentRow student : bucket.students()) {
                rows.add(List.of(CsvCells.integer(student.studentId()), Bodies.text(student.displayName()),
                        CsvCells.metric(student.progressPct()), CsvCells.metric(student.proficiencyPct()),
                        bucket.id(), CsvCells.bool(StudentRow.INACTIVE.equals(student.activityStatus()))));
            }
        }
        return CsvTable.of(COLUMNS, rows);
    }
}
