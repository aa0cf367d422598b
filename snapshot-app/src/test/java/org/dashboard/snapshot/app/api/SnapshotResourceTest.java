package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class SnapshotResourceTest {
    static final String CONTEXT = "\"context\": {\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 42, "
            + "\"user_id\": 7}";
    static final String BODY = "{" + CONTEXT + ", \"scope\": {\"container_type\": \"course\"}, "
            + "\"request_token\": \"dash-7-0001\", "
            + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, "
            + "\"oracle_results\": {"
            + "\"oracle_instructor_progress_proficiency\": {\"status\": \"ok\", \"payload\": ["
            + "{\"student_id\": 1, \"progress_pct\": 25.0, \"proficiency_pct\": 0.35}]},"
            + "\"oracle_instructor_student_info\": {\"status\": \"ok\", \"payload\": ["
            + "{\"student_id\": 1, \"email\": \"ada@example.edu\", \"given_name\": \"Ada\", \"family_name\": \"Lovelace\", "
            + "\"last_interaction_at\": \"2026-02-03T10:00:00Z\"}]},"
            + "\"oracle_instructor_scope_resources\": {\"status\": \"ok\", \"payload\": {\"course_title\": \"Gardening\", "
            + "\"items\": []}},"
            + "\"oracle_instructor_grades\": {\"status\": \"error\", \"reason\": \"timeout\"}}";

    private static String body(String extra) {
        return BODY + extra + "}";
    }

    @Nested
    class ProjectionOnly {

        @Test
        void assemblesTheCallersOraclesWithAStatusPerCapability() {
            given().contentType(ContentType.JSON).body(body(""))
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("request_token", equalTo("dash-7-0001"))
                    .body("metadata.generated_at", equalTo("2026-02-04T16:25:18Z"))
                    .body("projection_statuses.student_support.status", equalTo("ready"))
                    .body("projections.student_support.buckets[0].id", equalTo("struggling"))
                    .body("projections.student_support.buckets[0].count", equalTo(1))
                    .body("projection_statuses.assessments.status", equalTo("failed"))
                    .body("projection_statuses.assessments.reason_code", equalTo("projection_timeout"))
                    .body("projection_statuses.progress.status", equalTo("unavailable"))
                    .body("projection_statuses.progress.reason_code", equalTo("missing_oracle_payload"))
                    .body("projection_statuses.summary.status", equalTo("partial"))
                    .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_timeout"))
                    .body("oracles", equalTo(java.util.Map.of()));
        }

        @Test
        void echoesOraclePayloadsWhenAsked() {
            given().contentType(ContentType.JSON).body(body(", \"include_oracles\": true"))
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(200)
                    .body("oracles.oracle_instructor_progress_proficiency[0].student_id", equalTo(1));
        }

        @Test
        void mintsARequestTokenWhenNoneIsGiven() {
            given().contentType(ContentType.JSON).body(body("").replace("\"request_token\": \"dash-7-0001\", ", ""))
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(200)
                    .body("request_token", startsWith("req-"))
                    .body("projections.student_support.request_token", startsWith("req-"));
        }

        @Test
        void derivesOnlyTheRequestedCapabilities() {
            given().contentType(ContentType.JSON).body(body(", \"capabilities\": [\"student_support\"]"))
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(200)
                    .body("projection_statuses", hasKey("student_support"))
                    .body("projection_statuses", not(hasKey("summary")));
        }

        @Test
        void unknownTopLevelFieldIs400() {
            problem(body(", \"foo\": 1"), 400, "unknown_field", "foo");
        }

        @Test
        void malformedJsonIs400() {
            problem("{\"context\": ", 400, "malformed_request", "$");
        }

        @Test
        void invalidScopeIs422NamingTheField() {
            problem(body("").replace("{\"container_type\": \"course\"}",
                    "{\"container_type\": \"course\", \"container_id\": 5}"), 422, "invalid_scope", "scope.container_id");
        }

        @Test
        void unsupportedProjectionVersionIs422() {
            problem(body(", \"projection_version\": 3"), 422, "unsupported_projection_version", "projection_version");
        }

        @Test
        void unknownCapabilityIs404() {
            problem(body(", \"capabilities\": [\"weather\"]"), 404, "unknown_capability", "capabilities");
        }

        @Test
        void invalidTimezoneIs422() {
            problem(body("").replace("\"generated_at\"", "\"timezone\": \"Mars/Olympus\", \"generated_at\""), 422,
                    "invalid_timezone", "parameters.timezone");
        }

        @Test
        void projectContextTypeIsRefused() {
            problem(body("").replace("\"dashboard_context_type\": \"section\"", "\"dashboard_context_type\": \"project\""),
                    422, "unsupported_dashboard_context_type", "context.dashboard_context_type");
        }

        @Test
        void projectionVersionTwoAddsNamesToSupportStudents() {
            given().contentType(ContentType.JSON).body(body(", \"projection_version\": 2"))
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(200)
                    .body("projection_version", equalTo(2))
                    .body("projections.student_support.buckets[0].students[0].given_name", equalTo("Ada"));
        }

        private void problem(String body, int status, String reason, String field) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/snapshots")
                    .then().statusCode(status).contentType("application/problem+json")
                    .body("status", equalTo(status))
                    .body("reason_code", equalTo(reason))
                    .body("type", equalTo("urn:dashboard-snapshot:problem:" + reason))
                    .body("details.field", equalTo(field));
        }
    }

    @Nested
    class GetOrBuild {

        @Test
        void servesABuiltInSampleSection() {
            given().when().get("/api/v1/sections/1001/snapshot?generated_at=2026-02-04T16:25:18Z")
                    .then().statusCode(200)
                    .body("metadata.dashboard_context_id", equalTo(1001))
                    .body("projection_statuses.summary.status", equalTo("ready"))
                    .body("projection_statuses.progress.status", equalTo("ready"))
                    .body("projection_statuses.student_support.status", equalTo("ready"))
                    .body("projection_statuses.challenging_objectives.status", equalTo("ready"))
                    .body("projection_statuses.assessments.status", equalTo("ready"))
                    .body("projections.summary.total_students", equalTo(20));
        }

        @Test
        void takesParametersFromTheQuery() {
            given().when().get("/api/v1/sections/1001/snapshot?completion_threshold=50&timezone=America/New_York"
                            + "&capabilities=progress")
                    .then().statusCode(200)
                    .body("metadata.timezone", equalTo("America/New_York"))
                    .body("projections.progress.completion_threshold", equalTo(50))
                    .body("projection_statuses", not(hasKey("summary")));
        }

        @Test
        void unknownSectionIs404() {
            given().when().get("/api/v1/sections/999/snapshot")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("reason_code", equalTo("unknown_section"))
                    .body("details.value", equalTo(999));
        }

        @Test
        void nonNumericSectionIs404() {
            given().when().get("/api/v1/sections/abc/snapshot")
                    .then().statusCode(404).body("reason_code", equalTo("unknown_section"));
        }

        @Test
        void invalidThresholdIs422() {
            given().when().get("/api/v1/sections/1001/snapshot?completion_threshold=55")
                    .then().statusCode(422)
                    .body("reason_code", equalTo("invalid_parameters"))
                    .body("details.field", equalTo("parameters.progress.completion_threshold"))
                    .body("details.value", equalTo(55));
        }

        @Test
        void containerWithoutIdIs422() {
            given().when().get("/api/v1/sections/1001/snapshot?container_type=container")
                    .then().statusCode(422).body("reason_code", equalTo("invalid_scope"));
        }

        @Test
        void oneProjectionWithItsStatus() {
            given().when().get("/api/v1/sections/1001/projections/progress?completion_threshold=50")
                    .then().statusCode(200)
                    .body("capability", equalTo("progress"))
                    .body("status.status", equalTo("ready"))
                    .body("projection.completion_threshold", equalTo(50))
                    .body("projection.class_size", equalTo(20))
                    .body("fingerprint.length()", equalTo(64));
        }

        @Test
        void unknownCapabilityIs404() {
            given().when().get("/api/v1/sections/1001/projections/weather")
                    .then().statusCode(404).body("reason_code", equalTo("unknown_capability"));
        }

        @Test
        void anUnpublishedProjectionIs422WithItsStatus() {
            given().when().get("/api/v1/sections/1001/projections/progress?container_type=container&container_id=999999")
                    .then().statusCode(422)
                    .body("reason_code", equalTo("missing_oracle_payload"))
                    .body("details.status", equalTo("unavailable"))
                    .body("details.projection_status.details.oracles[0]", equalTo("oracle_instructor_progress_bins"));
        }
    }

    @Test
    void unknownRouteIsAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("reason_code", equalTo("not_found"));
    }

    @Test
    void wrongMethodIsAProblem() {
        given().when().delete("/api/v1/snapshots")
                .then().statusCode(405).contentType("application/problem+json")
                .body("reason_code", equalTo("method_not_allowed"));
    }
}
