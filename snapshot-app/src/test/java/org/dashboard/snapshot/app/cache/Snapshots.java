package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.projections.InstructorCapabilities;

/** get_or_build over the built-in sample section 1001, with a data version of its own per call. */
final class Snapshots {
    private Snapshots() {
    }

    static String freshDataVersion() {
        return "it-" + UUID.randomUUID();
    }

    /** GETs the whole bundle of section 1001 under {@code dataVersion}, expecting 200. */
    static JsonPath sampleSection(String dataVersion) {
        return timedSampleSection(dataVersion).extract().jsonPath();
    }

    /** The same GET, for tests that also read how long the service took ({@code response().time()}). */
    static ValidatableResponse timedSampleSection(String dataVersion) {
        return given().queryParam("generated_at", "2026-02-04T16:25:18Z").queryParam("data_version", dataVersion)
                .when().get("/api/v1/sections/1001/snapshot")
                .then().statusCode(200);
    }

    /**
     * Runs the HTTP stack and every projection once on the projection-only path, which touches no cache, so a
     * timed request that follows measures the cache rather than the first request of a fresh JVM.
     */
    static void warmUpWithoutTheCache() {
        String body = "{\"context\": {\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 42,"
                + " \"user_id\": 7}, \"scope\": {\"container_type\": \"course\"}, \"oracle_results\": {}}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/snapshots").then().statusCode(200)
                .extract().jsonPath().getMap("projection_statuses");
        given().queryParam("data_version", "warm-up").when().get("/api/v1/sections/999/snapshot")
                .then().statusCode(404);
    }

    /** Asserts that every capability of the catalog was derived and is ready. */
    static void assertEveryProjectionReady(JsonPath bundle) {
        Map<String, String> expected = new TreeMap<>();
        for (Capability capability : InstructorCapabilities.catalog().capabilities()) {
            expected.put(capability.key(), "ready");
        }
        Map<String, String> actual = new TreeMap<>();
        Map<String, Map<String, Object>> statuses = bundle.getMap("projection_statuses");
        statuses.forEach((capability, status) -> actual.put(capability, String.valueOf(status.get("status"))));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
    }
}
