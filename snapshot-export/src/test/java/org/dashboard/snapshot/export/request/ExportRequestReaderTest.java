package org.dashboard.snapshot.export.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportRequestReaderTest {

    private static ExportRequest accepted(String json) {
        return ExportRequestReader.read(TestJson.parse(json)).value();
    }

    private static Rejection rejected(String json) {
        Outcome<ExportRequest> outcome = ExportRequestReader.read(TestJson.parse(json));
        assertFalse(outcome.isAccepted());
        return outcome.rejection();
    }

    @Test
    void anAbsentOrNullBlockIsTheDefaultRequest() {
        ExportRequest defaults = new ExportRequest("default", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, false);
        assertEquals(defaults, ExportRequestReader.read(null).value());
        assertEquals(defaults, ExportRequestReader.read(JsonValue.nullValue()).value());
        assertEquals(defaults, accepted("{}"));
        assertEquals(defaults, ExportRequest.defaults());
    }

    @Test
    void readsEveryField() {
        ExportRequest request = accepted("{'profile': 'with_optional_ai', 'course_name': 'Gardening',"
                + " 'course_section': 'Section 2', 'dashboard_scope_label': 'Unit 1',"
                + " 'proficiency_definition': 'First try', 'include_manifest': false, 'allow_partial': true}");
        assertEquals(new ExportRequest("with_optional_ai", Optional.of("Gardening"), Optional.of("Section 2"),
                Optional.of("Unit 1"), Optional.of("First try"), false, true), request);
    }

    @Test
    void textsAreKeptAsGiven() {
        ExportRequest request = accepted("{'course_name': '  =Padded, \"quoted\"  '}");
        assertEquals(Optional.of("  =Padded, \"quoted\"  "), request.courseName());
    }

    @Test
    void nullAndBlankValuesFallBackToDefaults() {
        ExportRequest request = accepted("{'profile': '  ', 'course_name': '', 'course_section': null,"
                + " 'dashboard_scope_label': ' \\t', 'proficiency_definition': null, 'include_manifest': null,"
                + " 'allow_partial': null}");
        assertEquals(ExportRequest.defaults(), request);
        assertEquals("default", accepted("{'profile': null}").profile());
    }

    @Test
    void anUnknownProfileIsLeftToTheExport() {
        assertEquals("nope", accepted("{'profile': 'nope'}").profile());
    }

    @Test
    void unknownFieldsAreRefusedNamingFieldAndValue() {
        Rejection rejection = rejected("{'profile': 'default', 'format': 'xlsx'}");
        assertEquals(RequestReason.UNKNOWN_FIELD, rejection.reasonCode());
        assertEquals("{\"field\":\"export.format\",\"value\":\"xlsx\"}", JsonText.write(rejection.details()));
        assertEquals("unknown field 'format' in export; known: [profile, course_name, course_section, "
                + "dashboard_scope_label, proficiency_definition, include_manifest, allow_partial]",
                rejection.message());
    }

    @Test
    void anUnknownFieldIsReportedBeforeAWrongType() {
        Rejection rejection = rejected("{'profile': 3, 'extra': 1}");
        assertEquals(RequestReason.UNKNOWN_FIELD, rejection.reasonCode());
        assertEquals("{\"field\":\"export.extra\",\"value\":1}", JsonText.write(rejection.details()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'profile': 3}|export.profile|3|export.profile must be a string, got number",
        "{'course_name': true}|export.course_name|true|export.course_name must be a string, got boolean",
        "{'course_section': ['a']}|export.course_section|[\"a\"]|export.course_section must be a string, got array",
        "{'dashboard_scope_label': {}}|export.dashboard_scope_label|{}|export.dashboard_scope_label must be a string, got object",
        "{'proficiency_definition': 1.5}|export.proficiency_definition|1.5|export.proficiency_definition must be a string, got number",
        "{'include_manifest': 'yes'}|export.include_manifest|\"yes\"|export.include_manifest must be a boolean, got string",
        "{'allow_partial': 1}|export.allow_partial|1|export.allow_partial must be a boolean, got number",
    })
    void wrongTypesAreInvalidFields(String json, String field, String value, String message) {
        Rejection rejection = rejected(json);
        assertEquals(RequestReason.INVALID_FIELD, rejection.reasonCode());
        assertEquals("{\"field\":\"" + field + "\",\"value\":" + value + "}", JsonText.write(rejection.details()));
        assertEquals(message, rejection.message());
    }

    @Test
    void theBlockMustBeAnObject() {
        Rejection rejection = ExportRequestReader.read(JsonValue.of("default")).rejection();
        assertEquals(RequestReason.INVALID_FIELD, rejection.reasonCode());
        assertEquals("{\"field\":\"export\",\"value\":\"default\"}", JsonText.write(rejection.details()));
        assertEquals("export must be an object, got string", rejection.message());
    }

    @Test
    void flagsAreReadExactly() {
        assertTrue(accepted("{'include_manifest': true}").includeManifest());
        assertFalse(accepted("{'include_manifest': false}").includeManifest());
        assertTrue(accepted("{'allow_partial': true}").allowPartial());
        assertFalse(accepted("{'allow_partial': false}").allowPartial());
    }

    @Test
    void theRecordNormalisesBlankTextsAndProfiles() {
        ExportRequest request = new ExportRequest(null, Optional.of(" "), Optional.of("S"), Optional.empty(),
                Optional.of(""), true, false);
        assertEquals("default", request.profile());
        assertEquals(Optional.empty(), request.courseName());
        assertEquals(Optional.of("S"), request.courseSection());
        assertEquals(Optional.empty(), request.proficiencyDefinition());
        assertThrows(NullPointerException.class, () -> new ExportRequest("default", null, Optional.empty(),
                Optional.empty(), Optional.empty(), true, false));
    }

    @Test
    void withersChangeOneField() {
        ExportRequest base = ExportRequest.defaults();
        assertEquals("x", base.withProfile("x").profile());
        assertEquals(Optional.of("C"), base.withCourseName("C").courseName());
        assertEquals(Optional.empty(), base.withCourseName(null).courseName());
        assertEquals(Optional.of("S"), base.withCourseSection("S").courseSection());
        assertEquals(Optional.of("L"), base.withDashboardScopeLabel("L").dashboardScopeLabel());
        assertEquals(Optional.of("P"), base.withProficiencyDefinition("P").proficiencyDefinition());
        assertFalse(base.withIncludeManifest(false).includeManifest());
        assertTrue(base.withAllowPartial(true).allowPartial());
        ExportRequest all = base.withProfile("p").withCourseName("c").withCourseSection("s")
                .withDashboardScopeLabel("l").withProficiencyDefinition("d").withIncludeManifest(false)
                .withAllowPartial(true);
        assertEquals(new ExportRequest("p", Optional.of("c"), Optional.of("s"), Optional.of("l"), Optional.of("d"),
                false, true), all);
    }
}
