package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.dashboard.snapshot.app.api.SseEvents.Event;
import org.junit.jupiter.api.Test;

/** The incremental snapshot stream over the built-in sample source (every oracle settles in one batch). */
@QuarkusTest
public class SnapshotStreamResourceTest {
    static final String STREAM = "/api/v1/sections/1001/snapshot/stream";
    static final String GET = "/api/v1/sections/1001/snapshot";

    private static Response stream(String query) {
        return given().accept("text/event-stream").when().get(STREAM + "?" + query);
    }

    private static List<Event> events(String query) {
        Response response = stream(query);
        response.then().statusCode(200).contentType("text/event-stream");
        return SseEvents.parse(response.asString());
    }

    @Test
    void oraclesSettledTogetherComeInKeyOrderThenProjectionsInCatalogOrderThenTheBundle() {
        // a data version of its own: nothing cached, every oracle settles in the sample source's one batch
        List<Event> events = events("data_version=stream-order&capabilities=ai_context,progress,summary,assessments,"
                + "student_support,challenging_objectives");

        assertEquals(List.of(
                "oracle oracle_instructor_grades",
                "oracle oracle_instructor_objectives_proficiency",
                "oracle oracle_instructor_progress_bins",
                "oracle oracle_instructor_progress_proficiency",
                "oracle oracle_instructor_recommendation",
                "oracle oracle_instructor_schedule_position",
                "oracle oracle_instructor_scope_resources",
                "oracle oracle_instructor_student_info",
                "projection summary",
                "projection progress",
                "projection student_support",
                "projection challenging_objectives",
                "projection assessments",
                "projection ai_context",
                "snapshot"), SseEvents.labels(events));
    }

    @Test
    void cachedOraclesSettleFirstAndEachCapabilityComesExactlyOnce() {
        events("data_version=stream-cached&capabilities=progress"); // caches progress' required oracles
        List<Event> events = events("data_version=stream-cached&capabilities=progress,student_support");

        assertEquals(List.of(
                "oracle oracle_instructor_progress_bins",
                "oracle oracle_instructor_scope_resources",
                "oracle oracle_instructor_progress_proficiency",
                "oracle oracle_instructor_schedule_position",
                "oracle oracle_instructor_student_info",
                "projection progress",
                "projection student_support",
                "snapshot"), SseEvents.labels(events));
    }

    @Test
    void theSnapshotEventCarriesTheGetBundleByteForByte() {
        String query = "request_token=dash-7-0001&generated_at=2026-02-04T16:25:18Z&timezone=America/New_York"
                + "&completion_threshold=50&include_oracles=true";
        List<Event> events = events(query);
        String bundle = given().when().get(GET + "?" + query).then().statusCode(200).extract().asString();

        Event last = events.get(events.size() - 1);
        assertEquals("snapshot", last.name());
        assertEquals(bundle, last.data());
    }

    @Test
    void anEventCarriesTheRequestTokenKeyAndWireStatus() {
        List<Event> events = events("request_token=dash-7-0002&data_version=stream-shape&capabilities=progress");

        assertEquals("{\"request_token\":\"dash-7-0002\",\"oracle_key\":\"oracle_instructor_progress_bins\","
                + "\"status\":{\"status\":\"ready\",\"stale\":false,\"oracle_version\":1,\"metadata\":{}}}",
                events.get(0).data());
        Event progress = events.get(3);
        assertEquals("projection progress", progress.label());
        assertEquals(true, progress.data().startsWith("{\"request_token\":\"dash-7-0002\",\"capability\":\"progress\","
                + "\"status\":{\"status\":\"ready\"},\"projection\":{\"capability\":\"progress\","),
                progress.data());
    }

    @Test
    void aBadQueryIsRefusedBeforeStreamingWithTheGetsProblem() {
        String query = "completion_threshold=55";
        Response refused = stream(query);
        String expected = given().when().get(GET + "?" + query).then().statusCode(422).extract().asString();

        refused.then().statusCode(422).contentType(Problems.MEDIA_TYPE);
        assertEquals(expected, refused.asString());
        assertEquals("{\"type\":\"urn:dashboard-snapshot:problem:invalid_parameters\",\"title\":\"Invalid parameters\","
                + "\"status\":422,\"reason_code\":\"invalid_parameters\","
                + "\"detail\":\"completion_threshold must be a multiple of 10\","
                + "\"details\":{\"field\":\"parameters.progress.completion_threshold\",\"value\":55}}", expected);
    }

    @Test
    void anUnknownSectionIsTheGetsNotFoundProblem() {
        Response refused = given().accept("text/event-stream").when().get("/api/v1/sections/999/snapshot/stream");
        refused.then().statusCode(404).contentType(Problems.MEDIA_TYPE);
        assertEquals(given().when().get("/api/v1/sections/999/snapshot").then().statusCode(404).extract().asString(),
                refused.asString());
    }
}
