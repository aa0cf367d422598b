package org.dashboard.snapshot.projections.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.dashboard.snapshot.projections.summary.SummaryInputs.GradeRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ObjectiveRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ProgressRow;
import org.junit.jupiter.api.Test;

/** The typed helpers shared with ai_context. */
class SummaryMetricsTest {

    @Test
    void averageStudentProgressFromTypedRows() {
        assertEquals(20.0, SummaryMetrics.averageStudentProgress(List.of(new ProgressRow(1, 10.0),
                new ProgressRow(2, 30.0), new ProgressRow(3, null))));
        assertNull(SummaryMetrics.averageStudentProgress(List.of()));
        assertNull(SummaryMetrics.averageStudentProgress(List.of(new ProgressRow(1, null))));
        assertEquals(30.0, SummaryMetrics.averageStudentProgress(List.of(new ProgressRow(1, 10.0),
                new ProgressRow(1, 30.0))));
    }

    @Test
    void averageAssessmentScoreFromTypedRows() {
        assertEquals(33.3, SummaryMetrics.averageAssessmentScore(List.of(new GradeRow(0.0, null),
                new GradeRow(50.0, 3L), new GradeRow(50.0, 2L), new GradeRow(null, 9L))));
        assertNull(SummaryMetrics.averageAssessmentScore(List.of(new GradeRow(null, 9L))));
    }

    @Test
    void averageClassProficiencyFromTypedRows() {
        assertEquals(60.0, SummaryMetrics.averageClassProficiency(List.of(new ObjectiveRow(null, 1, 1, 1))));
        assertEquals(15.0, SummaryMetrics.averageClassProficiency(List.of(new ObjectiveRow(0.1, 0, 0, 0),
                new ObjectiveRow(0.2, 5, 0, 0))));
        assertNull(SummaryMetrics.averageClassProficiency(List.of(new ObjectiveRow(null, 0, 0, 0))));
        assertNull(SummaryMetrics.averageClassProficiency(List.of()));
    }

    @Test
    void rowProficiencyIsNumericTimes100OrTheWeightedDistribution() {
        assertEquals(84.5, SummaryMetrics.rowProficiency(new ObjectiveRow(0.845, 1, 0, 0)));
        assertEquals(0.0, SummaryMetrics.rowProficiency(new ObjectiveRow(0.0, 0, 0, 9)));
        assertEquals(20.0, SummaryMetrics.rowProficiency(new ObjectiveRow(null, 3, 0, 0)));
        assertEquals(60.0, SummaryMetrics.rowProficiency(new ObjectiveRow(null, 0, 3, 0)));
        assertEquals(100.0, SummaryMetrics.rowProficiency(new ObjectiveRow(null, 0, 0, 3)));
        assertEquals(140.0 / 3, SummaryMetrics.rowProficiency(new ObjectiveRow(null, 2, 0, 1)));
        assertEquals(280.0 / 4, SummaryMetrics.rowProficiency(new ObjectiveRow(null, 1, 1, 2)));
        assertNull(SummaryMetrics.rowProficiency(new ObjectiveRow(null, 0, 0, 0)));
    }

    @Test
    void objectiveRowRejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> new ObjectiveRow(null, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ObjectiveRow(null, 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ObjectiveRow(null, 0, 0, -1));
    }

    @Test
    void meanIsIndependentOfSummationOrder() {
        // In double arithmetic (0.1 + 0.2) + 0.3 != 0.1 + (0.2 + 0.3); the exact sum does not care.
        List<ProgressRow> forward = Arrays.asList(new ProgressRow(1, 0.1), new ProgressRow(2, 0.2),
                new ProgressRow(3, 0.3), new ProgressRow(4, 99.95));
        List<ProgressRow> backward = Arrays.asList(forward.get(3), forward.get(2), forward.get(1), forward.get(0));

        assertEquals(SummaryMetrics.averageStudentProgress(forward), SummaryMetrics.averageStudentProgress(backward));
        assertEquals(25.1, SummaryMetrics.averageStudentProgress(forward));
    }

    @Test
    void totalStudentsTakesTheLargestSource() {
        List<ProgressRow> three = List.of(new ProgressRow(1, null), new ProgressRow(2, 1.0), new ProgressRow(3, 2.0),
                new ProgressRow(3, 4.0));
        List<GradeRow> grades = List.of(new GradeRow(1.0, 4L), new GradeRow(1.0, null), new GradeRow(1.0, 6L));

        assertEquals(0, SummaryMetrics.totalStudents(null, List.of(), List.of()));
        assertEquals(3, SummaryMetrics.totalStudents(null, three, List.of()));
        assertEquals(3, SummaryMetrics.totalStudents(2L, three, List.of()));
        assertEquals(8, SummaryMetrics.totalStudents(8L, three, grades));
        assertEquals(6, SummaryMetrics.totalStudents(5L, three, grades));
        assertEquals(6, SummaryMetrics.totalStudents(null, List.of(), grades));
        assertEquals(0, SummaryMetrics.totalStudents(0L, List.of(), List.of(new GradeRow(1.0, null))));
    }
}
