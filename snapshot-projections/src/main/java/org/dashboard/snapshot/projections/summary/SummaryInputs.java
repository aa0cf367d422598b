package org.dashboard.snapshot.projections.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * The payload fields the summary reads, as typed rows. Each reader validates exactly the fields it reads
 * (DOMAIN.md 3.9) and throws {@link org.dashboard.snapshot.domain.projection.InvalidProjectionData} with the JSON
 * path and value otherwise.
 */
public final class SummaryInputs {
    private static final String LOW = "low";
    private static final String MEDIUM = "medium";
    private static final String HIGH = "high";

    private SummaryInputs() {
    }

    /**
     * A row of {@code oracle_instructor_progress_proficiency}.
     *
     * @param studentId the student
     * @param progressPct progress 0..100, or null (a missing metric)
     */
    public record ProgressRow(long studentId, Double progressPct) {
    }

    /**
     * The summary's view of a row of {@code oracle_instructor_grades}.
     *
     * @param mean the mean score 0..100, or null
     * @param totalStudents the row's class size, or null
     */
    public record GradeRow(Double mean, Long totalStudents) {
    }

    /**
     * The summary's view of a row of {@code oracle_instructor_objectives_proficiency}.
     *
     * @param numericProficiency the proficiency as a fraction 0..1, or null
     * @param low the "Low" count of the distribution
     * @param medium the "Medium" count
     * @param high the "High" count
     */
    public record ObjectiveRow(Double numericProficiency, long low, long medium, long high) {
        public ObjectiveRow {
            if (low < 0 || medium < 0 || high < 0) {
                throw new IllegalArgumentException("counts are >= 0");
            }
        }
    }

    /**
     * The scope header fields of {@code oracle_instructor_scope_resources}.
     *
     * @param courseTitle the course title, or null
     * @param scopeLabel the scope label, or null
     */
    public record ScopeLabels(String courseTitle, String scopeLabel) {
    }

    /** {@code [{student_id, progress_pct}]}: a list whose rows have a positive id and a progress 0..100 or null. */
    public static List<ProgressRow> progressRows(Payload payload) {
        List<Payload> elements = payload.elements();
        List<ProgressRow> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            long studentId = row.field("student_id").id();
            OptionalDouble progress = row.field("progress_pct").optionalPercent();
            rows.add(new ProgressRow(studentId, progress.isPresent() ? progress.getAsDouble() : null));
        }
        return rows;
    }

    /** {@code {grades: [{mean, total_students}]}}: mean 0..100 or null, total_students a count or null. */
    public static List<GradeRow> gradeRows(Payload payload) {
        List<Payload> elements = payload.field("grades").optionalElements();
        List<GradeRow> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            OptionalDouble mean = row.field("mean").optionalPercent();
            OptionalLong total = row.field("total_students").optionalCount();
            rows.add(new GradeRow(mean.isPresent() ? mean.getAsDouble() : null,
                    total.isPresent() ? total.getAsLong() : null));
        }
        return rows;
    }

    /**
     * {@code {objective_rows: [{numeric_proficiency, proficiency_distribution}]}}: numeric_proficiency 0..1 or null;
     * the Low, Medium and High counts of the distribution (labels matched case-insensitively after trimming,
     * counts integers >= 0); other labels, "Not enough data" included, are not read.
     */
    public static List<ObjectiveRow> objectiveRows(Payload payload) {
        List<Payload> elements = payload.field("objective_rows").optionalElements();
        List<ObjectiveRow> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            OptionalDouble numeric = row.field("numeric_proficiency").optionalFraction();
            long low = 0;
            long medium = 0;
            long high = 0;
            Map<String, Payload> distribution = row.field("proficiency_distribution").optionalMembers();
            for (Map.Entry<String, Payload> entry : distribution.entrySet()) {
                String label = entry.getKey().trim().toLowerCase(Locale.ROOT);
                if (LOW.equals(label)) {
                    low = Math.addExact(low, entry.getValue().count());
                } else if (MEDIUM.equals(label)) {
                    medium = Math.addExact(medium, entry.getValue().count());
                } else if (HIGH.equals(label)) {
                    high = Math.addExact(high, entry.getValue().count());
                }
            }
            rows.add(new ObjectiveRow(numeric.isPresent() ? numeric.getAsDouble() : null, low, medium, high));
        }
        return rows;
    }

    /** {@code total_students} of {@code oracle_instructor_progress_bins}: a count (the bins are not read). */
    public static long binsTotalStudents(Payload payload) {
        return payload.field("total_students").count();
    }

    /** {@code course_title} and {@code scope_label} of {@code oracle_instructor_scope_resources} (strings or null). */
    public static ScopeLabels scopeLabels(Payload payload) {
        return new ScopeLabels(payload.field("course_title").optionalString().orElse(null),
                payload.field("scope_label").optionalString().orElse(null));
    }
}
