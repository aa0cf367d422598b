package org.dashboard.snapshot.projections.assessments;

import static org.dashboard.snapshot.projections.assessments.GradesJson.grade;
import static org.dashboard.snapshot.projections.assessments.GradesJson.payload;
import static org.dashboard.snapshot.projections.assessments.GradesJson.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.StatusDetails;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.Completion;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.HistogramBin;
import org.dashboard.snapshot.projections.assessments.AssessmentRow.Metrics;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentsProjectionTest {
    private static final String SCOPE = "{'course_title': 'Gardening', 'items': [{'resource_id': 11,"
            + " 'resource_type_id': 1, 'title': 'Scope Quiz'}]}";

    static List<HistogramBin> bins(long... counts) {
        List<HistogramBin> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            out.add(new HistogramBin(AssessmentsProjection.RANGES.get(i), counts[i]));
        }
        return out;
    }

    static final AssessmentRow EXAMPLE_ROW = new AssessmentRow(11, "Module 13 Quiz", null, "2026-02-02T12:00:00Z",
            "2026-02-07T12:00:00Z", new Completion(1, 2, 0.5, "1 of 2 students completed", "good"),
            new Metrics(50.0, 70.0, 82.4, 95.0, 8.7), bins(0, 0, 0, 0, 0, 0, 0, 0, 3, 0));

    static SnapshotFixtures harness(String grades, String scope) {
        return SnapshotFixtures.with(new AssessmentsProjection()).ok(OracleKey.GRADES, grades)
                .ok(OracleKey.SCOPE_RESOURCES, scope);
    }

    static AssessmentsBody readyBody(String grades, String scope) {
        Derivation derivation = harness(grades, scope).derive();
        assertEquals(ProjectionStatus.READY, derivation.status());
        return (AssessmentsBody) derivation.projection().orElseThrow().body();
    }

    static AssessmentRow only(GradesJson grade) {
        AssessmentsBody body = GradesJson.derive(payload(grade), SCOPE, 50);
        assertEquals(1, body.rows().size());
        return body.rows().get(0);
    }

    static void assertInvalid(String grades, String scope, OracleKey oracle, String path, JsonValue value) {
        Derivation derivation = harness(grades, scope).derive();
        assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.INVALID_PROJECTION_DATA,
                StatusDetails.invalidData(List.of(oracle), path, value)), derivation.status());
        assertTrue(derivation.projection().isEmpty());
    }

    static void assertInvalidGrade(GradesJson grade, String relativePath, String valueJson) {
        assertInvalid(payload(grade(5), grade), SCOPE, OracleKey.GRADES,
                "oracles.oracle_instructor_grades.grades[1]." + relativePath, TestJson.parse(valueJson));
    }

    @Nested
    class Contract {
        private final AssessmentsProjection projection = new AssessmentsProjection();

        @Test
        void declaresItsCapabilityAndOracles() {
            assertEquals(Capability.of("assessments"), projection.capability());
            assertEquals(List.of(OracleKey.GRADES, OracleKey.SCOPE_RESOURCES), projection.requiredOracles());
            assertEquals(List.of(), projection.optionalOracles());
        }

        @Test
        void theThresholdDefaultsToFifty() {
            assertEquals(TestJson.object("{'completion_threshold_pct': 50}"),
                    projection.effectiveParameters(JsonObject.EMPTY));
            assertEquals(TestJson.object("{'completion_threshold_pct': 50}"),
                    projection.effectiveParameters(TestJson.object("{'completion_threshold_pct': null}")));
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "100, 100", "75, 75", "50.0, 50"})
        void integerThresholdsFromZeroToHundredAreAccepted(String given, long effective) {
            assertEquals(new JsonObject(java.util.Map.of("completion_threshold_pct", JsonValue.of(effective))),
                    projection.effectiveParameters(TestJson.object("{'completion_threshold_pct': " + given + "}")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "101", "50.5", "'50'", "true", "[50]", "{}"})
        void otherThresholdsAreInvalidParameters(String given) {
            InvalidParameters invalid = assertThrows(InvalidParameters.class, () -> projection.effectiveParameters(
                    TestJson.object("{'completion_threshold_pct': " + given + "}")));
            assertEquals("completion_threshold_pct", invalid.field());
            assertEquals(TestJson.parse(given), invalid.value());
        }

        @Test
        void unknownParametersAreInvalid() {
            InvalidParameters invalid = assertThrows(InvalidParameters.class, () -> projection.effectiveParameters(
                    TestJson.object("{'completion_threshold': 50}")));
            assertEquals("completion_threshold", invalid.field());
        }

        @Test
        void anInvalidThresholdRejectsTheRequestWithFieldAndValue() {
            Outcome<Snapshot> outcome = harness(payload(grade(11)), SCOPE)
                    .parameters("{'assessments': {'completion_threshold_pct': 50.5}}").assemble();
            assertFalse(outcome.isAccepted());
            assertEquals("invalid_parameters", outcome.rejection().reasonCode().code());
            assertEquals(JsonValue.of("parameters.assessments.completion_threshold_pct"),
                    outcome.rejection().details().getOrNull("field"));
            assertEquals(TestJson.parse("50.5"), outcome.rejection().details().getOrNull("value"));
        }

        @Test
        void theEffectiveThresholdIsRecordedInTheSnapshotMetadata() {
            Snapshot snapshot = harness(payload(grade(11)), SCOPE).assemble().value();
            assertEquals(TestJson.object("{'assessments': {'completion_threshold_pct': 50}}"),
                    snapshot.metadata().parameters());
        }
    }

    @Nested
    class ThroughTheEngine {
        @Test
        void theDomainExampleIsReady() {
            AssessmentsBody body = readyBody(payload(grade(11)), SCOPE);
            assertEquals(new AssessmentsBody(true, 1, List.of(EXAMPLE_ROW)), body);
        }

        @Test
        void parityFactsMatchTheTwoCsvDatasets() {
            AssessmentsBody body = readyBody(payload(grade(11)), SCOPE);
            assertEquals(List.of(
                    "assessments|0|assessment_name=Module 13 Quiz",
                    "assessments|0|available_from=2026-02-02",
                    "assessments|0|due_date=2026-02-07",
                    "assessments|0|students_completed=1",
                    "assessments|0|students_not_completed=1",
                    "assessments|0|score_min=50",
                    "assessments|0|score_median=70",
                    "assessments|0|score_mean=82.4",
                    "assessments|0|score_max=95",
                    "assessments|0|score_std_dev=8.7",
                    "assessments|0|histogram|80-90=3"), body.parityFacts());
        }

        @Test
        void theThresholdParameterDecidesTheStatus() {
            String grades = payload(grade(1).completion(3, 4), grade(2).completion(2, 4));
            Derivation derivation = harness(grades, SCOPE)
                    .parameters("{'assessments': {'completion_threshold_pct': 75}}").derive();
            AssessmentsBody body = (AssessmentsBody) derivation.projection().orElseThrow().body();
            assertEquals(List.of("good", "bad"),
                    body.rows().stream().map(r -> r.completion().status()).toList());
        }

        @Test
        void aMissingGradesOracleIsUnavailable() {
            Derivation derivation = SnapshotFixtures.with(new AssessmentsProjection()).ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                    .derive();
            assertEquals(ProjectionStatus.of(ProjectionState.UNAVAILABLE, ProjectionReason.MISSING_ORACLE_PAYLOAD,
                    StatusDetails.oracles(List.of(OracleKey.GRADES))), derivation.status());
            assertTrue(derivation.projection().isEmpty());
        }

        @Test
        void bothOraclesMissingAreNamedInKeyOrder() {
            Derivation derivation = SnapshotFixtures.with(new AssessmentsProjection()).derive();
            assertEquals(StatusDetails.oracles(List.of(OracleKey.GRADES, OracleKey.SCOPE_RESOURCES)),
                    derivation.status().details().orElseThrow());
        }

        @Test
        void aFailedGradesOracleFailsTheCapability() {
            Derivation derivation = SnapshotFixtures.with(new AssessmentsProjection()).error(OracleKey.GRADES, "boom")
                    .ok(OracleKey.SCOPE_RESOURCES, SCOPE).derive();
            assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.REQUIRED_ORACLE_FAILED,
                    StatusDetails.oracles(List.of(OracleKey.GRADES))), derivation.status());
        }

        @Test
        void aTimedOutScopeOracleIsAProjectionTimeout() {
            Derivation derivation = SnapshotFixtures.with(new AssessmentsProjection()).ok(OracleKey.GRADES, payload(grade(1)))
                    .error(OracleKey.SCOPE_RESOURCES, "timeout").derive();
            assertEquals(ProjectionStatus.of(ProjectionState.FAILED, ProjectionReason.PROJECTION_TIMEOUT,
                    StatusDetails.oracles(List.of(OracleKey.SCOPE_RESOURCES))), derivation.status());
        }

        @Test
        void anUnrelatedFailedOracleNeverMakesItPartial() {
            Derivation derivation = harness(payload(grade(11)), SCOPE).error(OracleKey.RECOMMENDATION, "boom")
                    .derive();
            assertEquals(ProjectionStatus.READY, derivation.status());
        }

        @Test
        void noGradesIsAnEmptyProjection() {
            assertEquals(new AssessmentsBody(false, 0, List.of()), readyBody("{'grades': []}", SCOPE));
            assertEquals(new AssessmentsBody(false, 0, List.of()), readyBody("{}", SCOPE));
            assertEquals(List.of(), readyBody("{'grades': null}", SCOPE).parityFacts());
        }
    }

    @Nested
    class Rows {
        @Test
        void rowsWithoutDatesHaveNullDatesAndEmptyDateFacts() {
            AssessmentRow row = only(grade(11).dates(null, null));
            assertEquals(null, row.availableAt());
            assertEquals(null, row.dueAt());
            AssessmentsBody body = GradesJson.derive(payload(grade(11).dates(null, null)), SCOPE, 50);
            assertEquals("assessments|0|available_from=", body.parityFacts().get(1));
            assertEquals("assessments|0|due_date=", body.parityFacts().get(2));
        }

        @Test
        void timestampsAreWrittenInUtcToTheSecond() {
            AssessmentRow row = only(grade(11).dates("2026-02-02T12:00:00.900", "2026-02-07T23:30:00-05:00"));
            assertEquals("2026-02-02T12:00:00Z", row.availableAt());
            assertEquals("2026-02-08T04:30:00Z", row.dueAt());
        }

        @Test
        void dateFactsAreUtcDates() {
            AssessmentsBody body = GradesJson.derive(payload(grade(11)
                    .dates("2026-02-02T01:00:00+03:00", "2026-02-07T23:30:00-05:00")), SCOPE, 50);
            assertEquals("assessments|0|available_from=2026-02-01", body.parityFacts().get(1));
            assertEquals("assessments|0|due_date=2026-02-08", body.parityFacts().get(2));
        }

        @Test
        void metricsAreRoundedHalfUpOnTheExactDecimalOfTheDouble() {
            AssessmentRow row = only(grade(11).stats("0.05", "82.35", "82.45", "99.95", "0.04"));
            assertEquals(new Metrics(0.1, 82.3, 82.5, 100.0, 0.0), row.metrics());
        }

        @Test
        void nullMetricsStayNullAndTheirFactsAreEmpty() {
            AssessmentsBody body = GradesJson.derive(payload(grade(11).stats("null", "null", "null", "null", "null")),
                    SCOPE, 50);
            assertEquals(new Metrics(null, null, null, null, null), body.rows().get(0).metrics());
            assertEquals(List.of("assessments|0|score_min=", "assessments|0|score_median=",
                    "assessments|0|score_mean=", "assessments|0|score_max=", "assessments|0|score_std_dev="),
                    body.parityFacts().subList(5, 10));
        }

        @Test
        void absentMetricsAreNull() {
            AssessmentsBody body = GradesJson.derive(
                    "{'grades': [{'page_id': 3, 'completed_count': 0, 'total_students': 0}]}", SCOPE, 50);
            assertEquals(new AssessmentRow(3, "Assessment 3", null, null, null,
                    new Completion(0, 0, 0.0, "0 of 0 students completed", "bad"),
                    new Metrics(null, null, null, null, null), bins(0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                    body.rows().get(0));
        }

        @Test
        void wholeMetricFactsDropTheTrailingZero() {
            AssessmentsBody body = GradesJson.derive(payload(grade(11).stats("0", "82.0", "82.04", "100", "0.0")),
                    SCOPE, 50);
            assertEquals(List.of("assessments|0|score_min=0", "assessments|0|score_median=82",
                    "assessments|0|score_mean=82", "assessments|0|score_max=100", "assessments|0|score_std_dev=0"),
                    body.parityFacts().subList(5, 10));
        }

        @Test
        void theHistogramHasAllTenRangesInOrderWithMissingRangesZero() {
            AssessmentRow row = only(grade(11).histogram("{'90-100': 4, '0-10': 1, '50-60': 0, '100-110': 'x'}"));
            assertEquals(bins(1, 0, 0, 0, 0, 0, 0, 0, 0, 4), row.histogram());
        }

        @Test
        void aNullOrAbsentHistogramIsAllZeros() {
            assertEquals(bins(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), only(grade(11).histogram("null")).histogram());
        }

        @Test
        void histogramFactsOnlyForPositiveCountsInRangeOrder() {
            AssessmentsBody body = GradesJson.derive(
                    payload(grade(11).histogram("{'90-100': 4, '0-10': 1, '50-60': 0}")), SCOPE, 50);
            assertEquals(List.of("assessments|0|histogram|0-10=1", "assessments|0|histogram|90-100=4"),
                    body.parityFacts().subList(10, 12));
            assertEquals(12, body.parityFacts().size());
        }

        @Test
        void theContextLabelComesFromTheScopeItem() {
            String scope = "{'items': [{'resource_id': 11, 'resource_type_id': 1, 'title': 'T',"
                    + " 'context_label': 'Unit 2: Roots'}]}";
            AssessmentsBody body = GradesJson.derive(payload(grade(11), grade(12)), scope, 50);
            assertEquals("Unit 2: Roots", body.rows().get(0).contextLabel());
            assertEquals(null, body.rows().get(1).contextLabel());
        }

        @Test
        void aDuplicatedPageIdKeepsTheLastRow() {
            AssessmentsBody body = GradesJson.derive(payload(grade(11).title("'First'"), grade(11).title("'Last'")),
                    SCOPE, 50);
            assertEquals(1, body.totalRows());
            assertEquals("Last", body.rows().get(0).title());
        }

        @Test
        void fieldsThatAreNotReadAreNotValidated() {
            String grades = "{'grades': [{'page_id': 11, 'section_resource_id': 'abc', 'title': 'Q', 'extra': [],"
                    + " 'completed_count': 1, 'total_students': 1, 'histogram': {'bad': -1}}], 'other': 1}";
            assertEquals(1, readyBody(grades, SCOPE).totalRows());
        }
    }

    @Nested
    class Titles {
        @Test
        void theGradesTitleIsTrimmed() {
            assertEquals("Quiz 1", only(grade(11).title("'  Quiz 1 \\t'")).title());
        }

        @Test
        void aBlankTitleFallsBackToTheScopeItemTitle() {
            assertEquals("Scope Quiz", only(grade(11).title("'   '")).title());
            assertEquals("Scope Quiz", only(grade(11).title("null")).title());
        }

        @Test
        void theScopeTitleIsTrimmedToo() {
            String scope = "{'items': [{'resource_id': 11, 'title': '  Padded  '}]}";
            assertEquals("Padded", GradesJson.derive(payload(grade(11).title("''")), scope, 50).rows().get(0).title());
        }

        @Test
        void withoutAnyTitleItIsAssessmentAndTheId() {
            assertEquals("Assessment 12", only(grade(12).title("' '")).title());
            String blankScope = "{'items': [{'resource_id': 11, 'title': ' '}]}";
            assertEquals("Assessment 11",
                    GradesJson.derive(payload(grade(11).title("null")), blankScope, 50).rows().get(0).title());
        }
    }

    @Nested
    class CompletionStatus {
        private Completion completion(long completed, long total, long threshold) {
            return GradesJson.derive(payload(grade(11).completion(completed, total)), SCOPE, threshold).rows().get(0)
                    .completion();
        }

        @Test
        void exactlyTheThresholdIsGood() {
            assertEquals(new Completion(1, 2, 0.5, "1 of 2 students completed", "good"), completion(1, 2, 50));
            assertEquals(new Completion(50, 100, 0.5, "50 of 100 students completed", "good"),
                    completion(50, 100, 50));
        }

        @Test
        void justBelowTheThresholdIsBad() {
            assertEquals(new Completion(49, 100, 0.49, "49 of 100 students completed", "bad"),
                    completion(49, 100, 50));
            assertEquals("bad", completion(1, 3, 34).status());
            assertEquals("good", completion(1, 3, 33).status());
        }

        @Test
        void zeroStudentsIsBadEvenWithAZeroThreshold() {
            assertEquals(new Completion(0, 0, 0.0, "0 of 0 students completed", "bad"), completion(0, 0, 0));
        }

        @Test
        void aZeroThresholdMakesAnyClassWithStudentsGood() {
            assertEquals("good", completion(0, 5, 0).status());
        }

        @Test
        void aHundredPercentThresholdNeedsEveryStudent() {
            assertEquals("good", completion(7, 7, 100).status());
            assertEquals("bad", completion(6, 7, 100).status());
        }

        @Test
        void theRatioIsRoundedToFourPlacesFromTheCounts() {
            assertEquals(0.3333, completion(1, 3, 50).ratio());
            assertEquals(0.6667, completion(2, 3, 50).ratio());
            assertEquals(0.0002, completion(1, 6000, 50).ratio());
            assertEquals(1.0, completion(9, 9, 50).ratio());
        }

        @Test
        void moreCompletedThanStudentsCapsTheRatioAndNotCompletedIsZero() {
            AssessmentsBody body = GradesJson.derive(payload(grade(11).completion(5, 3)), SCOPE, 50);
            assertEquals(new Completion(5, 3, 1.0, "5 of 3 students completed", "good"),
                    body.rows().get(0).completion());
            assertEquals("assessments|0|students_not_completed=0", body.parityFacts().get(4));
        }

        @Test
        void hugeCountsDoNotOverflowTheExactRule() {
            long big = Long.MAX_VALUE / 10;
            assertEquals("good", AssessmentsProjection.status(big, big, 100));
            assertEquals("bad", AssessmentsProjection.status(big - 1, big, 100));
        }

        @Test
        void badCompletionTitlesListTheBadRowsInOrder() {
            AssessmentsBody body = GradesJson.derive(payload(
                    grade(1).title("'Low one'").completion(1, 4).dates(null, "2026-01-01T00:00:00Z"),
                    grade(2).title("'Fine'").completion(4, 4).dates(null, "2026-01-02T00:00:00Z"),
                    grade(3).title("'Empty'").completion(0, 0).dates(null, "2026-01-03T00:00:00Z")), SCOPE, 50);
            assertEquals(List.of("Low one", "Empty"), AssessmentsProjection.badCompletionTitles(body));
        }
    }

    @Nested
    class Ordering {
        @Test
        void datedRowsFirstThenScopePositionThenId() {
            String scope = scope(30, 20, 10, 40, 25);
            String grades = payload(
                    grade(60).dates(null, null),
                    grade(10).dates(null, "2026-03-01T00:00:00Z"),
                    grade(55).dates(null, null),
                    grade(20).dates("2026-02-15T00:00:00Z", null),
                    grade(25).dates(null, null),
                    grade(50).dates(null, "2026-03-01T00:00:00Z"),
                    grade(70).dates("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z"),
                    grade(30).dates("2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z"),
                    grade(40).dates(null, null),
                    grade(45).dates(null, "2026-03-01T00:00:00Z"));
            AssessmentsBody body = readyBody(grades, scope);
            assertEquals(List.of(20L, 30L, 10L, 45L, 50L, 70L, 40L, 25L, 55L, 60L),
                    body.rows().stream().map(AssessmentRow::assessmentId).toList());
            assertEquals(10, body.totalRows());
            assertEquals("assessments|0|assessment_name=Module 13 Quiz", body.parityFacts().get(0));
        }

        @Test
        void datesCompareAsInstantsNotText() {
            AssessmentsBody body = GradesJson.derive(payload(
                    grade(1).dates(null, "2026-03-01T10:00:00+02:00"),
                    grade(2).dates(null, "2026-03-01T09:00:00Z")), scope(), 50);
            assertEquals(List.of(1L, 2L), body.rows().stream().map(AssessmentRow::assessmentId).toList());
        }

        @Test
        void theFirstScopeOccurrenceGivesThePosition() {
            AssessmentsBody body = GradesJson.derive(payload(grade(1).dates(null, null), grade(2).dates(null, null)),
                    scope(2, 1, 2), 50);
            assertEquals(List.of(2L, 1L), body.rows().stream().map(AssessmentRow::assessmentId).toList());
        }
    }

    @Nested
    class Validation {
        @Test
        void aMeanAboveHundredNamesItsPathAndValue() {
            assertInvalid(payload(grade(11).stats("50", "70", "101", "95", "8.7")), SCOPE, OracleKey.GRADES,
                    "oracles.oracle_instructor_grades.grades[0].mean", TestJson.parse("101"));
        }

        @Test
        void everyStatisticIsZeroToHundred() {
            assertInvalidGrade(grade(2).stats("-0.1", "1", "1", "1", "1"), "minimum", "-0.1");
            assertInvalidGrade(grade(2).stats("1", "100.01", "1", "1", "1"), "median", "100.01");
            assertInvalidGrade(grade(2).stats("1", "1", "1", "'95'", "1"), "maximum", "'95'");
            assertInvalidGrade(grade(2).stats("1", "1", "1", "1", "-1"), "standard_deviation", "-1");
            assertInvalidGrade(grade(2).stats("1", "1", "1", "1", "100.5"), "standard_deviation", "100.5");
        }

        @Test
        void theBoundsThemselvesAreValid() {
            AssessmentRow row = only(grade(11).stats("0", "100", "0.0", "100.0", "100"));
            assertEquals(new Metrics(0.0, 100.0, 0.0, 100.0, 100.0), row.metrics());
        }

        @Test
        void countsAreIntegersAtLeastZero() {
            assertInvalidGrade(grade(2).completionRaw("-1", "2"), "completed_count", "-1");
            assertInvalidGrade(grade(2).completionRaw("1", "2.5"), "total_students", "2.5");
            assertInvalidGrade(grade(2).completionRaw("null", "2"), "completed_count", "null");
            assertInvalidGrade(grade(2).completionRaw("1", "'2'"), "total_students", "'2'");
            assertInvalidGrade(grade(2).histogram("{'50-60': -1}"), "histogram.50-60", "-1");
            assertInvalidGrade(grade(2).histogram("{'0-10': 0.5}"), "histogram.0-10", "0.5");
        }

        @Test
        void theHistogramIsAnObject() {
            assertInvalidGrade(grade(2).histogram("[1, 2]"), "histogram", "[1, 2]");
        }

        @Test
        void pageIdsArePositiveIntegers() {
            GradesJson zero = grade(2);
            zero.pageId = "0";
            assertInvalidGrade(zero, "page_id", "0");
            GradesJson missing = grade(2);
            missing.pageId = "null";
            assertInvalidGrade(missing, "page_id", "null");
        }

        @Test
        void timestampsAreIso8601() {
            assertInvalidGrade(grade(2).dates("yesterday", null), "available_at", "'yesterday'");
            GradesJson numeric = grade(2);
            numeric.dueAt = "5";
            assertInvalidGrade(numeric, "due_at", "5");
        }

        @Test
        void titlesAreStrings() {
            assertInvalidGrade(grade(2).title("7"), "title", "7");
        }

        @Test
        void theGradesShapeIsChecked() {
            assertInvalid("[]", SCOPE, OracleKey.GRADES, "oracles.oracle_instructor_grades", TestJson.parse("[]"));
            assertInvalid("{'grades': 'x'}", SCOPE, OracleKey.GRADES, "oracles.oracle_instructor_grades.grades",
                    JsonValue.of("x"));
            assertInvalid("{'grades': [1]}", SCOPE, OracleKey.GRADES, "oracles.oracle_instructor_grades.grades[0]",
                    TestJson.parse("1"));
        }

        @Test
        void anInvalidScopePayloadNamesTheScopeOracle() {
            assertInvalid(payload(grade(11)), "{'items': [{'resource_id': 0}]}", OracleKey.SCOPE_RESOURCES,
                    "oracles.oracle_instructor_scope_resources.items[0].resource_id", TestJson.parse("0"));
        }
    }
}
