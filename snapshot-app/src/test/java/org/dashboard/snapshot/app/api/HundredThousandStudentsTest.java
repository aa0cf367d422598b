package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * 100,000-student payloads: whole rosters are larger than the 16 MiB body limit and are refused as such (413, not
 * read into memory); a 100,000-row oracle payload within the limit is read and derived (200).
 */
@QuarkusTest
class HundredThousandStudentsTest {
    private static final int STUDENTS = 100_000;
    private static final String HEAD = "{\"context\": {\"dashboard_context_type\": \"section\", "
            + "\"dashboard_context_id\": 42, \"user_id\": 7}, \"scope\": {\"container_type\": \"course\"}, "
            + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, ";

    private static String proficiency() {
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < STUDENTS; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"proficiency_pct\":0.").append(i % 10)
                    .append(",\"progress_pct\":").append(i % 101).append(",\"student_id\":").append(100_000 + i)
                    .append('}');
        }
        return rows.append(']').toString();
    }

    private static String studentInfo() {
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < STUDENTS; i++) {
            rows.append(i == 0 ? "" : ",").append("{\"email\":\"student").append(i)
                    .append("@example.edu\",\"family_name\":\"Family").append(i).append("\",\"given_name\":\"Given")
                    .append(i).append("\",\"last_interaction_at\":\"2026-02-03T19:51:44Z\",\"picture\":null,")
                    .append("\"student_id\":").append(100_000 + i).append('}');
        }
        return rows.append(']').toString();
    }

    private static String ok(String payload) {
        return "{\"status\": \"ok\", \"oracle_version\": 1, \"payload\": " + payload + "}";
    }

    @TestHTTPResource("/")
    URI url;

    @Test
    void aWholeRosterOfAHundredThousandStudentsIsPayloadTooLarge() throws Exception {
        String body = HEAD + "\"oracle_results\": {\"oracle_instructor_progress_proficiency\": " + ok(proficiency())
                + ", \"oracle_instructor_student_info\": " + ok(studentInfo()) + "}}";

        // the service answers as soon as it reads the declared length; a client that waits for 100-continue reads
        // the refusal without sending the body (one that sends regardless has its connection closed after 1 MiB)
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(url + "api/v1/snapshots")).expectContinue(true)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals(Problems.MEDIA_TYPE, response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals("payload_too_large", problem.path("reason_code").asText());
        assertEquals(16777216, problem.path("details").path("limit_bytes").asLong());
    }

    @Test
    void aHundredThousandRowPayloadWithinTheLimitIsDerived() {
        String body = HEAD + "\"capabilities\": [\"student_support\"], \"oracle_results\": "
                + "{\"oracle_instructor_progress_proficiency\": " + ok(proficiency()) + "}}";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/snapshots")
                .then().statusCode(200)
                .body("projection_statuses.student_support.status", equalTo("unavailable"))
                .body("projection_statuses.student_support.reason_code", equalTo("missing_oracle_payload"));
    }
}
