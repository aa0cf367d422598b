package org.dashboard.snapshot.export.dataset;

import static org.dashboard.snapshot.export.fixtures.TestBundle.bundle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.fixtures.TestBundle.FakeBody;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.assessments.AssessmentRow;
import org.dashboard.snapshot.projections.assessments.AssessmentsBody;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesBody;
import org.dashboard.snapshot.projections.objectives.ObjectiveRow;
import org.dashboard.snapshot.projections.progress.ProgressBody;
import org.dashboard.snapshot.projections.summary.SummaryBody;
import org.dashboard.snapshot.projections.support.StudentRow;
import org.dashboard.snapshot.projections.support.StudentSupportBody;
import org.dashboard.snapshot.projections.support.SupportParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each serializer over hand-built projection bodies: the edge cases the golden section does not reach. */
class SerializersTest {
    private static final ExportRequest REQUEST = ExportRequest.defaults();

    static SummaryBody summary(Double proficiency, Double score, Double progress) {
        return new SummaryBody(new SummaryBody.SummaryScope("course", "Entire Course", "Title"),
                new SummaryBody.Metrics(proficiency, score, progress), 3, List.of(), null, List.of());
    }

    static List<List<String>> rows(DatasetSerializer serializer, Snapshot bundle) {
        return serializer.serialize(bundle, REQUEST).rows();
    }

    @Test
    void nullMetricsDropTheirRows() {
        Snapshot onlyScore = bundle().ready("summary", summary(null, 70.0, null)).build();
        assertEquals(List.of(List.of("average_assessment_score", "70", "percent")),
                rows(new CourseSummaryMetricsSerializer(), onlyScore));
        Snapshot onlyTheOthers = bundle().ready("summary", summary(0.0, null, 100.0)).build();
        assertEquals(List.of(List.of("average_class_proficiency", "0", "percent"),
                List.of("average_student_progress", "100", "percent")),
                rows(new CourseSummaryMetricsSerializer(), onlyTheOthers));
        Snapshot none = bundle().ready("summary", summary(null, null, null)).build();
        assertEquals(List.of(), rows(new CourseSummaryMetricsSerializer(), none));
    }

    @Test
    void aSeriesItemWithoutLabelHasAnEmptyCell() {
        ProgressBody progress = new ProgressBody("Course Units", 3, 100, List.of(
                new ProgressBody.SeriesItem(1, null, "unknown", 1, 33.3),
                new ProgressBody.SeriesItem(2, "Two", "page", 3, 100.0)), null, null);
        assertEquals(List.of(List.of("", "1", "33.3"), List.of("Two", "3", "100.0")),
                rows(new StudentProgressSerializer(), bundle().ready("progress", progress).build()));
    }

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({"0, 0, 0.0", "1, 3, 33.3", "2, 3, 66.7", "1, 8, 12.5", "1, 16, 6.3", "3, 3, 100.0", "0, 5, 0.0",
        "1, 40, 2.5", "1, 400, 0.3"})
    void supportPercentagesComeFromTheCountsRoundedOnce(long count, long total, String expected) {
        assertEquals(expected, StudentSupportSummarySerializer.percentage(count, total));
    }

    static StudentRow.V1 student(long id, String name, Double progress, Double proficiency, String activity) {
        return new StudentRow.V1(id, name, id + "@example.edu", null, progress, proficiency, activity, null);
    }

    static StudentSupportBody support(int total, List<StudentSupportBody.Bucket> buckets) {
        return new StudentSupportBody(SupportParameters.DEFAULTS, new StudentSupportBody.Totals(total, total, 0),
                null, true, buckets);
    }

    @Test
    void supportRowsFollowBucketsAndStudentsInProjectionOrder() {
        StudentSupportBody body = support(3, List.of(
                new StudentSupportBody.Bucket("struggling", "Struggling", 1, 0.3333, 1, 0,
                        List.of(student(9, "Nine", 10.0, 20.5, StudentRow.ACTIVE))),
                new StudentSupportBody.Bucket("on_track", "On Track", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("excelling", "Excelling", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("not_enough_information", "Not enough information", 2, 0.6667, 0, 2,
                        List.of(student(3, "Three", null, null, StudentRow.INACTIVE),
                                student(1, null, 50.0, null, StudentRow.INACTIVE)))));
        Snapshot snapshot = bundle().ready("student_support", body).build();
        assertEquals(List.of(List.of("struggling", "1", "33.3"), List.of("on_track", "0", "0.0"),
                List.of("excelling", "0", "0.0"), List.of("not_enough_information", "2", "66.7")),
                rows(new StudentSupportSummarySerializer(), snapshot));
        assertEquals(List.of(List.of("9", "Nine", "10", "20.5", "struggling", "False"),
                List.of("3", "Three", "", "", "not_enough_information", "True"),
                List.of("1", "", "50", "", "not_enough_information", "True")),
                rows(new StudentSupportListSerializer(), snapshot));
    }

    @Test
    void aSupportProjectionWithoutStudentsHasSummaryRowsButNoList() {
        List<StudentSupportBody.Bucket> empty = List.of(
                new StudentSupportBody.Bucket("struggling", "Struggling", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("on_track", "On Track", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("excelling", "Excelling", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("not_enough_information", "Not enough information", 0, 0.0, 0, 0,
                        List.of()));
        Snapshot snapshot = bundle().ready("student_support", support(0, empty)).build();
        assertEquals(4, rows(new StudentSupportSummarySerializer(), snapshot).size());
        assertEquals(List.of("struggling", "0", "0.0"), rows(new StudentSupportSummarySerializer(), snapshot).get(0));
        assertEquals(List.of(), rows(new StudentSupportListSerializer(), snapshot));
    }

    static ObjectiveRow objective(long id, Long parent, String title, String parentTitle, String type,
                                  String numbering, String label, List<ObjectiveRow> children) {
        return new ObjectiveRow(id, parent, title, parentTitle, type, numbering, label, Map.of(), children);
    }

    @Test
    void challengingRowsAreWalkedInPreOrderKeepingLowOnly() {
        ObjectiveRow deep = objective(4, 3L, "Deep", "Mid", ObjectiveRow.SUBOBJECTIVE, "1.1.1", "Low", List.of());
        ObjectiveRow mid = objective(3, 1L, "Mid", "Root", ObjectiveRow.SUBOBJECTIVE, "1.1", "Medium", List.of(deep));
        ObjectiveRow sibling = objective(5, 1L, null, null, ObjectiveRow.SUBOBJECTIVE, null, "Low", List.of());
        ObjectiveRow root = objective(1, null, "Root", null, ObjectiveRow.OBJECTIVE, "1", null, List.of(mid, sibling));
        ObjectiveRow second = objective(2, null, null, null, ObjectiveRow.OBJECTIVE, "2", "Low", List.of());
        ObjectiveRow high = objective(6, null, "High", null, ObjectiveRow.OBJECTIVE, "3", "High", List.of());
        ObjectiveRow lower = objective(7, null, "lower", null, ObjectiveRow.OBJECTIVE, "4", "low", List.of());
        ChallengingObjectivesBody body = new ChallengingObjectivesBody("populated", true, 3,
                List.of(root, second, high, lower));
        assertEquals(List.of(List.of("1.1.1", "Mid", "Deep", "Low"), List.of("", "", "", "Low"),
                List.of("LO 2", "", "", "Low")),
                rows(new ChallengingObjectivesSerializer(), bundle().ready("challenging_objectives", body).build()));
    }

    static AssessmentRow assessment(long id, String title, String available, String due, long completed, long total,
                                    Map<String, Long> histogram) {
        return new AssessmentRow(id, title, null, available, due,
                new AssessmentRow.Completion(completed, total, 0.0, completed + " of " + total + " students completed",
                        "bad"),
                new AssessmentRow.Metrics(1.25, null, 99.95, 100.0, 0.04),
                histogram.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new AssessmentRow.HistogramBin(e.getKey(), e.getValue())).toList());
    }

    @Test
    void assessmentRowsRenderDatesCountsAndScores() {
        AssessmentsBody body = new AssessmentsBody(true, 2, List.of(
                assessment(1, "A", "2026-02-01T23:59:59Z", "2026-02-02T00:00:00Z", 3, 2,
                        Map.of("0-10", 0L, "10-20", 1L, "20-30", 4L)),
                assessment(2, "B", null, null, 0, 0, Map.of())));
        Snapshot snapshot = bundle().ready("assessments", body).build();
        assertEquals(List.of(List.of("A", "2026-02-01", "2026-02-02", "3", "0", "1.3", "", "100", "100", "0"),
                List.of("B", "", "", "0", "0", "1.3", "", "100", "100", "0")),
                rows(new AssessmentSummarySerializer(), snapshot));
        assertEquals(List.of(List.of("A", "10-20", "1"), List.of("A", "20-30", "4")),
                rows(new AssessmentScoresDistributionSerializer(), snapshot));
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> AssessmentSummarySerializer.date("yesterday"));
        assertEquals("not an ISO-8601 timestamp: 'yesterday'", bad.getMessage());
        assertEquals("2026-02-08", AssessmentSummarySerializer.date("2026-02-07T23:30:00-05:00"));
        assertEquals("2026-02-07", AssessmentSummarySerializer.date("2026-02-07T23:30:00"));
    }

    @Test
    void aiContextRowsAreItsFactsInOrder() {
        Snapshot snapshot = bundle().ready("ai_context", new FakeBody(List.of("ai_context|b=2", "ai_context|a|x==y",
                "ai_context|empty="))).build();
        assertEquals(List.of(List.of("b", "2"), List.of("a|x", "=y"), List.of("empty", "")),
                rows(new AiContextSerializer(), snapshot));
        Snapshot foreign = bundle().ready("ai_context", new FakeBody(List.of("summary|x=1"))).build();
        IllegalStateException notOurs = assertThrows(IllegalStateException.class,
                () -> new AiContextSerializer().serialize(foreign, REQUEST));
        assertEquals("not an ai_context fact: 'summary|x=1'", notOurs.getMessage());
        Snapshot noValue = bundle().ready("ai_context", new FakeBody(List.of("ai_context|x"))).build();
        assertThrows(IllegalStateException.class, () -> new AiContextSerializer().serialize(noValue, REQUEST));
    }

    @Test
    void aMissingProjectionOrAnotherBodyIsABug() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new StudentProgressSerializer().serialize(bundle().build(), REQUEST));
        assertEquals("the bundle has no progress projection", missing.getMessage());
        Snapshot wrongBody = bundle().ready("progress", new FakeBody(List.of())).build();
        IllegalStateException wrong = assertThrows(IllegalStateException.class,
                () -> new StudentProgressSerializer().serialize(wrongBody, REQUEST));
        assertEquals("the progress projection body is a org.dashboard.snapshot.export.fixtures.TestBundle$FakeBody,"
                + " not a org.dashboard.snapshot.projections.progress.ProgressBody", wrong.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"{'x': 40}|40", "{'x': 40.5}|40.5", "{'x': 40.0}|40", "{}|7",
        "{'x': null}|7", "{'x': '40'}|7"})
    void thresholdsUseTheMetricFormatAndFallBackToTheDefault(String block, String expected) {
        JsonObject parameters = TestJson.object(block);
        assertEquals(expected, DashboardMetadataSerializer.threshold(parameters, "x", 7));
    }

    @Test
    void metadataWithoutParameterBlocksUsesTheDocumentedDefaults() {
        Snapshot snapshot = bundle().ready("summary", summary(1.0, 2.0, 3.0)).build();
        CsvTable table = new DashboardMetadataSerializer().serialize(snapshot, REQUEST);
        assertEquals(List.of("field", "value"), table.header());
        assertEquals(List.of(List.of("course_name", "Title"), List.of("course_section", "Section"),
                List.of("dashboard_scope", "Entire Course"), List.of("generated_at", "2026-02-04 16:25:18 +00:00"),
                List.of("time_zone", "Etc/UTC"), List.of("completion_threshold", "100%"),
                List.of("inactive_threshold", ">7 days"), List.of("struggling_proficiency", "\u2264 40%"),
                List.of("struggling_progress", "< 40% OR > 80%"), List.of("excelling_proficiency", "\u2265 80%"),
                List.of("excelling_progress", "\u2265 80%"),
                List.of("proficiency_definition", "Learning objective proficiency based on first-attempt correctness"),
                List.of("total_students", "3")), table.rows());
        Snapshot tuned = bundle().ready("summary", summary(1.0, 2.0, 3.0))
                .parameters("{'progress': {'completion_threshold': 70}, 'student_support': {'inactivity_days': 3,"
                        + " 'struggling_progress_low_lt': 30, 'struggling_proficiency_lte': 35,"
                        + " 'excelling_progress_gte': 75, 'excelling_proficiency_gte': 95}}")
                .build();
        List<List<String>> rows = new DashboardMetadataSerializer().serialize(tuned, REQUEST).rows();
        assertEquals(List.of(List.of("completion_threshold", "70%"), List.of("inactive_threshold", ">3 days"),
                List.of("struggling_proficiency", "\u2264 35%"), List.of("struggling_progress", "< 30% OR > 75%"),
                List.of("excelling_proficiency", "\u2265 95%"), List.of("excelling_progress", "\u2265 75%")),
                rows.subList(5, 11));
    }

    @Test
    void headersAreTheDocumentedColumns() {
        assertEquals(List.of("field", "value"), DashboardMetadataSerializer.COLUMNS);
        assertEquals(List.of("metric", "value", "unit"), CourseSummaryMetricsSerializer.COLUMNS);
        assertEquals("content_item,students_completed,completion_rate", String.join(",",
                StudentProgressSerializer.COLUMNS));
        assertEquals("category,student_count,percentage", String.join(",", StudentSupportSummarySerializer.COLUMNS));
        assertEquals("student_id,student_name,progress_pct,proficiency_pct,support_category,inactive",
                String.join(",", StudentSupportListSerializer.COLUMNS));
        assertEquals("label,objective,sub_objective,proficiency", String.join(",",
                ChallengingObjectivesSerializer.COLUMNS));
        assertEquals("assessment_name,score_range,student_count", String.join(",",
                AssessmentScoresDistributionSerializer.COLUMNS));
        assertEquals("assessment_name,available_from,due_date,students_completed,students_not_completed,score_min,"
                + "score_median,score_mean,score_max,score_std_dev", String.join(",",
                AssessmentSummarySerializer.COLUMNS));
        assertEquals(List.of("field", "value"), AiContextSerializer.COLUMNS);
    }
}
