package org.dashboard.snapshot.projections.summary;

import static org.dashboard.snapshot.projections.summary.SummaryFixtures.body;
import static org.dashboard.snapshot.projections.summary.SummaryFixtures.example;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.junit.jupiter.api.Test;

/** The body renders exactly as DOMAIN.md 3.8 shows it (names, order, numbers, nulls). */
class SummaryWireShapeTest {

    private static void assertWire(String expected, SummaryBody body) {
        assertEquals(WireJson.write(TestJson.parse(expected)), WireJson.write(WireJson.toJson(body)));
    }

    @Test
    void specExampleRendersAsDocumented() {
        assertWire("{'scope': {'selector': 'course', 'label': 'Entire Course', 'course_title': 'Gardening Pretest'},"
                + " 'metrics': {'average_class_proficiency': 40.0, 'average_assessment_score': 82.4,"
                + " 'average_student_progress': 53.5},"
                + " 'total_students': 2,"
                + " 'cards': [{'id': 'average_class_proficiency', 'label': 'Average Class Proficiency', 'value': 40.0,"
                + " 'text': '40%', 'state': 'ready'},"
                + " {'id': 'average_assessment_score', 'label': 'Average Assessment Score', 'value': 82.4,"
                + " 'text': '82.4%', 'state': 'ready'},"
                + " {'id': 'average_student_progress', 'label': 'Average Student Progress', 'value': 53.5,"
                + " 'text': '53.5%', 'state': 'ready'}],"
                + " 'recommendation': null,"
                + " 'missing_optional_oracles': ['oracle_instructor_recommendation']}", body(example()));
    }

    @Test
    void recommendationAndUnavailableCardsRenderWithNulls() {
        SummaryBody body = body(example().error(OracleKey.GRADES, "boom")
                .ok(OracleKey.RECOMMENDATION, "{'id': 'r-1', 'state': 'no_signal', 'message': 'Wait a week.'}"));

        assertWire("{'scope': {'selector': 'course', 'label': 'Entire Course', 'course_title': 'Gardening Pretest'},"
                + " 'metrics': {'average_class_proficiency': 40.0, 'average_assessment_score': null,"
                + " 'average_student_progress': 53.5},"
                + " 'total_students': 2,"
                + " 'cards': [{'id': 'average_class_proficiency', 'label': 'Average Class Proficiency', 'value': 40.0,"
                + " 'text': '40%', 'state': 'ready'},"
                + " {'id': 'average_assessment_score', 'label': 'Average Assessment Score', 'value': null,"
                + " 'text': '--', 'state': 'unavailable'},"
                + " {'id': 'average_student_progress', 'label': 'Average Student Progress', 'value': 53.5,"
                + " 'text': '53.5%', 'state': 'ready'}],"
                + " 'recommendation': {'status': 'beginning_course', 'recommendation_id': 'r-1',"
                + " 'body': 'Wait a week.'},"
                + " 'missing_optional_oracles': ['oracle_instructor_grades']}", body);
    }
}
