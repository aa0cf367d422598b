package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal a snapshot or export body can provoke, over HTTP: the status, the reason code and the field the
 * details name. Each case changes one thing in an otherwise valid body.
 */
@QuarkusTest
public class ReasonCodesOverHttpTest {
    private static final String CONTEXT = "{\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 42, "
            + "\"user_id\": 7}";
    private static final String COURSE = "{\"container_type\": \"course\"}";
    private static final String OK = "{\"status\": \"ok\", \"payload\": {}}";

    private static String body(String context, String scope, String oracles, String extra) {
        return "{\"context\": " + context + ", \"scope\": " + scope + ", \"oracle_results\": " + oracles + extra + "}";
    }

    private static String withExtra(String extra) {
        return body(CONTEXT, COURSE, "{}", extra);
    }

    private static String withOracles(String oracles) {
        return body(CONTEXT, COURSE, oracles, "");
    }

    static Stream<Arguments> snapshotBodies() {
        return Stream.of(
                Arguments.of("invalid_request_token", 422, "request_token", withExtra(", \"request_token\": 5")),
                Arguments.of("invalid_context", 422, "context.dashboard_context_id",
                        body(CONTEXT.replace("42", "-1"), COURSE, "{}", "")),
                Arguments.of("invalid_context", 422, "context", body("\"section-42\"", COURSE, "{}", "")),
                Arguments.of("unsupported_dashboard_context_type", 422, "context.dashboard_context_type",
                        body(CONTEXT.replace("section", "project"), COURSE, "{}", "")),
                Arguments.of("invalid_scope", 422, "scope.container_type",
                        body(CONTEXT, "{\"container_type\": \"planet\"}", "{}", "")),
                Arguments.of("scope_context_mismatch", 422, "scope",
                        body(CONTEXT.replace("}", ", \"scope\": {\"container_type\": \"container\", "
                                + "\"container_id\": 5}}"), COURSE, "{}", "")),
                Arguments.of("invalid_oracle_key", 422, "oracle_results.Bad-Key",
                        withOracles("{\"Bad-Key\": " + OK + "}")),
                Arguments.of("invalid_oracle_status", 422, "oracle_results.oracle_instructor_grades.status",
                        withOracles("{\"oracle_instructor_grades\": {\"status\": \"maybe\"}}")),
                Arguments.of("invalid_oracle_result", 422, "oracle_results.oracle_instructor_grades.oracle_version",
                        withOracles("{\"oracle_instructor_grades\": {\"status\": \"ok\", \"oracle_version\": -1}}")),
                Arguments.of("invalid_oracle_result", 422, "oracle_results", withOracles("[1]").replace(
                        "\"oracle_results\": [1]", "\"oracle_results\": 7")),
                Arguments.of("invalid_metadata", 422, "oracle_results.oracle_instructor_grades.metadata.tags",
                        withOracles("{\"oracle_instructor_grades\": {\"status\": \"ok\", \"payload\": {}, "
                                + "\"metadata\": {\"tags\": [1]}}}")),
                Arguments.of("invalid_metadata", 422, "metadata.x", withExtra(", \"metadata\": {\"x\": {\"y\": 1}}")),
                Arguments.of("metadata_identity_mismatch", 422, "metadata.dashboard_context_id",
                        withExtra(", \"metadata\": {\"dashboard_context_id\": 43}")),
                Arguments.of("unsupported_snapshot_version", 422, "snapshot_version",
                        withExtra(", \"snapshot_version\": 2")),
                Arguments.of("unsupported_projection_version", 422, "projection_version",
                        withExtra(", \"projection_version\": \"one\"")),
                Arguments.of("invalid_parameters", 422, "parameters.progress.completion_threshold",
                        withExtra(", \"parameters\": {\"progress\": {\"completion_threshold\": 105}}")),
                Arguments.of("invalid_parameters", 422, "parameters.student_support.struggling_progress_low_lt",
                        withExtra(", \"parameters\": {\"student_support\": {\"struggling_progress_low_lt\": 90}}")),
                Arguments.of("invalid_parameters", 422, "parameters.weather",
                        withExtra(", \"parameters\": {\"weather\": {}}")),
                Arguments.of("invalid_parameters", 422, "parameters.generated_at",
                        withExtra(", \"parameters\": {\"generated_at\": \"yesterday\"}")),
                Arguments.of("invalid_timezone", 422, "parameters.timezone",
                        withExtra(", \"parameters\": {\"timezone\": \"+05:00\"}")),
                Arguments.of("invalid_field", 400, "include_oracles", withExtra(", \"include_oracles\": \"yes\"")),
                Arguments.of("invalid_field", 400, "capabilities", withExtra(", \"capabilities\": []")),
                Arguments.of("unknown_capability", 404, "capabilities", withExtra(", \"capabilities\": [\"weather\"]")),
                Arguments.of("unknown_field", 400, "oracles", withExtra(", \"oracles\": {}")),
                Arguments.of("malformed_request", 400, "$", "[1, 2]"),
                Arguments.of("malformed_request", 400, "$", "{\"a\": 1, \"a\": 2}"),
                Arguments.of("malformed_request", 400, "$", "{\"x\": NaN}"));
    }

    @ParameterizedTest(name = "{0} for {2}")
    @MethodSource("snapshotBodies")
    void snapshotBodiesAreRefusedWithTheirReasonCode(String reason, int status, String field, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/snapshots")
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason))
                .body("status", equalTo(status))
                .body("details.field", equalTo(field));
    }

    @ParameterizedTest(name = "{0} for {2}")
    @MethodSource("snapshotBodies")
    void exportBodiesAreRefusedWithTheSameReasonCodes(String reason, int status, String field, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/exports")
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason))
                .body("details.field", equalTo(field));
    }

    static Stream<Arguments> exportBlocks() {
        return Stream.of(
                Arguments.of("unknown_export_profile", 422, "{\"profile\": \"everything\"}"),
                Arguments.of("unknown_field", 400, "{\"profile\": \"default\", \"format\": \"xlsx\"}"),
                Arguments.of("invalid_field", 400, "{\"allow_partial\": \"sometimes\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportBlocks")
    void exportBlocksAreRefusedWithTheirReasonCode(String reason, int status, String block) {
        given().contentType(ContentType.JSON).body(withExtra(", \"export\": " + block))
                .when().post("/api/v1/exports")
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason));
    }

    @org.junit.jupiter.api.Test
    void aFailedRequiredProjectionFailsTheExportClosed() {
        String oracles = "{\"oracle_instructor_progress_bins\": {\"status\": \"error\", \"reason\": \"boom\"}, "
                + "\"oracle_instructor_scope_resources\": " + OK + "}";
        given().contentType(ContentType.JSON)
                .body(body(CONTEXT, COURSE, oracles, ", \"capabilities\": [\"summary\", \"progress\"]"))
                .when().post("/api/v1/exports")
                .then().statusCode(422).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("required_projection_failed"))
                .body("details.dataset_id", equalTo("student_progress"))
                .body("details.projections[0].capability", equalTo("progress"))
                .body("details.projections[0].status", equalTo("failed"))
                .body("details.projections[0].reason_code", equalTo("required_oracle_failed"));
    }
}
