package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No student's name or email leaves through the side channels: the log of requests over sample data (good and
 * refused ones), the Prometheus metrics, and the export's manifest. The responses themselves carry them where the
 * contract says (student support rows, CSVs): that is the data, not a leak.
 */
@QuarkusTest
class NoPersonalDataTest {
    private static final long SECTION = 1001;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(
                        record.getParameters()) + " " + (record.getThrown() == null ? "" : record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTheLog() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    /** Emails and full names of the sample section's students. */
    private static TreeSet<String> personalData() {
        JsonValue info = SampleSections.standard(SECTION).oracles(Scope.course())
                .get(OracleKey.of("oracle_instructor_student_info"));
        TreeSet<String> pii = new TreeSet<>();
        for (JsonValue row : ((JsonValue.JsonArray) info).elements()) {
            JsonValue.JsonObject student = (JsonValue.JsonObject) row;
            String given = ((JsonValue.JsonString) student.getOrNull("given_name")).value();
            String family = ((JsonValue.JsonString) student.getOrNull("family_name")).value();
            String email = ((JsonValue.JsonString) student.getOrNull("email")).value();
            if (!email.isBlank()) {
                pii.add(email);
            }
            if (!given.isBlank() && !family.isBlank()) {
                pii.add(given + " " + family);
                pii.add(family + ", " + given);
            }
        }
        return pii;
    }

    private static String bodyWithTheSectionsOracles() {
        StringBuilder oracles = new StringBuilder();
        for (Map.Entry<OracleKey, JsonValue> oracle : SampleSections.standard(SECTION).oracles(Scope.course())
                .entrySet()) {
            oracles.append(oracles.length() == 0 ? "" : ", ").append('"').append(oracle.getKey().value())
                    .append("\": {\"status\": \"ok\", \"oracle_version\": 1, \"payload\": ")
                    .append(JsonText.write(oracle.getValue())).append('}');
        }
        return "{\"context\": {\"dashboard_context_type\": \"section\", \"dashboard_context_id\": 1001, "
                + "\"user_id\": 7}, \"scope\": {\"container_type\": \"course\"}, "
                + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, \"oracle_results\": {" + oracles + "}}";
    }

    @Test
    void neitherTheLogNorTheMetricsNorTheManifestNameAStudent() throws Exception {
        TreeSet<String> pii = personalData();
        assertTrue(pii.size() >= 40, "most of the 20 students have an email and a name: " + pii.size());
        String query = "?generated_at=2026-02-04T16:25:18Z&include_oracles=true";

        String snapshot = given().when().get("/api/v1/sections/" + SECTION + "/snapshot" + query)
                .then().statusCode(200).extract().asString();
        assertTrue(pii.stream().anyMatch(snapshot::contains), "the fixture's names must be in the data it serves");
        given().when().get("/api/v1/sections/" + SECTION + "/projections/student_support" + query)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(bodyWithTheSectionsOracles())
                .when().post("/api/v1/snapshots").then().statusCode(200);
        // refusals that echo a value: a student's name where a number belongs, an email as a time zone
        String name = pii.first();
        given().contentType(ContentType.JSON).body(bodyWithTheSectionsOracles()
                        .replace("\"user_id\": 7", "\"user_id\": \"" + name + "\""))
                .when().post("/api/v1/snapshots").then().statusCode(422);
        given().when().get("/api/v1/sections/" + SECTION + "/snapshot?timezone=" + pii.last())
                .then().statusCode(422);
        byte[] zip = given().contentType(ContentType.JSON)
                .body("{\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, "
                        + "\"export\": {\"include_manifest\": true}}")
                .when().post("/api/v1/sections/" + SECTION + "/exports")
                .then().statusCode(200).extract().asByteArray();
        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .extract().asString();

        Map<String, byte[]> entries = ExportResourceTest.entries(zip);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String csvs = new String(entries.get("student_support_list.csv"), StandardCharsets.UTF_8);
        assertTrue(pii.stream().anyMatch(csvs::contains), "the student support CSV lists the students");
        List<String> log;
        synchronized (logged) {
            log = List.copyOf(logged);
        }
        assertTrue(metrics.contains("snapshot_"), "the service's own metrics are there");
        org.jboss.logging.Logger.getLogger(NoPersonalDataTest.class).infof("probe %s", name);
        synchronized (logged) {
            assertTrue(logged.stream().anyMatch(line -> line.contains(name)), "the capture sees the service's log");
        }
        for (String personal : pii) {
            assertTrue(log.stream().noneMatch(line -> line.contains(personal)), personal + " is in the log");
            assertTrue(!metrics.contains(personal), personal + " is in the metrics");
            assertTrue(!manifest.contains(personal), personal + " is in the manifest");
        }
    }
}
