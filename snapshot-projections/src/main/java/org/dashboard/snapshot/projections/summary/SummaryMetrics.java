package org.dashboard.snapshot.projections.summary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dashboard.snapshot.projections.common.Decimals;
import org.dashboard.snapshot.projections.common.ExactSum;
import org.dashboard.snapshot.projections.summary.SummaryInputs.GradeRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ObjectiveRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ProgressRow;

/**
 * The summary metrics and class size (DOMAIN.md 3.1, 3.9) from typed inputs; shared with {@code ai_context}.
 *
 * <p>Means are plain sums divided once: the sum of the (unrounded) values is accumulated exactly, so the result
 * does not depend on row order, divided by the number of values, and the double nearest to that mean is rounded
 * half-up to 1 dp on its exact decimal value. A metric without inputs is null.
 */
public final class SummaryMetrics {
    /** Metric id (and card id) of the average class proficiency. */
    public static final String AVERAGE_CLASS_PROFICIENCY = "average_class_proficiency";
    /** Metric id (and card id) of the average assessment score. */
    public static final String AVERAGE_ASSESSMENT_SCORE = "average_assessment_score";
    /** Metric id (and card id) of the average student progress. */
    public static final String AVERAGE_STUDENT_PROGRESS = "average_student_progress";

    private static final long LOW_WEIGHT = 20;
    private static final long MEDIUM_WEIGHT = 60;
    private static final long HIGH_WEIGHT = 100;

    private SummaryMetrics() {
    }

    /**
     * The mean of the non-null {@code progress_pct}, one value per student (a duplicated student_id: the last row
     * wins), 1 dp; null when no student has a progress value.
     */
    public static Double averageStudentProgress(List<ProgressRow> rows) {
        Map<Long, Double> latest = new HashMap<>();
        for (ProgressRow row : rows) {
            latest.put(row.studentId(), row.progressPct());
        }
        Mean mean = new Mean();
        for (Double progress : latest.values()) {
            if (progress != null) {
                mean.add(progress);
            }
        }
        return mean.rounded();
    }

    /** The mean of the non-null {@code mean} of the grade rows, 1 dp; null when there is none. */
    public static Double averageAssessmentScore(List<GradeRow> rows) {
        Mean mean = new Mean();
        for (GradeRow row : rows) {
            if (row.mean() != null) {
                mean.add(row.mean());
            }
        }
        return mean.rounded();
    }

    /**
     * The mean over objective rows of {@code numeric_proficiency * 100} when present, else the distribution
     * weighted Low = 20, Medium = 60, High = 100 over the Low + Medium + High count (a row without numeric value
     * and with no such count is skipped), 1 dp; null when no row contributes.
     */
    public static Double averageClassProficiency(List<ObjectiveRow> rows) {
        Mean mean = new Mean();
        for (ObjectiveRow row : rows) {
            Double value = rowProficiency(row);
            if (value != null) {
                mean.add(value);
            }
        }
        return mean.rounded();
    }

    /** One objective row's proficiency in percent (unrounded), or null when the row has no input. */
    public static Double rowProficiency(ObjectiveRow row) {
        if (row.numericProficiency() != null) {
            return row.numericProficiency() * 100;
        }
        long total = Math.addExact(Math.addExact(row.low(), row.medium()), row.high());
        if (total == 0) {
            return null;
        }
        long weighted = Math.addExact(Math.addExact(Math.multiplyExact(LOW_WEIGHT, row.low()),
                Math.multiplyExact(MEDIUM_WEIGHT, row.medium())), Math.multiplyExact(HIGH_WEIGHT, row.high()));
        return (double) weighted / total;
    }

    /**
     * max(progress_bins total_students, distinct progress students, max grades total_students); an oracle that is
     * not ready contributes nothing (pass null / an empty list); 0 when nothing tells.
     *
     * @param binsTotalStudents total_students of the progress bins, or null
     */
    public static long totalStudents(Long binsTotalStudents, List<ProgressRow> progress, List<GradeRow> grades) {
        long total = binsTotalStudents == null ? 0 : binsTotalStudents;
        Set<Long> students = new HashSet<>();
        for (ProgressRow row : progress) {
            students.add(row.studentId());
        }
        total = Math.max(total, students.size());
        for (GradeRow row : grades) {
            if (row.totalStudents() != null) {
                total = Math.max(total, row.totalStudents());
            }
        }
        return total;
    }

    /** An exact running sum and count. */
    private static final class Mean {
        private final ExactSum sum = new ExactSum();

        void add(double value) {
            sum.add(value);
        }

        Double rounded() {
            if (sum.count() == 0) {
                return null;
            }
            double mean = sum.value().divide(BigDecimal.valueOf(sum.count()), MathContext.DECIMAL128).doubleValue();
            return Decimals.round1(mean);
        }
    }
}
