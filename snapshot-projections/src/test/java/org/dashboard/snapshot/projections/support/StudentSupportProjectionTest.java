package org.dashboard.snapshot.projections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code student_support} through the real assembler and projection engine. */
class StudentSupportProjectionTest {
    static final String PROGRESS = """
            [{'student_id': 1, 'progress_pct': 25, 'proficiency_pct': 0.35},
             {'student_id': 2, 'progress_pct': 82.46, 'proficiency_pct': 0.845},
             {'student_id': 3, 'progress_pct': 60, 'proficiency_pct': null},
             {'student_id': 9, 'progress_pct': 10, 'proficiency_pct': 0.1}]""";
    static final String INFO = """
            [{'student_id': 1, 'email': 'ada@example.edu', 'given_name': 'Ada', 'family_name': 'Lovelace',
              'picture': null, 'last_interaction_at': '2026-02-03T10:00:00Z'},
             {'student_id': 2, 'email': 'grace@example.edu', 'given_name': 'Grace', 'family_name': 'Hopper',
              'picture': 'https://img.example.edu/g.png', 'last_interaction_at': '2026-01-20T08:00:00Z'},
             {'student_id': 3, 'email': 'alan@example.edu', 'given_name': '', 'family_name': ' ',
              'last_interaction_at': null},
             {'student_id': 4, 'email': 'kat@example.edu', 'given_name': 'Katherine', 'family_name': 'Johnson',
              'picture': null, 'last_interaction_at': '2026-02-04T09:00:00.750Z'}]""";

    static final String GOLDEN_V1 = "{\"parameters\":{\"inactivity_days\":7,\"struggling_progress_low_lt\":40,"
            + "\"struggling_proficiency_lte\":40,\"excelling_progress_gte\":80,\"excelling_proficiency_gte\":80},"
            + "\"totals\":{\"total_students\":4,\"active_students\":2,\"inactive_students\":2},"
            + "\"default_bucket_id\":\"struggling\",\"has_activity_data\":true,\"buckets\":["
            + "{\"id\":\"struggling\",\"label\":\"Struggling\",\"count\":1,\"pct\":0.25,\"active_count\":1,"
            + "\"inactive_count\":0,\"students\":[{\"student_id\":1,\"display_name\":\"Ada Lovelace\","
            + "\"email\":\"ada@example.edu\",\"picture\":null,\"progress_pct\":25.0,\"proficiency_pct\":35.0,"
            + "\"activity_status\":\"active\",\"last_interaction_at\":\"2026-02-03T10:00:00Z\"}]},"
            + "{\"id\":\"on_track\",\"label\":\"On Track\",\"count\":0,\"pct\":0.0,\"active_count\":0,"
            + "\"inactive_count\":0,\"students\":[]},"
            + "{\"id\":\"excelling\",\"label\":\"Excelling\",\"count\":1,\"pct\":0.25,\"active_count\":0,"
            + "\"inactive_count\":1,\"students\":[{\"student_id\":2,\"display_name\":\"Grace Hopper\","
            + "\"email\":\"grace@example.edu\",\"picture\":\"https://img.example.edu/g.png\",\"progress_pct\":82.5,"
            + "\"proficiency_pct\":84.5,\"activity_status\":\"inactive\","
            + "\"last_interaction_at\":\"2026-01-20T08:00:00Z\"}]},"
            + "{\"id\":\"not_enough_information\",\"label\":\"Not enough information\",\"count\":2,\"pct\":0.5,"
            + "\"active_count\":1,\"inactive_count\":1,\"students\":["
            + "{\"student_id\":3,\"display_name\":\"alan@example.edu\",\"email\":\"alan@example.edu\","
            + "\"picture\":null,\"progress_pct\":60.0,\"proficiency_pct\":null,\"activity_status\":\"inactive\","
            + "\"last_interaction_at\":null},"
            + "{\"student_id\":4,\"display_name\":\"Katherine Johnson\",\"email\":\"kat@example.edu\","
            + "\"picture\":null,\"progress_pct\":null,\"proficiency_pct\":null,\"activity_status\":\"active\","
            + "\"last_interaction_at\":\"2026-02-04T09:00:00Z\"}]}]}";

    static final String GOLDEN_V2 = GOLDEN_V1
            .replace("\"display_name\":\"Ada Lovelace\",",
                    "\"display_name\":\"Ada Lovelace\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\",")
            .replace("\"display_name\":\"Grace Hopper\",",
                    "\"display_name\":\"Grace Hopper\",\"given_name\":\"Grace\",\"family_name\":\"Hopper\",")
            .replace("\"display_name\":\"alan@example.edu\",",
                    "\"display_name\":\"alan@example.edu\",\"given_name\":\"\",\"family_name\":\" \",")
            .replace("\"display_name\":\"Katherine Johnson\",",
                    "\"display_name\":\"Katherine Johnson\",\"given_name\":\"Katherine\",\"family_name\":\"Johnson\",");

    static final String ONE_PROGRESS = "[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 0.5}]";
    static final String ONE_INFO = "[{'student_id': 1, 'email': 'a@x.edu', 'given_name': 'A', 'family_name': 'B',"
            + " 'last_interaction_at': '2026-02-04T00:00:00Z'}]";

    @Test
    void declaresItsCapabilityOraclesAndNoOptionalOracle() {
        StudentSupportProjection projection = new StudentSupportProjection();
        assertEquals(Capability.of("student_support"), projection.capability());
        assertEquals(List.of(OracleKey.PROGRESS_PROFICIENCY, OracleKey.STUDENT_INFO), projection.requiredOracles());
        assertEquals(List.of(), projection.optionalOracles());
    }

    @Test
    void workedExampleIsReadyWithTheDocumentedBody() {
        Derivation derivation = SupportFixture.of(PROGRESS, INFO).derive();
        assertEquals(ProjectionStatus.READY, derivation.status());
        StudentSupportBody body = (StudentSupportBody) derivation.projection().orElseThrow().body();
        assertEquals(SupportParameters.DEFAULTS, body.parameters());
        assertEquals(new StudentSupportBody.Totals(4, 2, 2), body.totals());
        assertEquals("struggling", body.defaultBucketId());
        assertTrue(body.hasActivityData());
        assertEquals(List.of(
                new StudentSupportBody.Bucket("struggling", "Struggling", 1, 0.25, 1, 0, List.of(
                        new StudentRow.V1(1, "Ada Lovelace", "ada@example.edu", null, 25.0, 35.0, "active",
                                "2026-02-03T10:00:00Z"))),
                new StudentSupportBody.Bucket("on_track", "On Track", 0, 0.0, 0, 0, List.of()),
                new StudentSupportBody.Bucket("excelling", "Excelling", 1, 0.25, 0, 1, List.of(
                        new StudentRow.V1(2, "Grace Hopper", "grace@example.edu", "https://img.example.edu/g.png",
                                82.5, 84.5, "inactive", "2026-01-20T08:00:00Z"))),
                new StudentSupportBody.Bucket("not_enough_information", "Not enough information", 2, 0.5, 1, 1,
                        List.of(new StudentRow.V1(3, "alan@example.edu", "alan@example.edu", null, 60.0, null,
                                        "inactive", null),
                                new StudentRow.V1(4, "Katherine Johnson", "kat@example.edu", null, null, null,
                                        "active", "2026-02-04T09:00:00Z")))),
                body.buckets());
    }

    @Test
    void versionOneWritesExactlyTheGoldenShape() {
        Derivation derivation = SupportFixture.of(PROGRESS, INFO).version(1).derive();
        assertEquals(1, derivation.projection().orElseThrow().projectionVersion());
        assertEquals(GOLDEN_V1, SupportJson.write(derivation.projection().orElseThrow().body()));
    }

    @Test
    void defaultProjectionVersionIsVersionOne() {
        assertEquals(GOLDEN_V1, SupportJson.write(SupportFixture.of(PROGRESS, INFO).body()));
    }

    @Test
    void versionTwoAddsOnlyGivenAndFamilyNameAfterDisplayName() {
        Derivation derivation = SupportFixture.of(PROGRESS, INFO).version(2).derive();
        assertEquals(2, derivation.projection().orElseThrow().projectionVersion());
        StudentSupportBody body = (StudentSupportBody) derivation.projection().orElseThrow().body();
        assertEquals(GOLDEN_V2, SupportJson.write(body));
        assertEquals(new StudentRow.V2(1, "Ada Lovelace", "Ada", "Lovelace", "ada@example.edu", null, 25.0, 35.0,
                "active", "2026-02-03T10:00:00Z"), body.buckets().get(0).students().get(0));
    }

    @Test
    void versionsShareFactsAndFingerprint() {
        Derivation one = SupportFixture.of(PROGRESS, INFO).version(1).derive();
        Derivation two = SupportFixture.of(PROGRESS, INFO).version(2).derive();
        assertEquals(one.fingerprint(), two.fingerprint());
        assertEquals(one.projection().orElseThrow().body().parityFacts(),
                two.projection().orElseThrow().body().parityFacts());
    }

    @Test
    void parityFactsRenderBothCsvDatasets() {
        StudentSupportBody body = SupportFixture.of(PROGRESS, INFO).body();
        List<String> expected = List.of(
                "student_support|bucket|struggling|student_count=1",
                "student_support|bucket|struggling|percentage=25.0",
                "student_support|bucket|on_track|student_count=0",
                "student_support|bucket|on_track|percentage=0.0",
                "student_support|bucket|excelling|student_count=1",
                "student_support|bucket|excelling|percentage=25.0",
                "student_support|bucket|not_enough_information|student_count=2",
                "student_support|bucket|not_enough_information|percentage=50.0",
                "student_support|student|1|inactive=False",
                "student_support|student|1|proficiency_pct=35",
                "student_support|student|1|progress_pct=25",
                "student_support|student|1|student_name=Ada Lovelace",
                "student_support|student|1|support_category=struggling",
                "student_support|student|2|inactive=True",
                "student_support|student|2|proficiency_pct=84.5",
                "student_support|student|2|progress_pct=82.5",
                "student_support|student|2|student_name=Grace Hopper",
                "student_support|student|2|support_category=excelling",
                "student_support|student|3|inactive=True",
                "student_support|student|3|proficiency_pct=",
                "student_support|student|3|progress_pct=60",
                "student_support|student|3|student_name=alan@example.edu",
                "student_support|student|3|support_category=not_enough_information",
                "student_support|student|4|inactive=False",
                "student_support|student|4|proficiency_pct=",
                "student_support|student|4|progress_pct=",
                "student_support|student|4|student_name=Katherine Johnson",
                "student_support|student|4|support_category=not_enough_information");
        assertEquals(sorted(expected), body.parityFacts());
        assertEquals(Optional.of(ParityFingerprint.of(expected)), SupportFixture.of(PROGRESS, INFO).derive()
                .fingerprint());
    }

    @Test
    void streamedFingerprintEqualsTheFingerprintOfTheSortedFacts() {
        String info = "[{'student_id': 123, 'given_name': 'Zoë', 'family_name': '😀 Smile'},"
                + " {'student_id': 2, 'given_name': null, 'family_name': null, 'email': null},"
                + " {'student_id': 12, 'given_name': '  ', 'email': 'é@x.edu'},"
                + " {'student_id': 9007199254740991, 'given_name': '" + "x".repeat(40_000) + "'}]";
        String progress = "[{'student_id': 123, 'progress_pct': 90, 'proficiency_pct': 0.9},"
                + " {'student_id': 12, 'progress_pct': 10.05, 'proficiency_pct': 0.1}]";
        for (StudentSupportBody body : List.of(SupportFixture.of(progress, info).body(),
                SupportFixture.of(PROGRESS, INFO).body(), SupportFixture.of("[]", "[]").body())) {
            List<String> facts = body.parityFacts();
            List<String> sorted = new java.util.ArrayList<>(facts);
            sorted.sort(null);
            assertEquals(sorted, facts);
            org.dashboard.snapshot.domain.projection.FactDigest digest =
                    new org.dashboard.snapshot.domain.projection.FactDigest();
            body.writeSortedFacts(digest);
            assertEquals(ParityFingerprint.of(facts), digest.hex());
            assertEquals(ParityFingerprint.of(facts), ParityFingerprint.of(body));
        }
    }

    @Test
    void studentFactsComeInTheirSortedOrderSoTheFingerprintSortIsOnePass() {
        String info = "[{'student_id': 123, 'given_name': 'A'}, {'student_id': 2, 'given_name': 'B'},"
                + " {'student_id': 12, 'given_name': 'C'}, {'student_id': 1000, 'given_name': 'D'}]";
        String progress = "[{'student_id': 123, 'progress_pct': 90, 'proficiency_pct': 0.9},"
                + " {'student_id': 12, 'progress_pct': 10, 'proficiency_pct': 0.1}]";
        List<String> facts = SupportFixture.of(progress, info).body().parityFacts();
        List<String> students = facts.subList(8, facts.size());
        List<String> sorted = new java.util.ArrayList<>(students);
        sorted.sort(null);
        assertEquals(sorted, students);
        assertEquals(List.of("student_support|student|1000|inactive=True", "student_support|student|123|inactive=True",
                "student_support|student|12|inactive=True", "student_support|student|2|inactive=True"),
                students.stream().filter(f -> f.contains("|inactive=")).toList());
    }

    @Test
    void summaryPercentageIsRoundedOnceFromCounts() {
        String info = "[{'student_id': 1, 'email': 'a@x.edu', 'last_interaction_at': null},"
                + " {'student_id': 2, 'email': 'b@x.edu', 'last_interaction_at': null},"
                + " {'student_id': 3, 'email': 'c@x.edu', 'last_interaction_at': null}]";
        String progress = "[{'student_id': 1, 'progress_pct': 10, 'proficiency_pct': 0.1},"
                + " {'student_id': 2, 'progress_pct': 10, 'proficiency_pct': 0.1},"
                + " {'student_id': 3, 'progress_pct': 50, 'proficiency_pct': 0.5}]";
        StudentSupportBody body = SupportFixture.of(progress, info).body();
        assertEquals(0.6667, body.buckets().get(0).pct());
        assertEquals(0.3333, body.buckets().get(1).pct());
        List<String> facts = body.parityFacts();
        assertTrue(facts.contains("student_support|bucket|struggling|percentage=66.7"), facts::toString);
        assertTrue(facts.contains("student_support|bucket|on_track|percentage=33.3"), facts::toString);
        assertTrue(facts.contains("student_support|bucket|excelling|percentage=0.0"), facts::toString);
    }

    @Test
    void noStudentsGivesFourEmptyBucketsAndNoDefault() {
        StudentSupportBody body = SupportFixture.of("[]", "[]").body();
        assertEquals(new StudentSupportBody.Totals(0, 0, 0), body.totals());
        assertEquals(null, body.defaultBucketId());
        assertFalse(body.hasActivityData());
        assertEquals(List.of("struggling", "on_track", "excelling", "not_enough_information"),
                body.buckets().stream().map(StudentSupportBody.Bucket::id).toList());
        for (StudentSupportBody.Bucket bucket : body.buckets()) {
            assertEquals(0, bucket.count());
            assertEquals(0.0, bucket.pct());
        }
        assertEquals(List.of(
                "student_support|bucket|struggling|student_count=0",
                "student_support|bucket|struggling|percentage=0.0",
                "student_support|bucket|on_track|student_count=0",
                "student_support|bucket|on_track|percentage=0.0",
                "student_support|bucket|excelling|student_count=0",
                "student_support|bucket|excelling|percentage=0.0",
                "student_support|bucket|not_enough_information|student_count=0",
                "student_support|bucket|not_enough_information|percentage=0.0").stream().sorted().toList(),
                body.parityFacts());
    }

    static List<String> sorted(List<String> facts) {
        return facts.stream().sorted().toList();
    }

    // ---- readiness ----

    @Test
    void missingProgressOracleMakesItUnavailable() {
        Derivation derivation = SupportFixture.fixture().info(ONE_INFO).derive();
        assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                StatusDetails.oracles(List.of(OracleKey.PROGRESS_PROFICIENCY))), derivation.status());
        assertTrue(derivation.projection().isEmpty());
    }

    @Test
    void missingStudentInfoMakesItUnavailable() {
        Derivation derivation = SupportFixture.fixture().progress(ONE_PROGRESS).derive();
        assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                StatusDetails.oracles(List.of(OracleKey.STUDENT_INFO))), derivation.status());
    }

    @Test
    void bothOraclesMissingAreNamedSorted() {
        Derivation derivation = SupportFixture.fixture().derive();
        assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                StatusDetails.oracles(List.of(OracleKey.PROGRESS_PROFICIENCY, OracleKey.STUDENT_INFO))),
                derivation.status());
    }

    @Test
    void failedRequiredOracleFailsTheProjection() {
        Derivation derivation = SupportFixture.fixture().progress(ONE_PROGRESS)
                .error(OracleKey.STUDENT_INFO, "boom").derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED,
                StatusDetails.oracles(List.of(OracleKey.STUDENT_INFO))), derivation.status());
        assertTrue(derivation.projection().isEmpty());
    }

    @Test
    void timedOutRequiredOracleIsProjectionTimeout() {
        Derivation derivation = SupportFixture.fixture().info(ONE_INFO)
                .error(OracleKey.PROGRESS_PROFICIENCY, "timeout").derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT,
                StatusDetails.oracles(List.of(OracleKey.PROGRESS_PROFICIENCY))), derivation.status());
    }

    @Test
    void oneTimeoutAmongSeveralFailuresIsProjectionTimeout() {
        Derivation derivation = SupportFixture.fixture().error(OracleKey.STUDENT_INFO, "boom")
                .error(OracleKey.PROGRESS_PROFICIENCY, "timeout").derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT,
                StatusDetails.oracles(List.of(OracleKey.PROGRESS_PROFICIENCY, OracleKey.STUDENT_INFO))),
                derivation.status());
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "progress_pct above 100|[{'student_id': 1, 'progress_pct': 101, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].progress_pct|101",
        "negative progress_pct|[{'student_id': 1, 'progress_pct': -0.1, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].progress_pct|-0.1",
        "proficiency above 1|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 1.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].proficiency_pct|1.5",
        "proficiency as a percent|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 40}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].proficiency_pct|40",
        "negative proficiency|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': -0.01}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].proficiency_pct|-0.01",
        "negative id|[{'student_id': -3, 'progress_pct': 50, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].student_id|-3",
        "zero id|[{'student_id': 0, 'progress_pct': 50, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].student_id|0",
        "fractional id|[{'student_id': 1.5, 'progress_pct': 50, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].student_id|1.5",
        "missing id|[{'progress_pct': 50, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].student_id|null",
        "string progress|[{'student_id': 1, 'progress_pct': '50', 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].progress_pct|'50'",
        "string proficiency|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': '0.5'}]|"
                + "oracles.oracle_instructor_progress_proficiency[0].proficiency_pct|'0.5'",
        "second row invalid|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 0.5},"
                + " {'student_id': 2, 'progress_pct': 100.5, 'proficiency_pct': 0.5}]|"
                + "oracles.oracle_instructor_progress_proficiency[1].progress_pct|100.5",
        "row without info row|[{'student_id': 1, 'progress_pct': 50, 'proficiency_pct': 0.5},"
                + " {'student_id': 8, 'progress_pct': 50, 'proficiency_pct': 2}]|"
                + "oracles.oracle_instructor_progress_proficiency[1].proficiency_pct|2",
        "row not an object|[7]|oracles.oracle_instructor_progress_proficiency[0]|7",
        "payload not a list|{'rows': []}|oracles.oracle_instructor_progress_proficiency|{'rows': []}",
    })
    void invalidProgressPayloadFailsWithPathAndValue(String name, String progress, String path, String value) {
        Derivation derivation = SupportFixture.of(progress, ONE_INFO).derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                StatusDetails.invalidData(List.of(OracleKey.PROGRESS_PROFICIENCY), path, SupportJson.parse(value))),
                derivation.status(), name);
        assertTrue(derivation.projection().isEmpty());
    }

    @ParameterizedTest(name = "{0} = {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "bad timestamp|[{'student_id': 1, 'email': 'a@x.edu', 'last_interaction_at': 'yesterday'}]|"
                + "oracles.oracle_instructor_student_info[0].last_interaction_at|'yesterday'",
        "numeric timestamp|[{'student_id': 1, 'email': 'a@x.edu', 'last_interaction_at': 1700000000}]|"
                + "oracles.oracle_instructor_student_info[0].last_interaction_at|1700000000",
        "numeric email|[{'student_id': 1, 'email': 5, 'last_interaction_at': null}]|"
                + "oracles.oracle_instructor_student_info[0].email|5",
        "numeric given name|[{'student_id': 1, 'given_name': 5, 'last_interaction_at': null}]|"
                + "oracles.oracle_instructor_student_info[0].given_name|5",
        "boolean family name|[{'student_id': 1, 'family_name': true, 'last_interaction_at': null}]|"
                + "oracles.oracle_instructor_student_info[0].family_name|true",
        "object picture|[{'student_id': 1, 'picture': {}, 'last_interaction_at': null}]|"
                + "oracles.oracle_instructor_student_info[0].picture|{}",
        "negative id|[{'student_id': 1, 'last_interaction_at': null}, {'student_id': -2}]|"
                + "oracles.oracle_instructor_student_info[1].student_id|-2",
        "string id|[{'student_id': '1', 'last_interaction_at': null}]|"
                + "oracles.oracle_instructor_student_info[0].student_id|'1'",
        "payload null|null|oracles.oracle_instructor_student_info|null",
    })
    void invalidStudentInfoFailsWithPathAndValue(String name, String info, String path, String value) {
        Derivation derivation = SupportFixture.of(ONE_PROGRESS, info).derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                StatusDetails.invalidData(List.of(OracleKey.STUDENT_INFO), path, SupportJson.parse(value))),
                derivation.status(), name);
    }

    @Test
    void progressPayloadIsValidatedBeforeStudentInfo() {
        Derivation derivation = SupportFixture.of("[{'student_id': 0}]", "[{'student_id': 0}]").derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                StatusDetails.invalidData(List.of(OracleKey.PROGRESS_PROFICIENCY),
                        "oracles.oracle_instructor_progress_proficiency[0].student_id", JsonValue.of(0))),
                derivation.status());
    }

    @Test
    void absentOptionalFieldsAreNull() {
        StudentSupportBody body = SupportFixture.of("[{'student_id': 5}]", "[{'student_id': 5}]").body();
        assertEquals(List.of(new StudentRow.V1(5, "Student 5", null, null, null, null, "inactive", null)),
                body.buckets().get(3).students());
        assertFalse(body.hasActivityData());
    }

    @Test
    void timestampWithoutOffsetIsUtcAndAnOffsetIsConverted() {
        String info = "[{'student_id': 1, 'email': 'a@x.edu', 'last_interaction_at': '2026-02-01T08:30:00'},"
                + " {'student_id': 2, 'email': 'b@x.edu', 'last_interaction_at': '2026-02-01T08:30:00-05:00'}]";
        StudentSupportBody body = SupportFixture.of("[]", info).body();
        List<StudentRow> rows = body.buckets().get(3).students();
        assertEquals("2026-02-01T08:30:00Z", rows.get(0).lastInteractionAt());
        assertEquals("2026-02-01T13:30:00Z", rows.get(1).lastInteractionAt());
    }

    // ---- parameters through the assembler ----

    @Test
    void effectiveParametersAreAllFiveInOrderWithDefaults() {
        JsonObject effective = SupportFixture.of(ONE_PROGRESS, ONE_INFO)
                .parameters("{'student_support': {'excelling_proficiency_gte': 90}}")
                .assemble().value().metadata().parametersOf(StudentSupportProjection.CAPABILITY);
        assertEquals(SupportJson.object("{'inactivity_days': 7, 'struggling_progress_low_lt': 40,"
                + " 'struggling_proficiency_lte': 40, 'excelling_progress_gte': 80, 'excelling_proficiency_gte': 90}"),
                effective);
        assertEquals(List.of("inactivity_days", "struggling_progress_low_lt", "struggling_proficiency_lte",
                "excelling_progress_gte", "excelling_proficiency_gte"), List.copyOf(effective.members().keySet()));
    }

    @Test
    void requestedParametersDriveTheBody() {
        String progress = "[{'student_id': 1, 'progress_pct': 70, 'proficiency_pct': 0.7}]";
        String info = "[{'student_id': 1, 'email': 'a@x.edu', 'last_interaction_at': '2026-02-01T16:25:18Z'}]";
        StudentSupportBody body = SupportFixture.of(progress, info)
                .parameters("{'student_support': {'inactivity_days': 2, 'excelling_progress_gte': 70,"
                        + " 'excelling_proficiency_gte': 70}}")
                .body();
        assertEquals(new SupportParameters(2, 40, 40, 70, 70), body.parameters());
        assertEquals("excelling", body.defaultBucketId());
        assertEquals("inactive", body.buckets().get(2).students().get(0).activityStatus());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "{'inactivity_days': 0}|inactivity_days|0",
        "{'inactivity_days': 366}|inactivity_days|366",
        "{'struggling_progress_low_lt': -1}|struggling_progress_low_lt|-1",
        "{'struggling_proficiency_lte': 101}|struggling_proficiency_lte|101",
        "{'excelling_progress_gte': 101}|excelling_progress_gte|101",
        "{'excelling_proficiency_gte': -1}|excelling_proficiency_gte|-1",
        "{'inactivity_days': 7.5}|inactivity_days|7.5",
        "{'excelling_progress_gte': '80'}|excelling_progress_gte|'80'",
        "{'struggling_progress_low_lt': true}|struggling_progress_low_lt|true",
        "{'inactive_days': 7}|inactive_days|7",
        "{'struggling_progress_low_lt': 80}|struggling_progress_low_lt|80",
        "{'struggling_proficiency_lte': 85}|struggling_proficiency_lte|85",
        "{'excelling_progress_gte': 40}|excelling_progress_gte|40",
        "{'excelling_proficiency_gte': 30}|excelling_proficiency_gte|30",
        "{'struggling_progress_low_lt': 60, 'excelling_progress_gte': 60}|struggling_progress_low_lt|60",
        "{'struggling_proficiency_lte': 90, 'excelling_proficiency_gte': 50}|struggling_proficiency_lte|90",
    })
    void invalidParametersAreRefusedNamingTheField(String block, String field, String value) {
        var outcome = SupportFixture.of(ONE_PROGRESS, ONE_INFO).parameters("{'student_support': " + block + "}")
                .assemble();
        assertFalse(outcome.isAccepted());
        assertEquals("invalid_parameters", outcome.rejection().reasonCode().code());
        assertEquals(JsonValue.of("parameters.student_support." + field),
                outcome.rejection().details().getOrNull("field"));
        assertEquals(SupportJson.parse(value), outcome.rejection().details().getOrNull("value"));
    }

    @Test
    void boundsAndNullAreAccepted() {
        StudentSupportBody low = SupportFixture.of(ONE_PROGRESS, ONE_INFO)
                .parameters("{'student_support': {'inactivity_days': 1, 'struggling_progress_low_lt': 0,"
                        + " 'struggling_proficiency_lte': 0, 'excelling_progress_gte': 1,"
                        + " 'excelling_proficiency_gte': 1}}")
                .body();
        assertEquals(new SupportParameters(1, 0, 0, 1, 1), low.parameters());
        StudentSupportBody high = SupportFixture.of(ONE_PROGRESS, ONE_INFO)
                .parameters("{'student_support': {'inactivity_days': 365, 'struggling_progress_low_lt': 99,"
                        + " 'struggling_proficiency_lte': 99, 'excelling_progress_gte': 100,"
                        + " 'excelling_proficiency_gte': 100}}")
                .body();
        assertEquals(new SupportParameters(365, 99, 99, 100, 100), high.parameters());
        StudentSupportBody defaults = SupportFixture.of(ONE_PROGRESS, ONE_INFO)
                .parameters("{'student_support': {'inactivity_days': null, 'excelling_progress_gte': 80.0}}")
                .body();
        assertEquals(SupportParameters.DEFAULTS, defaults.parameters());
    }

    @Test
    void theProjectionsParameterBlockIsTheValidatedBlock() {
        StudentSupportProjection projection = new StudentSupportProjection();
        JsonObject requested = SupportJson.object("{'inactivity_days': 3}");
        assertEquals(SupportParameters.validate(requested), projection.effectiveParameters(requested));
        assertInstanceOf(JsonObject.class, projection.effectiveParameters(JsonObject.EMPTY));
        assertEquals(5, projection.effectiveParameters(JsonObject.EMPTY).members().size());
    }
}
