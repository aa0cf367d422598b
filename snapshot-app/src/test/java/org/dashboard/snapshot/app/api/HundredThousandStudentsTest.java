package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        // the service answers as soon as it reads the declared length, before the body: send the headers and the
        // first bytes, then read the answer
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String answer;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(120_000); // a bound so a regression fails instead of hanging the build
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/snapshots HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, 1 << 16);
            out.flush();
            answer = readResponse(socket.getInputStream());
        }

        assertTrue(bytes.length > 16777216, "the roster is " + bytes.length + " bytes");
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
        JsonNode problem = new ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
        assertEquals("payload_too_large", problem.path("reason_code").asText());
        assertEquals(16777216, problem.path("details").path("limit_bytes").asLong());
    }

    /** One HTTP/1.1 response: its head up to the blank line, then as many body bytes as Content-Length says. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed inside the response head: " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text);
        if (!length.find()) {
            throw new AssertionError("no Content-Length in " + text);
        }
        return text + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
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
