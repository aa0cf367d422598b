package org.dashboard.snapshot.projections.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * One row of {@code oracle_instructor_progress_proficiency}: {@code {student_id, progress_pct, proficiency_pct}},
 * with the values as the oracle sent them (not rounded).
 *
 * @param studentId the student's id (a positive integer)
 * @param progressPct progress in percent 0..100, or null when missing
 * @param proficiencyFraction proficiency as a fraction 0..1, or null when missing
 */
public record ProgressProficiency(long studentId, Double progressPct, Double proficiencyFraction) {

    /**
     * Reads and validates the payload: a list of rows, each an object with a positive integer {@code student_id},
     * {@code progress_pct} 0..100 or null, {@code proficiency_pct} 0..1 or null. Rows are returned in payload
     * order, duplicates included (see {@link #byStudent}).
     *
     * @throws org.dashboard.snapshot.domain.projection.InvalidProjectionData naming the JSON path and value
     */
    public static List<ProgressProficiency> read(Payload payload) {
        List<Payload> elements = payload.elements();
        List<ProgressProficiency> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            long studentId = row.field("student_id").id();
            Double progress = boxed(row.field("progress_pct").optionalPercent());
            Double proficiency = boxed(row.field("proficiency_pct").optionalFraction());
            rows.add(new ProgressProficiency(studentId, progress, proficiency));
        }
        return rows;
    }

    /** The rows indexed by student id; for a duplicated id the last row wins (DOMAIN.md 3.9). */
    public static Map<Long, ProgressProficiency> byStudent(List<ProgressProficiency> rows) {
        Map<Long, ProgressProficiency> index = new LinkedHashMap<>();
        for (ProgressProficiency row : rows) {
            index.put(row.studentId(), row);
        }
        return index;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
