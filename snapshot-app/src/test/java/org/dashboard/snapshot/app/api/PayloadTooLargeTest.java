package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bodies over the configured limit get 413 {@code application/problem+json} with {@code payload_too_large},
 * whether the size is declared ({@code Content-Length}) or only known while reading (chunked), never Quarkus'
 * empty 413. The profile lowers the one setting, {@code snapshot.json.max-document-bytes}, to 4 KiB; the HTTP
 * limit follows it.
 */
@QuarkusTest
@TestProfile(PayloadTooLargeTest.FourKibibyteBodies.class)
public class PayloadTooLargeTest {
    static final int LIMIT = 4096;

    @TestHTTPResource("/api/v1/snapshots")
    URL snapshots;

    /** The body limit lowered to 4 KiB. */
    public static class FourKibibyteBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("snapshot.json.max-document-bytes", Integer.toString(LIMIT));
        }
    }

    /** A valid snapshot body padded with trailing whitespace to exactly {@code length} bytes. */
    static String bodyOf(int length) {
        String body = SnapshotResourceTest.BODY + "}";
        int size = body.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(size <= length, "the base body is " + size + " bytes");
        return body + " ".repeat(length - size);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsAProblem() {
        given().contentType(ContentType.JSON).body(bodyOf(LIMIT + 1))
                .when().post("/api/v1/snapshots")
                .then().statusCode(413).contentType(Problems.MEDIA_TYPE)
                .body("status", equalTo(413))
                .body("reason_code", equalTo("payload_too_large"))
                .body("type", equalTo("urn:dashboard-snapshot:problem:payload_too_large"))
                .body("details.limit_bytes", equalTo(LIMIT));
    }

    @Test
    void aBodyOfExactlyTheLimitIsServed() {
        given().contentType(ContentType.JSON).body(bodyOf(LIMIT))
                .when().post("/api/v1/snapshots")
                .then().statusCode(200).body("request_token", equalTo("dash-7-0001"));
    }

    @Test
    void everyBodyEndpointAppliesTheLimit() {
        for (String path : new String[] {"/api/v1/exports", "/api/v1/sections/1001/exports"}) {
            given().contentType(ContentType.JSON).body(bodyOf(2 * LIMIT))
                    .when().post(path)
                    .then().statusCode(413).contentType(Problems.MEDIA_TYPE)
                    .body("reason_code", equalTo("payload_too_large"));
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblem() throws Exception {
        HttpResponse<String> response = postChunked(bodyOf(3 * LIMIT));
        assertEquals(413, response.statusCode());
        assertEquals(Problems.MEDIA_TYPE, response.headers().firstValue("content-type").orElse(""));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertEquals("payload_too_large", problem.get("reason_code").asText());
        assertEquals(LIMIT, problem.at("/details/limit_bytes").asInt());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsServed() throws Exception {
        HttpResponse<String> response = postChunked(bodyOf(LIMIT));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("dash-7-0001", new ObjectMapper().readTree(response.body()).get("request_token").asText());
    }

    /** Posts with an unknown length, so HTTP/1.1 sends the body chunked and without Content-Length. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(snapshots.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
