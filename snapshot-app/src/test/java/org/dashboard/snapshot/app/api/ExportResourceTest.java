package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ExportResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] exportSection(String body) {
        Response response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sections/1001/exports");
        response.then().statusCode(200).contentType("application/zip");
        return response.asByteArray();
    }

    @Test
    void sectionExportIsAZipNamedForTheSectionScopeAndDate() throws Exception {
        Response response = given().contentType(ContentType.JSON)
                .body("{\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\", \"timezone\": \"America/New_York\"}}")
                .when().post("/api/v1/sections/1001/exports");
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"dashboard_export_1001_course_2026-02-04.zip\"");
        Map<String, byte[]> entries = entries(response.asByteArray());
        assertEquals(List.of("dashboard_metadata.csv", "course_summary_metrics.csv", "student_progress.csv",
                "student_support_summary.csv", "student_support_list.csv", "challenging_learning_objectives.csv",
                "assessment_scores_distribution.csv", "assessment_summary.csv", "manifest.json"),
                new ArrayList<>(entries.keySet()));
        JsonNode manifest = JSON.readTree(entries.get("manifest.json"));
        assertEquals("default", manifest.get("export_profile").asText());
        for (JsonNode dataset : manifest.get("datasets")) {
            byte[] file = entries.get(dataset.get("filename").asText());
            assertEquals(sha256(file), dataset.get("sha256").asText(), dataset.toString());
        }
    }

    @Test
    void theSameRequestGivesByteIdenticalZips() {
        String body = "{\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, \"request_token\": \"t-1\"}";
        assertArrayEquals(exportSection(body), exportSection(body));
    }

    /** AC-002 through the API: the numbers a tile receives equal the numbers the CSV holds, for the same request. */
    @Test
    void tilesAndCsvAgreeForTheSameRequest() throws Exception {
        String query = "generated_at=2026-02-04T16:25:18Z&completion_threshold=50&container_type=course";
        JsonNode snapshot = JSON.readTree(given().when().get("/api/v1/sections/1002/snapshot?" + query)
                .then().statusCode(200).extract().asByteArray());
        byte[] zip = given().contentType(ContentType.JSON)
                .body("{\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\", "
                        + "\"progress\": {\"completion_threshold\": 50}}}")
                .when().post("/api/v1/sections/1002/exports").then().statusCode(200).extract().asByteArray();
        Map<String, byte[]> entries = entries(zip);

        JsonNode series = snapshot.at("/projections/progress/series");
        List<CSVRecord> progress = csv(entries.get("student_progress.csv"));
        assertEquals(series.size(), progress.size());
        for (int i = 0; i < series.size(); i++) {
            assertEquals(series.get(i).get("label").asText(), progress.get(i).get("content_item"));
            assertEquals(series.get(i).get("count").asText(), progress.get(i).get("students_completed"));
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", series.get(i).get("percent").asDouble()),
                    progress.get(i).get("completion_rate"));
        }

        Map<String, String> bucketByStudent = new LinkedHashMap<>();
        for (JsonNode bucket : snapshot.at("/projections/student_support/buckets")) {
            for (JsonNode student : bucket.get("students")) {
                bucketByStudent.put(student.get("student_id").asText(), bucket.get("id").asText());
            }
        }
        List<CSVRecord> list = csv(entries.get("student_support_list.csv"));
        assertEquals(bucketByStudent.size(), list.size());
        for (CSVRecord row : list) {
            assertEquals(bucketByStudent.get(row.get("student_id")), row.get("support_category"), row.toString());
        }

        JsonNode metrics = snapshot.at("/projections/summary/metrics");
        for (CSVRecord row : csv(entries.get("course_summary_metrics.csv"))) {
            double tile = metrics.get(row.get("metric")).asDouble();
            assertEquals(tile, Double.parseDouble(row.get("value")), 0.0, row.toString());
        }

        JsonNode parity = JSON.readTree(entries.get("manifest.json")).get("parity");
        assertEquals(snapshot.at("/fingerprints/progress").asText(), parity.get("progress").asText());
        assertEquals(snapshot.at("/fingerprints/student_support").asText(), parity.get("student_support").asText());
        assertEquals(snapshot.at("/fingerprints/summary").asText(), parity.get("summary").asText());
    }

    @Test
    void projectionOnlyExportFailsClosedWithoutZipBytes() {
        String body = "{" + SnapshotResourceTest.CONTEXT + ", \"scope\": {\"container_type\": \"course\"}, "
                + "\"oracle_results\": {}, \"export\": {\"profile\": \"default\"}}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/exports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("reason_code", equalTo("required_projection_unavailable"))
                .body("details.dataset_id", equalTo("student_progress"));
    }

    @Test
    void allowPartialGivesAZipWhoseManifestSaysWhatIsMissing() throws Exception {
        String body = "{" + SnapshotResourceTest.CONTEXT + ", \"scope\": {\"container_type\": \"course\"}, "
                + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, "
                + "\"oracle_results\": {}, \"export\": {\"allow_partial\": true}}";
        byte[] zip = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/exports")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        JsonNode manifest = JSON.readTree(entries(zip).get("manifest.json"));
        JsonNode progress = null;
        for (JsonNode dataset : manifest.get("datasets")) {
            if (dataset.get("dataset_id").asText().equals("student_progress")) {
                progress = dataset;
            }
        }
        assertEquals("excluded", progress.get("status").asText());
        assertEquals("dataset_policy_excluded", progress.get("reason_code").asText());
        assertTrue(entries(zip).containsKey("dashboard_metadata.csv"));
    }

    @Test
    void unknownProfileIs422() {
        given().contentType(ContentType.JSON).body("{\"export\": {\"profile\": \"everything\"}}")
                .when().post("/api/v1/sections/1001/exports")
                .then().statusCode(422).body("reason_code", equalTo("unknown_export_profile"));
    }

    @Test
    void contextIsNotPartOfASectionExportBody() {
        given().contentType(ContentType.JSON).body("{" + SnapshotResourceTest.CONTEXT + "}")
                .when().post("/api/v1/sections/1001/exports")
                .then().statusCode(400).body("reason_code", equalTo("unknown_field"))
                .body("details.field", equalTo("context"));
    }

    @Test
    void unknownSectionExportIs404() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/sections/77/exports")
                .then().statusCode(404).body("reason_code", equalTo("unknown_section"));
    }

    @Test
    void exportsAreCountedInMetrics() {
        exportSection("{}");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("snapshot_export_seconds_count{container_type=\"course\","
                + "dashboard_context_type=\"section\",outcome=\"ok\",profile=\"default\",reason_code=\"none\"}"),
                metrics.lines().filter(l -> l.startsWith("snapshot_export")).toList().toString());
        assertTrue(metrics.contains("snapshot_projection_seconds_count{capability=\"progress\""), "projection timer");
        assertTrue(metrics.contains("snapshot_assembly_seconds_count{container_type=\"course\""), "assembly timer");
    }
}
