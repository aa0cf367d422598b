package org.dashboard.snapshot.projections.progress;

import static org.dashboard.snapshot.projections.progress.ProgressFixtures.bins;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.body;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.container;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.fixtures;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.item;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.page;
import static org.dashboard.snapshot.projections.progress.ProgressFixtures.scope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.projections.progress.ProgressBody.ScheduleMarker;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressProjectionTest {

    private static ProgressBody derive(String bins, String scope) {
        return body(fixtures(bins, scope).derive());
    }

    private static ProgressBody deriveAt(int threshold, String bins, String scope) {
        return body(fixtures(bins, scope).parameters("{'progress': {'completion_threshold': " + threshold + "}}")
                .derive());
    }

    @Test
    void specExampleGivesOneUnitHalfCompleted() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1, '50': 1}}"), scope(container(101, "Unit 1")))
                .derive();

        assertEquals("ready", derivation.status().state().wire());
        assertEquals(new ProgressBody("Course Units", 2, 100,
                List.of(new SeriesItem(101, "Unit 1", "container", 1, 50.0)), null, null), body(derivation));
    }

    @Test
    void declaresItsOraclesAndCapability() {
        ProgressProjection projection = new ProgressProjection();

        assertEquals("progress", projection.capability().key());
        assertEquals(List.of(OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES), projection.requiredOracles());
        assertEquals(List.of(OracleKey.SCHEDULE_POSITION), projection.optionalOracles());
    }

    @Test
    void studentAt41PercentSitsInBin50SoCountsAtThreshold50ButNot60() {
        String bins = bins(1, "{'101': {'50': 1}}");
        String scope = scope(container(101, "Unit 1"));

        assertEquals(1, deriveAt(50, bins, scope).series().get(0).count());
        assertEquals(100.0, deriveAt(50, bins, scope).series().get(0).percent());
        assertEquals(0, deriveAt(60, bins, scope).series().get(0).count());
        assertEquals(0.0, deriveAt(60, bins, scope).series().get(0).percent());
    }

    @Test
    void threshold10CountsEveryBinButZero() {
        String bins = bins(66, "{'101': {'0': 1, '10': 2, '20': 3, '30': 4, '40': 5, '50': 6, '60': 7, '70': 8,"
                + " '80': 9, '90': 10, '100': 11}}");

        SeriesItem item = deriveAt(10, bins, scope(container(101, "Unit 1"))).series().get(0);

        assertEquals(65, item.count());
        assertEquals(98.5, item.percent());
    }

    @Test
    void threshold100CountsOnlyBin100() {
        String bins = bins(66, "{'101': {'0': 1, '10': 2, '20': 3, '30': 4, '40': 5, '50': 6, '60': 7, '70': 8,"
                + " '80': 9, '90': 10, '100': 11}}");

        SeriesItem item = deriveAt(100, bins, scope(container(101, "Unit 1"))).series().get(0);

        assertEquals(11, item.count());
        assertEquals(16.7, item.percent());
    }

    @ParameterizedTest
    @CsvSource({"10,55", "20,54", "30,52", "40,49", "50,45", "60,40", "70,34", "80,27", "90,19", "100,10"})
    void everyThresholdSumsTheBinsAtOrAboveIt(int threshold, long expected) {
        String bins = bins(55, "{'101': {'0': 1, '10': 1, '20': 2, '30': 3, '40': 4, '50': 5, '60': 6, '70': 7,"
                + " '80': 8, '90': 9, '100': 10}}");

        assertEquals(expected, deriveAt(threshold, bins, scope(container(101, "U"))).series().get(0).count());
    }

    @Test
    void binKeysCompareAsNumbersNotAsText() {
        // "100" sorts before "20" as text; as numbers it is the top bin.
        String bins = bins(10, "{'101': {'100': 4, '20': 3, '10': 3}}");

        assertEquals(10, deriveAt(10, bins, scope(container(101, "U"))).series().get(0).count());
        assertEquals(7, deriveAt(20, bins, scope(container(101, "U"))).series().get(0).count());
        assertEquals(4, deriveAt(90, bins, scope(container(101, "U"))).series().get(0).count());
    }

    @Test
    void binKeysInAnotherNumericSpellingAreAccepted() {
        String bins = bins(10, "{'101': {'1E2': 4, '20.0': 3}}");

        assertEquals(7, deriveAt(20, bins, scope(container(101, "U"))).series().get(0).count());
    }

    @Test
    void percentIsExactFromCountsAndRoundedHalfUpOnce() {
        String scope = scope(container(1, "A"), container(2, "B"), container(3, "C"), container(4, "D"));
        String bins = bins(16, "{'1': {'100': 1}, '2': {'100': 2}, '3': {'100': 11}, '4': {'100': 16}}");

        List<SeriesItem> series = derive(bins, scope).series();

        assertEquals(List.of(6.3, 12.5, 68.8, 100.0), series.stream().map(SeriesItem::percent).toList());
    }

    @Test
    void oneThirdAndTwoThirdsRoundToOneDecimal() {
        String bins = bins(3, "{'1': {'100': 1}, '2': {'100': 2}}");

        List<SeriesItem> series = derive(bins, scope(container(1, "A"), container(2, "B"))).series();

        assertEquals(33.3, series.get(0).percent());
        assertEquals(66.7, series.get(1).percent());
    }

    @Test
    void byResourceBinsArePreferredOverByContainerBins() {
        String bins = "{'bin_size': 10, 'total_students': 4, 'by_container_bins': {'101': {'100': 1}},"
                + " 'by_resource_bins': {'101': {'100': 3}}}";

        assertEquals(new SeriesItem(101, "Unit 1", "container", 3, 75.0),
                derive(bins, scope(container(101, "Unit 1"))).series().get(0));
    }

    @Test
    void byResourceBinsAreUsedAlone() {
        String bins = "{'bin_size': 10, 'total_students': 4, 'by_resource_bins': {'201': {'100': 2}}}";

        assertEquals(List.of(new SeriesItem(201, "Page 1", "page", 2, 50.0)),
                derive(bins, scope(page(201, "Page 1"), page(202, "Page 2"))).series());
    }

    @Test
    void nullByResourceBinsFallBackToByContainerBins() {
        String bins = "{'bin_size': 10, 'total_students': 4, 'by_resource_bins': null,"
                + " 'by_container_bins': {'101': {'100': 1}}}";

        assertEquals(1, derive(bins, scope(container(101, "Unit 1"))).series().get(0).count());
    }

    @Test
    void invalidUnusedBinsMapIsNotRead() {
        String bins = "{'bin_size': 10, 'total_students': 4, 'by_resource_bins': {'101': {'100': 1}},"
                + " 'by_container_bins': {'x': 'broken'}}";

        Derivation derivation = fixtures(bins, scope(container(101, "Unit 1"))).derive();

        assertEquals("ready", derivation.status().state().wire());
        assertEquals(1, body(derivation).series().get(0).count());
    }

    @Test
    void onlyScopeItemsWithBinsAppearInScopeOrder() {
        String scope = scope(container(103, "Unit 3"), container(101, "Unit 1"), container(102, "Unit 2"));
        String bins = bins(2, "{'101': {'100': 2}, '999': {'100': 1}, '103': {'0': 2}}");

        assertEquals(List.of(new SeriesItem(103, "Unit 3", "container", 0, 0.0),
                new SeriesItem(101, "Unit 1", "container", 2, 100.0)), derive(bins, scope).series());
    }

    @Test
    void whenNoScopeItemHasBinsEveryItemAppearsWithZero() {
        String scope = scope(container(101, "Unit 1"), page(201, "Intro"));
        String bins = bins(5, "{'999': {'100': 5}}");

        ProgressBody body = derive(bins, scope);

        assertEquals(List.of(new SeriesItem(101, "Unit 1", "container", 0, 0.0),
                new SeriesItem(201, "Intro", "page", 0, 0.0)), body.series());
        assertNull(body.emptyState());
        assertEquals("Course Content", body.axisLabel());
    }

    @Test
    void missingBinsMapsMeanNoItemHasBins() {
        String bins = "{'bin_size': 10, 'total_students': 5}";

        assertEquals(List.of(new SeriesItem(101, "Unit 1", "container", 0, 0.0)),
                derive(bins, scope(container(101, "Unit 1"))).series());
    }

    @Test
    void anAllZeroBinsEntryStillCountsAsHavingBins() {
        String bins = bins(5, "{'102': {}}");

        assertEquals(List.of(new SeriesItem(102, "Unit 2", "container", 0, 0.0)),
                derive(bins, scope(container(101, "Unit 1"), container(102, "Unit 2"))).series());
    }

    @Test
    void aResourceListedTwiceInTheScopeAppearsOnceAtItsFirstPosition() {
        String scope = scope(container(101, "Unit 1"), container(102, "Unit 2"), container(101, "Again"));
        String bins = bins(2, "{'101': {'100': 1}, '102': {'100': 2}}");

        assertEquals(List.of(new SeriesItem(101, "Unit 1", "container", 1, 50.0),
                new SeriesItem(102, "Unit 2", "container", 2, 100.0)), derive(bins, scope).series());
    }

    @Test
    void aScopeItemWithoutTitleHasANullLabelAndUnknownType() {
        String bins = bins(2, "{'101': {'100': 1}}");

        assertEquals(new SeriesItem(101, null, "unknown", 1, 50.0),
                derive(bins, scope(item(101, null, null))).series().get(0));
        assertEquals(new SeriesItem(101, "X", "unknown", 1, 50.0),
                derive(bins, scope(item(101, 7, "X"))).series().get(0));
    }

    @Test
    void emptyScopeHasNoSeriesAndNoScopeChildrenState() {
        ProgressBody body = derive(bins(3, "{'101': {'100': 1}}"), scope());

        assertEquals(new ProgressBody("Course Content", 3, 100, List.of(), "no_scope_children", null), body);
    }

    @Test
    void scopeWithoutItemsMemberIsEmpty() {
        ProgressBody body = derive(bins(3, "{}"), "{'course_title': 'Gardening'}");

        assertEquals("no_scope_children", body.emptyState());
        assertEquals(List.of(), body.series());
    }

    @Test
    void emptyScopeWinsOverZeroStudents() {
        assertEquals("no_scope_children", derive(bins(0, "{}"), scope()).emptyState());
    }

    @Test
    void zeroStudentsGiveZeroPercentAndNoStudentsState() {
        ProgressBody body = derive(bins(0, "{'101': {'100': 0}}"), scope(container(101, "Unit 1")));

        assertEquals(new ProgressBody("Course Units", 0, 100,
                List.of(new SeriesItem(101, "Unit 1", "container", 0, 0.0)), "no_students", null), body);
    }

    @Test
    void oneStudentIsNotEmpty() {
        assertNull(derive(bins(1, "{}"), scope(container(101, "Unit 1"))).emptyState());
    }

    @Test
    void allContainersInTheCourseAreCourseUnits() {
        assertEquals("Course Units",
                derive(bins(1, "{}"), scope(container(1, "A"), container(2, "B"))).axisLabel());
    }

    @Test
    void allContainersInAContainerScopeAreCourseModules() {
        ProgressBody body = body(fixtures(bins(1, "{}"), scope(container(1, "A"), container(2, "B")))
                .scope(Scope.container(9)).derive());

        assertEquals("Course Modules", body.axisLabel());
    }

    @Test
    void allPagesAreCoursePagesInEitherScope() {
        String scope = scope(page(1, "A"), page(2, "B"));

        assertEquals("Course Pages", derive(bins(1, "{}"), scope).axisLabel());
        assertEquals("Course Pages", body(fixtures(bins(1, "{}"), scope).scope(Scope.container(9)).derive())
                .axisLabel());
    }

    @Test
    void mixedOrUnknownItemsAreCourseContent() {
        assertEquals("Course Content", derive(bins(1, "{}"), scope(page(1, "A"), container(2, "B"))).axisLabel());
        assertEquals("Course Content", derive(bins(1, "{}"), scope(container(1, "A"), item(2, null, "B")))
                .axisLabel());
        assertEquals("Course Content", derive(bins(1, "{}"), scope(item(1, 3, "A"))).axisLabel());
    }

    @Test
    void axisLabelDescribesTheSeriesNotTheWholeScope() {
        // The page has no bins, so the series holds containers only.
        String scope = scope(container(1, "A"), page(2, "P"));

        assertEquals("Course Units", derive(bins(1, "{'1': {'100': 1}}"), scope).axisLabel());
    }

    @Test
    void theParameterDefaultsTo100AndIsEchoed() {
        assertEquals(100, derive(bins(1, "{}"), scope(container(1, "A"))).completionThreshold());
        assertEquals(30, deriveAt(30, bins(1, "{}"), scope(container(1, "A"))).completionThreshold());
    }

    @Test
    void parityFactsListEachSeriesItemByPosition() {
        String scope = scope(container(101, "Unit 1"), container(102, "Unit, 2"), item(103, 2, null));
        String bins = bins(3, "{'101': {'100': 1}, '102': {'100': 3}, '103': {}}");

        assertEquals(List.of(
                "progress|0|content_item=Unit 1", "progress|0|students_completed=1", "progress|0|completion_rate=33.3",
                "progress|1|content_item=Unit, 2", "progress|1|students_completed=3",
                "progress|1|completion_rate=100.0",
                "progress|2|content_item=", "progress|2|students_completed=0", "progress|2|completion_rate=0.0"),
                derive(bins, scope).parityFacts());
    }

    @Test
    void emptySeriesHasNoFacts() {
        assertEquals(List.of(), derive(bins(3, "{}"), scope()).parityFacts());
    }

    // ---- schedule marker ----

    private static ProgressBody withSchedule(String schedule) {
        String scope = scope(container(101, "Unit 1"), container(102, "Unit 2"), container(103, "Unit 3"));
        String bins = bins(2, "{'101': {'100': 1}, '102': {'0': 1}}");
        return body(fixtures(bins, scope).ok(OracleKey.SCHEDULE_POSITION, schedule).derive());
    }

    @Test
    void scheduleMarkerUsesThePayloadLabel() {
        assertEquals(new ScheduleMarker(102, "This week"),
                withSchedule("{'has_schedule': true, 'current_resource_id': 102, 'label': 'This week'}")
                        .scheduleMarker());
    }

    @Test
    void scheduleMarkerFallsBackToTheItemTitle() {
        assertEquals(new ScheduleMarker(101, "Unit 1"),
                withSchedule("{'has_schedule': true, 'current_resource_id': 101}").scheduleMarker());
        assertEquals(new ScheduleMarker(101, "Unit 1"),
                withSchedule("{'has_schedule': true, 'current_resource_id': 101, 'label': null}").scheduleMarker());
        assertEquals(new ScheduleMarker(101, "Unit 1"),
                withSchedule("{'has_schedule': true, 'current_resource_id': 101, 'label': '  '}").scheduleMarker());
    }

    @Test
    void scheduleOnAScopeItemOutsideTheSeriesHasNoMarker() {
        // 103 is in the scope but has no bins while others do, so it is not in the series.
        assertNull(withSchedule("{'has_schedule': true, 'current_resource_id': 103}").scheduleMarker());
    }

    @Test
    void scheduleOnAResourceOutsideTheScopeHasNoMarker() {
        assertNull(withSchedule("{'has_schedule': true, 'current_resource_id': 999}").scheduleMarker());
    }

    @Test
    void scheduleWithoutCurrentResourceHasNoMarker() {
        assertNull(withSchedule("{'has_schedule': true, 'label': 'Week 3'}").scheduleMarker());
    }

    @Test
    void noScheduleHasNoMarkerAndItsOtherFieldsAreNotRead() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': false, 'current_resource_id': 'junk'}").derive();

        assertEquals("ready", derivation.status().state().wire());
        assertNull(body(derivation).scheduleMarker());
    }

    @Test
    void scheduleMarkerOnTheWholeSeriesWhenNoItemHasBins() {
        Derivation derivation = fixtures(bins(2, "{}"), scope(container(101, "Unit 1"), container(102, "Unit 2")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': true, 'current_resource_id': 102}").derive();

        assertEquals(new ScheduleMarker(102, "Unit 2"), body(derivation).scheduleMarker());
    }

    @Test
    void absentScheduleMakesTheProjectionPartialWithoutMarker() {
        Derivation derivation = SnapshotFixtures.with(new ProgressProjection())
                .ok(OracleKey.PROGRESS_BINS, bins(2, "{'101': {'100': 1}}"))
                .ok(OracleKey.SCOPE_RESOURCES, scope(container(101, "Unit 1")))
                .derive();

        assertEquals("partial", derivation.status().state().wire());
        assertEquals("dependency_unavailable", derivation.status().reasonCode().get().code());
        assertEquals(List.of(OracleKey.SCHEDULE_POSITION), derivation.status().details().get().oracles());
        assertEquals(new ProgressBody("Course Units", 2, 100,
                List.of(new SeriesItem(101, "Unit 1", "container", 1, 50.0)), null, null), body(derivation));
    }

    @Test
    void failedScheduleMakesTheProjectionPartial() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .error(OracleKey.SCHEDULE_POSITION, "boom").derive();

        assertEquals("partial", derivation.status().state().wire());
        assertEquals(List.of(OracleKey.SCHEDULE_POSITION), derivation.status().details().get().oracles());
        assertNull(body(derivation).scheduleMarker());
    }

    @Test
    void invalidScheduleIsPartialWithPathAndValue() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': true, 'current_resource_id': -4}").derive();

        assertEquals("partial", derivation.status().state().wire());
        assertEquals("oracles.oracle_instructor_schedule_position.current_resource_id",
                derivation.status().details().get().path().get());
        assertEquals("-4", derivation.status().details().get().value().get().preview());
        assertNull(body(derivation).scheduleMarker());
        assertEquals(1, body(derivation).series().get(0).count());
    }

    @Test
    void scheduleWithoutHasScheduleIsInvalid() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'current_resource_id': 101}").derive();

        assertEquals("partial", derivation.status().state().wire());
        assertEquals("oracles.oracle_instructor_schedule_position.has_schedule",
                derivation.status().details().get().path().get());
        assertNull(body(derivation).scheduleMarker());
    }

    @Test
    void scheduleLabelMustBeAString() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "{'has_schedule': true, 'current_resource_id': 101, 'label': 3}")
                .derive();

        assertEquals("oracles.oracle_instructor_schedule_position.label",
                derivation.status().details().get().path().get());
    }

    @Test
    void nullSchedulePayloadIsInvalid() {
        Derivation derivation = fixtures(bins(2, "{'101': {'100': 1}}"), scope(container(101, "Unit 1")))
                .ok(OracleKey.SCHEDULE_POSITION, "null").derive();

        assertEquals("partial", derivation.status().state().wire());
        assertEquals("oracles.oracle_instructor_schedule_position", derivation.status().details().get().path().get());
    }
}
