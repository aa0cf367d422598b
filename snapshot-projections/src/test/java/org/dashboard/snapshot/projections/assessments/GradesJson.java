package org.dashboard.snapshot.projections.assessments;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.projection.Payload;
import org.dashboard.snapshot.projections.common.ScopeResources;

/** Test helper: grades rows as JSON text, with defaults for every field (each a raw JSON literal). */
final class GradesJson {
    String pageId = "11";
    String title = "'Module 13 Quiz'";
    String minimum = "50";
    String median = "70";
    String mean = "82.4";
    String maximum = "95";
    String standardDeviation = "8.7";
    String histogram = "{'80-90': 3}";
    String availableAt = "'2026-02-02T12:00:00Z'";
    String dueAt = "'2026-02-07T12:00:00Z'";
    String completedCount = "1";
    String totalStudents = "2";

    static GradesJson grade(long pageId) {
        GradesJson grade = new GradesJson();
        grade.pageId = Long.toString(pageId);
        return grade;
    }

    GradesJson title(String json) {
        this.title = json;
        return this;
    }

    GradesJson stats(String min, String med, String avg, String max, String sd) {
        this.minimum = min;
        this.median = med;
        this.mean = avg;
        this.maximum = max;
        this.standardDeviation = sd;
        return this;
    }

    GradesJson histogram(String json) {
        this.histogram = json;
        return this;
    }

    GradesJson dates(String available, String due) {
        this.availableAt = available == null ? "null" : "'" + available + "'";
        this.dueAt = due == null ? "null" : "'" + due + "'";
        return this;
    }

    GradesJson completion(long completed, long total) {
        this.completedCount = Long.toString(completed);
        this.totalStudents = Long.toString(total);
        return this;
    }

    GradesJson completionRaw(String completed, String total) {
        this.completedCount = completed;
        this.totalStudents = total;
        return this;
    }

    String json() {
        return "{'page_id': " + pageId + ", 'section_resource_id': 900, 'title': " + title + ", 'minimum': " + minimum
                + ", 'median': " + median + ", 'mean': " + mean + ", 'maximum': " + maximum
                + ", 'standard_deviation': " + standardDeviation + ", 'histogram': " + histogram
                + ", 'available_at': " + availableAt + ", 'due_at': " + dueAt + ", 'completed_count': "
                + completedCount + ", 'total_students': " + totalStudents + "}";
    }

    static String payload(GradesJson... grades) {
        StringBuilder out = new StringBuilder("{'grades': [");
        for (int i = 0; i < grades.length; i++) {
            out.append(i == 0 ? "" : ", ").append(grades[i].json());
        }
        return out.append("]}").toString();
    }

    static String payload(List<String> grades) {
        return "{'grades': [" + String.join(", ", grades) + "]}";
    }

    /** A scope resources payload whose items are pages with the given ids, titled "Page &lt;id&gt;". */
    static String scope(long... pageIds) {
        StringBuilder out = new StringBuilder("{'course_title': 'Gardening', 'items': [");
        for (int i = 0; i < pageIds.length; i++) {
            out.append(i == 0 ? "" : ", ").append("{'resource_id': ").append(pageIds[i])
                    .append(", 'resource_type_id': 1, 'title': 'Page ").append(pageIds[i]).append("'}");
        }
        return out.append("]}").toString();
    }

    static AssessmentsBody derive(String grades, String scope, long threshold) {
        return AssessmentsProjection.fromPayloads(Payload.of(OracleKey.GRADES, TestJson.parse(grades)),
                ScopeResources.read(Payload.of(OracleKey.SCOPE_RESOURCES, TestJson.parse(scope))), threshold);
    }
}
