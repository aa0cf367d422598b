package org.dashboard.snapshot.domain.sample;

import static org.dashboard.snapshot.domain.sample.SampleInvariants.oracle;
import static org.dashboard.snapshot.domain.sample.SampleJson.array;
import static org.dashboard.snapshot.domain.sample.SampleJson.count;
import static org.dashboard.snapshot.domain.sample.SampleJson.decimal;
import static org.dashboard.snapshot.domain.sample.SampleJson.field;
import static org.dashboard.snapshot.domain.sample.SampleJson.ids;
import static org.dashboard.snapshot.domain.sample.SampleJson.integer;
import static org.dashboard.snapshot.domain.sample.SampleJson.list;
import static org.dashboard.snapshot.domain.sample.SampleJson.members;
import static org.dashboard.snapshot.domain.sample.SampleJson.object;
import static org.dashboard.snapshot.domain.sample.SampleJson.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSectionsTest {

    @Test
    void theCatalogHasFourSectionsOfTheStandardSizes() {
        assertEquals(List.of(20, 200, 2000, 20000), SampleSections.sizes());
        assertEquals(List.of(1001L, 1002L, 1003L, 1004L), SampleSections.standardSectionIds());
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            SampleSection section = SampleSections.standard(SampleSections.standardSectionIds().get(i));
            assertEquals(SampleSections.standardSectionIds().get(i), section.sectionId());
            assertEquals(SampleSections.sizes().get(i), section.students());
            titles.add(section.courseTitle());
        }
        assertEquals(4, titles.size(), "each standard section has its own course title: " + titles);
    }

    @Test
    void findKnowsOnlyTheCatalogAndSharesItsSections() {
        assertSame(SampleSections.standard(1001), SampleSections.find(1001).orElseThrow());
        assertEquals(Optional.empty(), SampleSections.find(1000));
        assertEquals(Optional.empty(), SampleSections.find(42));
        assertEquals(Optional.empty(), SampleSections.find(-1));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SampleSections.standard(999));
        assertTrue(unknown.getMessage().contains("999"), unknown.getMessage());
    }

    @Test
    void brokenArgumentsAreRejectedNamingTheValue() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleSections.generate(0, 20, 1))
                .getMessage().contains("0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SampleSections.generate(1, -1, 1))
                .getMessage().contains("-1"));
    }

    @Test
    void aFixedSeedGivesAFixedSection() {
        SampleSection section = SampleSections.generate(42, 20, 1L);
        assertEquals("Introduction to Environmental Science", section.courseTitle());
        assertEquals(Instant.parse("2026-02-04T16:25:18Z"), section.asOf());
        JsonValue resources = section.oracles(Scope.course()).get(OracleKey.SCOPE_RESOURCES);
        assertEquals(List.of(7400L, 7414L, 7424L, 7443L), ids(list(resources, "items"), "resource_id"));
        assertEquals("Unit 1: Electric Circuits", text(list(resources, "items").get(0), "title"));
        assertEquals(18, section.scopes().size());
        JsonValue first = array(section.oracles(Scope.course()).get(OracleKey.STUDENT_INFO)).get(0);
        assertEquals(100_002L, integer(first, "student_id"));
        assertEquals("Diego", text(first, "given_name"));
        assertEquals("diego.okafor2@example.edu", text(first, "email"));
        assertEquals(TestJson.parse("{'has_schedule': true, 'current_resource_id': 7414,"
                + " 'label': 'Week 6: Unit 2: Soil Chemistry'}"),
                section.oracles(Scope.course()).get(OracleKey.SCHEDULE_POSITION));
        JsonValue firstProgress = array(section.oracles(Scope.course()).get(OracleKey.PROGRESS_PROFICIENCY)).get(0);
        assertEquals(JsonValue.of(63.02), field(firstProgress, "progress_pct"));
        assertEquals(JsonValue.of(0.7358), field(firstProgress, "proficiency_pct"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void everyStandardSectionKeepsItsPromises(long sectionId) {
        SampleInvariants.check(SampleSections.standard(sectionId));
    }

    @Test
    void oneStandardSectionHasNoSchedule() {
        SampleSection section = SampleSections.standard(1002);
        assertFalse(section.hasSchedule());
        for (Scope scope : section.scopes()) {
            assertEquals(TestJson.parse("{'has_schedule': false}"),
                    oracle(section, scope, OracleKey.SCHEDULE_POSITION));
        }
        assertTrue(SampleSections.standard(1001).hasSchedule());
    }

    @Test
    void anUnknownContainerHasNoOracles() {
        SampleSection section = SampleSections.standard(1001);
        assertEquals(Map.of(), section.oracles(Scope.container(1)));
        assertEquals(Map.of(), section.oracles(Scope.container(Long.MAX_VALUE)));
        assertEquals(8, section.oracles(section.scopes().get(1)).size());
    }

    @Test
    void payloadsAreBuiltOncePerScopeAndShared() throws Exception {
        SampleSection section = SampleSections.generate(5, 300, 9);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<OracleKey, JsonValue>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> section.oracles(Scope.course())));
            }
            Map<OracleKey, JsonValue> first = calls.get(0).get();
            for (Future<Map<OracleKey, JsonValue>> call : calls) {
                assertSame(first, call.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(section.oracles(Scope.course()).get(OracleKey.STUDENT_INFO),
                section.oracles(section.scopes().get(1)).get(OracleKey.STUDENT_INFO), "student rows are shared");
        assertThrows(UnsupportedOperationException.class, () -> section.oracles(Scope.course()).clear());
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1003})
    void payloadsSurviveAJsonRoundTrip(long sectionId) {
        SampleSection section = SampleSections.standard(sectionId);
        List<Scope> scopes = section.students() <= 200 ? section.scopes() : List.of(Scope.course());
        for (Scope scope : scopes) {
            for (Map.Entry<OracleKey, JsonValue> oracle : section.oracles(scope).entrySet()) {
                String written = JsonText.write(oracle.getValue());
                assertTrue(SampleJson.sameJson(oracle.getValue(), TestJson.parse(written)),
                        oracle.getKey() + " of " + scope + " survives " + written);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void theRosterCarriesTheAwkwardNames(long sectionId) {
        List<JsonValue> info = array(oracle(SampleSections.standard(sectionId), Scope.course(),
                OracleKey.STUDENT_INFO));
        List<String> names = new ArrayList<>();
        for (JsonValue row : info) {
            names.add(text(row, "given_name") + " " + text(row, "family_name"));
        }
        assertTrue(names.stream().anyMatch(n -> n.contains("é")), "é");
        assertTrue(names.stream().anyMatch(n -> n.contains("ü")), "ü");
        assertTrue(names.stream().anyMatch(n -> n.contains("ñ")), "ñ");
        assertTrue(names.stream().anyMatch(n -> n.chars().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)), "Chinese");
        assertTrue(names.stream().anyMatch(n -> n.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)), "Arabic");
        assertTrue(names.stream().anyMatch(n -> n.contains(",")), "a comma");
        assertTrue(names.stream().anyMatch(n -> n.contains("\"")), "a double quote");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("=")), "a formula-like name");
        long blank = names.stream().filter(String::isBlank).count();
        assertTrue(blank >= 1 && blank <= 2, "one or two blank names (email only): " + blank);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void activityIncludesInactiveNeverSeenAndTheSevenDayEdge(long sectionId) {
        SampleSection section = SampleSections.standard(sectionId);
        Instant weekAgo = section.asOf().minus(Duration.ofDays(7));
        int inactive = 0;
        int never = 0;
        int exactlyAWeek = 0;
        List<JsonValue> info = array(oracle(section, Scope.course(), OracleKey.STUDENT_INFO));
        for (JsonValue row : info) {
            String seen = text(row, "last_interaction_at");
            if (seen == null) {
                never++;
            } else {
                Instant at = Timestamps.parse(seen).orElseThrow();
                inactive += at.isBefore(weekAgo) ? 1 : 0;
                exactlyAWeek += at.equals(weekAgo) ? 1 : 0;
            }
        }
        assertTrue(never >= 1, "some students were never seen");
        assertTrue(exactlyAWeek >= 1, "someone was seen exactly 7 days ago (still active)");
        double share = (inactive + never) / (double) info.size();
        assertTrue(share >= 0.05 && share <= 0.4, "a share of the class is inactive: " + share);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void progressHitsTheThresholdsExactly(long sectionId) {
        Set<Double> progress = new HashSet<>();
        Set<Double> proficiency = new HashSet<>();
        for (JsonValue row : array(oracle(SampleSections.standard(sectionId), Scope.course(),
                OracleKey.PROGRESS_PROFICIENCY))) {
            progress.add(decimal(row, "progress_pct"));
            proficiency.add(decimal(row, "proficiency_pct"));
        }
        assertTrue(progress.containsAll(List.of(0.0, 40.0, 80.0, 100.0)), "0, 40, 80 and 100 occur");
        assertTrue(proficiency.contains(null), "some proficiency is null");
        assertTrue(proficiency.containsAll(List.of(0.0, 0.4, 0.8, 1.0)), "0, 0.4, 0.8 and 1 occur");
    }

    /** The default support rules (3.3) sort a large class into a realistic mix. */
    @Test
    void aLargeClassMixesStrugglingOnTrackAndExcellingStudents() {
        int[] buckets = new int[4];
        List<JsonValue> rows = array(oracle(SampleSections.standard(1003), Scope.course(),
                OracleKey.PROGRESS_PROFICIENCY));
        for (JsonValue row : rows) {
            Double progress = decimal(row, "progress_pct");
            Double proficiency = decimal(row, "proficiency_pct");
            if (proficiency == null) {
                buckets[3]++;
            } else if (progress >= 80 && proficiency * 100 >= 80) {
                buckets[2]++;
            } else if ((progress < 40 || progress > 80) && proficiency * 100 <= 40) {
                buckets[0]++;
            } else {
                buckets[1]++;
            }
        }
        double size = rows.size();
        assertTrue(buckets[0] / size > 0.1 && buckets[0] / size < 0.3, "struggling " + buckets[0]);
        assertTrue(buckets[1] / size > 0.4 && buckets[1] / size < 0.7, "on track " + buckets[1]);
        assertTrue(buckets[2] / size > 0.1 && buckets[2] / size < 0.3, "excelling " + buckets[2]);
        assertTrue(buckets[3] / size > 0.03 && buckets[3] / size < 0.2, "not enough information " + buckets[3]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void titlesCarryCommasQuotesAndUnicode(long sectionId) {
        SampleSection section = SampleSections.standard(sectionId);
        List<String> titles = new ArrayList<>();
        for (Scope scope : section.scopes()) {
            for (JsonValue item : list(oracle(section, scope, OracleKey.SCOPE_RESOURCES), "items")) {
                titles.add(text(item, "title"));
            }
        }
        assertTrue(titles.stream().anyMatch(t -> t.contains(",")), "a comma");
        assertTrue(titles.stream().anyMatch(t -> t.contains("\"")), "a double quote");
        assertTrue(titles.stream().anyMatch(t -> t.chars().anyMatch(c -> c > 0x7F)), "unicode");
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void gradesIncludeAnUnattemptedAndAnUndatedAssessment(long sectionId) {
        List<JsonValue> grades = list(oracle(SampleSections.standard(sectionId), Scope.course(), OracleKey.GRADES),
                "grades");
        assertTrue(grades.size() >= 3, "several graded pages");
        assertTrue(grades.stream().anyMatch(g -> integer(g, "completed_count") == 0 && decimal(g, "mean") == null),
                "a page without attempts has null statistics");
        assertTrue(grades.stream().anyMatch(g -> text(g, "due_at") == null && text(g, "available_at") == null),
                "an undated assessment");
        assertTrue(grades.stream().anyMatch(g -> text(g, "due_at") != null), "dated assessments");
        assertTrue(grades.stream().anyMatch(g -> members(g, "histogram").size() == 10), "a full histogram");
        assertTrue(grades.stream().anyMatch(g -> integer(g, "completed_count") > 0
                && members(g, "histogram").size() < 10), "a histogram without its empty ranges");
    }

    @ParameterizedTest
    @ValueSource(longs = {1001, 1002, 1003, 1004})
    void objectivesIncludeChallengingTiedAndEmptyDistributions(long sectionId) {
        JsonValue payload = oracle(SampleSections.standard(sectionId), Scope.course(),
                OracleKey.OBJECTIVES_PROFICIENCY);
        int challenging = 0;
        int tied = 0;
        int empty = 0;
        for (JsonValue row : list(payload, "objective_rows")) {
            Map<String, JsonValue> distribution = members(row, "proficiency_distribution");
            int low = count(distribution.get("Low"));
            int medium = count(distribution.get("Medium"));
            int high = count(distribution.get("High"));
            int unknown = count(distribution.get("Not enough data"));
            int largest = Math.max(Math.max(low, medium), Math.max(high, unknown));
            if (largest == 0) {
                empty++;
            } else if (low == largest) {
                challenging++;
            }
            int atLargest = (low == largest ? 1 : 0) + (medium == largest ? 1 : 0) + (high == largest ? 1 : 0)
                    + (unknown == largest ? 1 : 0);
            tied += largest > 0 && atLargest > 1 ? 1 : 0;
        }
        assertTrue(challenging >= 3, "several objectives have mode Low: " + challenging);
        assertTrue(tied >= 1, "a tie");
        assertEquals(1, empty, "one objective with all zeros");
        List<JsonValue> resources = list(payload, "objective_resources");
        long roots = resources.stream().filter(r -> integer(r, "numbering_level") == 1).count();
        assertTrue(roots >= 3 && roots <= 6, "3-6 root objectives: " + roots);
        for (JsonValue resource : resources) {
            int children = list(resource, "children").size();
            if (integer(resource, "numbering_level") == 1) {
                assertTrue(children >= 1 && children <= 4, "1-4 sub-objectives: " + resource.preview());
            } else {
                assertEquals(0, children);
            }
        }
        assertTrue(list(payload, "objective_rows").size() < resources.size(), "a parent shown only as context");
    }

    @Test
    void theCourseHasUnitsOfModulesOfPages() {
        SampleSection section = SampleSections.standard(1004);
        List<JsonValue> units = list(oracle(section, Scope.course(), OracleKey.SCOPE_RESOURCES), "items");
        assertTrue(units.size() >= 4 && units.size() <= 8, "4-8 units");
        for (JsonValue unit : units) {
            Scope unitScope = Scope.container(integer(unit, "resource_id"));
            JsonValue unitResources = oracle(section, unitScope, OracleKey.SCOPE_RESOURCES);
            assertEquals(text(unit, "title"), text(unitResources, "scope_label"));
            List<JsonValue> modules = list(unitResources, "items");
            assertTrue(modules.size() >= 2 && modules.size() <= 4, "2-4 modules");
            assertTrue(object(oracle(section, unitScope, OracleKey.PROGRESS_BINS)).has("by_container_bins"));
            for (JsonValue module : modules) {
                Scope moduleScope = Scope.container(integer(module, "resource_id"));
                List<JsonValue> pages = list(oracle(section, moduleScope, OracleKey.SCOPE_RESOURCES), "items");
                assertTrue(pages.size() >= 2 && pages.size() <= 5, "2-5 pages");
                assertTrue(object(oracle(section, moduleScope, OracleKey.PROGRESS_BINS)).has("by_resource_bins"));
            }
        }
    }

    /** Upper deciles: a unit's bins follow the course progress, so early units are further along than late ones. */
    @Test
    void earlyUnitsAreFurtherAlongThanLateOnes() {
        SampleSection section = SampleSections.standard(1003);
        Map<String, JsonValue> bins = members(oracle(section, Scope.course(), OracleKey.PROGRESS_BINS),
                "by_container_bins");
        List<Integer> completed = new ArrayList<>();
        for (JsonValue unitBins : bins.values()) {
            completed.add(count(field(unitBins, "100")));
        }
        for (int i = 1; i < completed.size(); i++) {
            assertTrue(completed.get(i) <= completed.get(i - 1), "completions fall unit by unit: " + completed);
        }
    }

    @Test
    void twentyThousandStudentsAreGenerated() {
        SampleSection section = SampleSections.generate(4242, 20_000, 99);
        Map<OracleKey, JsonValue> course = section.oracles(Scope.course());
        assertEquals(20_000, array(course.get(OracleKey.STUDENT_INFO)).size());
    }
}
