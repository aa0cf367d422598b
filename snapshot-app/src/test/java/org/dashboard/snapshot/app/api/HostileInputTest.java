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
 * Hostile input the other reason-code suites do not cover: bodies at the JSON read limits, non-finite numbers,
 * wrong JSON types, negative and huge ids, unknown names, bad time zones, out-of-range and overlapping thresholds,
 * over the body and over the query string. Each is a 4xx problem with its precise reason code and the field at
 * fault, never a 5xx.
 */
@QuarkusTest
class HostileInputTest {
    private static final String CONTEXT = "{\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 42, "
            + "\"user_id\": 7}";
    private static final String HUGE = "99999999999999999999999";

    static String body(String context, String scope, String extra) {
        return "{\"context\": " + context + ", \"scope\": " + scope + ", \"oracle_results\": {}" + extra + "}";
    }

    static String withExtra(String extra) {
        return body(CONTEXT, "{\"container_type\": \"course\"}", extra);
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("infinity", 400, "malformed_request", "$", withExtra(", \"metadata\": {\"x\": Infinity}")),
                Arguments.of("minus infinity", 400, "malformed_request", "$", withExtra(", \"projection_version\": -Infinity")),
                Arguments.of("context as array", 422, "invalid_context", "context", body("[]", "{\"container_type\": \"course\"}", "")),
                Arguments.of("section id as string", 422, "invalid_context", "context.dashboard_context_id",
                        body(CONTEXT.replace("42", "\"42\""), "{\"container_type\": \"course\"}", "")),
                Arguments.of("user id as boolean", 422, "invalid_context", "context.user_id",
                        body(CONTEXT.replace("7", "true"), "{\"container_type\": \"course\"}", "")),
                Arguments.of("negative user id", 422, "invalid_context", "context.user_id",
                        body(CONTEXT.replace("7", "-7"), "{\"container_type\": \"course\"}", "")),
                Arguments.of("huge user id", 422, "invalid_context", "context.user_id",
                        body(CONTEXT.replace("7", HUGE), "{\"container_type\": \"course\"}", "")),
                Arguments.of("fractional user id", 422, "invalid_context", "context.user_id",
                        body(CONTEXT.replace("7", "7.5"), "{\"container_type\": \"course\"}", "")),
                Arguments.of("huge section id", 422, "invalid_context", "context.dashboard_context_id",
                        body(CONTEXT.replace("42", "9223372036854775808"), "{\"container_type\": \"course\"}", "")),
                Arguments.of("zero section id", 422, "invalid_context", "context.dashboard_context_id",
                        body(CONTEXT.replace("42", "0"), "{\"container_type\": \"course\"}", "")),
                Arguments.of("scope as array", 422, "invalid_scope", "scope", body(CONTEXT, "[]", "")),
                Arguments.of("negative container id", 422, "invalid_scope", "scope.container_id",
                        body(CONTEXT, "{\"container_type\": \"container\", \"container_id\": -5}", "")),
                Arguments.of("huge container id", 422, "invalid_scope", "scope.container_id",
                        body(CONTEXT, "{\"container_type\": \"container\", \"container_id\": " + HUGE + "}", "")),
                Arguments.of("huge projection version", 422, "unsupported_projection_version", "projection_version",
                        withExtra(", \"projection_version\": " + HUGE)),
                Arguments.of("capabilities as string", 400, "invalid_field", "capabilities",
                        withExtra(", \"capabilities\": \"summary\"")),
                Arguments.of("capability as number", 404, "unknown_capability", "capabilities",
                        withExtra(", \"capabilities\": [7]")),
                Arguments.of("parameters as array", 422, "invalid_parameters", "parameters",
                        withExtra(", \"parameters\": []")),
                Arguments.of("unknown time zone", 422, "invalid_timezone", "parameters.timezone",
                        withExtra(", \"parameters\": {\"timezone\": \"Mars/Olympus_Mons\"}")),
                Arguments.of("padded time zone", 422, "invalid_timezone", "parameters.timezone",
                        withExtra(", \"parameters\": {\"timezone\": \" America/New_York\"}")),
                Arguments.of("offset time zone", 422, "invalid_timezone", "parameters.timezone",
                        withExtra(", \"parameters\": {\"timezone\": \"UTC+05:00\"}")),
                Arguments.of("numeric time zone", 422, "invalid_timezone", "parameters.timezone",
                        withExtra(", \"parameters\": {\"timezone\": 5}")),
                Arguments.of("negative threshold", 422, "invalid_parameters", "parameters.progress.completion_threshold",
                        withExtra(", \"parameters\": {\"progress\": {\"completion_threshold\": -10}}")),
                Arguments.of("huge threshold", 422, "invalid_parameters", "parameters.progress.completion_threshold",
                        withExtra(", \"parameters\": {\"progress\": {\"completion_threshold\": " + HUGE + "}}")),
                Arguments.of("threshold as string", 422, "invalid_parameters",
                        "parameters.assessments.completion_threshold_pct",
                        withExtra(", \"parameters\": {\"assessments\": {\"completion_threshold_pct\": \"50\"}}")),
                Arguments.of("overlapping thresholds", 422, "invalid_parameters",
                        "parameters.student_support.excelling_progress_gte",
                        withExtra(", \"parameters\": {\"student_support\": {\"excelling_progress_gte\": 30}}")),
                Arguments.of("huge max chars", 422, "invalid_parameters", "parameters.ai_context.max_chars",
                        withExtra(", \"parameters\": {\"ai_context\": {\"max_chars\": " + HUGE + "}}")),
                Arguments.of("envelope as number", 422, "invalid_oracle_result", "oracle_results.oracle_instructor_grades",
                        withExtra("").replace("\"oracle_results\": {}",
                                "\"oracle_results\": {\"oracle_instructor_grades\": 5}")),
                Arguments.of("huge oracle version", 422, "invalid_oracle_result",
                        "oracle_results.oracle_instructor_grades.oracle_version",
                        withExtra("").replace("\"oracle_results\": {}", "\"oracle_results\": {\"oracle_instructor_grades\": "
                                + "{\"status\": \"ok\", \"oracle_version\": " + HUGE + ", \"payload\": {}}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void hostileBodiesAreRefusedWithTheirReasonCode(String name, int status, String reason, String field,
                                                   String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/snapshots")
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason))
                .body("details.field", equalTo(field));
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("max_nesting_depth", 64, withExtra(", \"metadata\": {\"x\": " + nested(70) + "}")),
                Arguments.of("max_string_length", 1048576, withExtra(", \"request_token\": \""
                        + "t".repeat((1 << 20) + 1) + "\"")),
                Arguments.of("max_name_length", 1048576, withExtra(", \"" + "n".repeat((1 << 20) + 1) + "\": 1")),
                Arguments.of("max_number_length", 64, withExtra(", \"projection_version\": " + "1".repeat(65))),
                Arguments.of("max_number_length", 64, withExtra(", \"projection_version\": 1." + "5".repeat(70))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void bodiesOverAJsonLimitAreJsonLimitExceeded(String limit, int max, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/snapshots")
                .then().statusCode(400).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("json_limit_exceeded"))
                .body("details.field", equalTo("$"))
                .body("details.limit", equalTo(limit))
                .body("details.max", equalTo(max));
    }

    static Stream<Arguments> queries() {
        String snapshot = "/api/v1/sections/1001/snapshot?";
        return Stream.of(
                Arguments.of("/api/v1/sections/" + HUGE + "/snapshot", 404, "unknown_section", "section_id"),
                Arguments.of("/api/v1/sections/-3/snapshot", 404, "unknown_section", "section_id"),
                Arguments.of("/api/v1/sections/0/projections/summary", 404, "unknown_section", "section_id"),
                Arguments.of("/api/v1/sections/1001/projections/weather", 404, "unknown_capability", "capability"),
                Arguments.of(snapshot + "capabilities=summary,weather", 404, "unknown_capability", "capabilities"),
                Arguments.of(snapshot + "container_type=container&container_id=-3", 422, "invalid_scope",
                        "scope.container_id"),
                Arguments.of(snapshot + "container_type=container&container_id=" + HUGE, 422, "invalid_scope",
                        "scope.container_id"),
                Arguments.of(snapshot + "user_id=" + HUGE, 422, "invalid_context", "user_id"),
                Arguments.of(snapshot + "user_id=-1", 422, "invalid_context", "user_id"),
                Arguments.of(snapshot + "projection_version=" + HUGE, 422, "unsupported_projection_version",
                        "projection_version"),
                Arguments.of(snapshot + "timezone=Mars/Olympus_Mons", 422, "invalid_timezone", "parameters.timezone"),
                Arguments.of(snapshot + "completion_threshold=1e400", 422, "invalid_parameters",
                        "parameters.progress.completion_threshold"),
                Arguments.of(snapshot + "max_chars=" + HUGE, 422, "invalid_parameters",
                        "parameters.ai_context.max_chars"),
                Arguments.of(snapshot + "struggling_proficiency_lte=90", 422, "invalid_parameters",
                        "parameters.student_support.struggling_proficiency_lte"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void hostileQueriesAreRefusedWithTheirReasonCode(String path, int status, String reason, String field) {
        given().urlEncodingEnabled(false)
                .when().get(path)
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason))
                .body("details.field", equalTo(field));
    }

    static Stream<Arguments> sectionExports() {
        return Stream.of(
                Arguments.of("{\"export\": {\"profile\": \"../../etc\"}}", 422, "unknown_export_profile"),
                Arguments.of("{\"parameters\": {\"timezone\": \"Nowhere/Land\"}}", 422, "invalid_timezone"),
                Arguments.of("{\"scope\": {\"container_type\": \"container\", \"container_id\": " + HUGE + "}}", 422,
                        "invalid_scope"),
                Arguments.of("{\"oracle_results\": {}}", 400, "unknown_field"),
                Arguments.of("[]", 400, "malformed_request"),
                Arguments.of("{\"export\": " + nested(80) + "}", 400, "json_limit_exceeded"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("sectionExports")
    void hostileSectionExportBodiesAreRefused(String body, int status, String reason) {
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sections/1001/exports")
                .then().statusCode(status).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo(reason));
    }
}
