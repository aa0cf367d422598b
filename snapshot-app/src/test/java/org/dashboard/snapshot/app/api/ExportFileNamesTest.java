package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * File names never carry caller text: the {@code Content-Disposition} name is built from numbers and a date only,
 * ZIP entries from the dataset registry only, whatever section id, scope or export text the request sends. Hostile
 * section ids never reach an export at all.
 */
@QuarkusTest
class ExportFileNamesTest {
    private static final Pattern SAFE_FILE = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final String HOSTILE_TEXT = "..\\/..\\/etc\\/passwd\\\"; filename*=UTF-8''evil.exe\\r\\nX-Injected: 1 <script>";

    static Stream<String> hostileSectionIds() {
        return Stream.of("1001%22%3B%20filename%3Devil.exe", "..%2F..%2Fetc%2Fpasswd", "1001%0D%0AX-Injected:%201",
                "%E2%80%AE1001", "1001.zip", "-1001", "99999999999999999999");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSectionIds")
    void hostileSectionIdsAreUnknownSectionsAndNeverAFileName(String sectionId) {
        Response response = given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/sections/" + sectionId + "/exports");

        assertTrue(response.statusCode() == 404, response.statusCode() + " " + response.asString());
        assertEquals(Problems.MEDIA_TYPE, response.contentType());
        assertEquals(null, response.header("Content-Disposition"));
    }

    @Test
    void hostileExportTextLeavesTheFileNamesAlone() throws IOException {
        String body = "{\"scope\": {\"container_type\": \"course\"}, "
                + "\"request_token\": \"" + HOSTILE_TEXT + "\", "
                + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\", \"timezone\": \"Pacific/Kiritimati\"}, "
                + "\"export\": {\"course_name\": \"" + HOSTILE_TEXT + "\", \"course_section\": \"" + HOSTILE_TEXT
                + "\", \"dashboard_scope_label\": \"" + HOSTILE_TEXT + "\", \"include_manifest\": true}}";
        Response response = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sections/1001/exports");

        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"dashboard_export_1001_course_2026-02-05.zip\""));
        for (String entry : ExportResourceTest.entries(response.asByteArray()).keySet()) {
            assertTrue(SAFE_FILE.matcher(entry).matches(), entry);
        }
    }

    @Test
    void theProjectionOnlyExportNamesItsFileFromNumbersOnly() throws IOException {
        String body = "{\"context\": {\"dashboard_context_type\": \"section\", \"dashboard_context_id\": "
                + "9223372036854775807, \"user_id\": 7}, \"scope\": {\"container_type\": \"course\"}, "
                + "\"request_token\": \"" + HOSTILE_TEXT + "\", \"oracle_results\": {}, "
                + "\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}, "
                + "\"export\": {\"course_name\": \"" + HOSTILE_TEXT + "\", \"allow_partial\": true}}";
        Response response = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/exports");

        response.then().statusCode(200)
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"dashboard_export_9223372036854775807_course_2026-02-04.zip\""));
        for (String entry : ExportResourceTest.entries(response.asByteArray()).keySet()) {
            assertTrue(SAFE_FILE.matcher(entry).matches(), entry);
        }
    }
}
