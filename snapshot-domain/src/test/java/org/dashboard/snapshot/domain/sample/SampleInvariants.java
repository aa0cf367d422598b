package org.dashboard.snapshot.domain.sample;

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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue;

/** Test helper: every structural promise a sample section makes, checked over all of its scopes. */
final class SampleInvariants {
    static final List<OracleKey> ALL_KEYS = List.of(OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY,
            OracleKey.PROGRESS_BINS, OracleKey.PROGRESS_PROFICIENCY, OracleKey.RECOMMENDATION,
            OracleKey.SCHEDULE_POSITION, OracleKey.SCOPE_RESOURCES, OracleKey.STUDENT_INFO);
    static final List<String> BIN_KEYS = List.of("0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100");
    static final List<String> RANGES = List.of("0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70",
            "70-80", "80-90", "90-100");
    static final List<String> LEVELS = List.of("Low", "Medium", "High", "Not enough data");

    private SampleInvariants() {
    }

    static void check(SampleSection section) {
        List<Scope> scopes = section.scopes();
        assertEquals(Scope.course(), scopes.get(0), "the course scope comes first");
        assertEquals(scopes.size(), new HashSet<>(scopes).size(), "scopes are distinct");
        for (Scope scope : scopes) {
            assertEquals(ALL_KEYS, List.copyOf(section.oracles(scope).keySet()), "every oracle, sorted, for " + scope);
        }

        // the course's containers: units (course items) and modules (unit items); pages (module items)
        Map<Long, List<Long>> pagesOf = new LinkedHashMap<>();
        List<Long> units = ids(list(oracle(section, Scope.course(), OracleKey.SCOPE_RESOURCES), "items"),
                "resource_id");
        List<Long> containers = new ArrayList<>(units);
        for (long unit : units) {
            containers.addAll(ids(list(oracle(section, Scope.container(unit), OracleKey.SCOPE_RESOURCES), "items"),
                    "resource_id"));
        }
        List<Scope> expectedScopes = new ArrayList<>(List.of(Scope.course()));
        containers.forEach(id -> expectedScopes.add(Scope.container(id)));
        assertEquals(expectedScopes, scopes, "scopes: the course, its units, then their modules");
        List<Long> allPages = new ArrayList<>();
        for (long module : containers.subList(units.size(), containers.size())) {
            List<Long> pages = ids(list(oracle(section, Scope.container(module), OracleKey.SCOPE_RESOURCES), "items"),
                    "resource_id");
            pagesOf.put(module, pages);
            allPages.addAll(pages);
        }
        for (long unit : units) {
            List<Long> pages = new ArrayList<>();
            for (long module : ids(list(oracle(section, Scope.container(unit), OracleKey.SCOPE_RESOURCES), "items"),
                    "resource_id")) {
                pages.addAll(pagesOf.get(module));
            }
            pagesOf.put(unit, pages);
        }

        JsonValue progress = oracle(section, Scope.course(), OracleKey.PROGRESS_PROFICIENCY);
        JsonValue info = oracle(section, Scope.course(), OracleKey.STUDENT_INFO);
        checkStudents(section, progress, info);
        List<Long> objectiveIds = ids(list(oracle(section, Scope.course(), OracleKey.OBJECTIVES_PROFICIENCY),
                "objective_resources"), "resource_id");
        List<Long> resourceIds = new ArrayList<>(containers);
        resourceIds.addAll(allPages);
        resourceIds.addAll(objectiveIds);
        assertPositiveAndUnique(resourceIds, "resource ids");

        for (Scope scope : scopes) {
            Map<OracleKey, JsonValue> oracles = section.oracles(scope);
            assertEquals(progress, oracles.get(OracleKey.PROGRESS_PROFICIENCY), "same progress rows in " + scope);
            assertEquals(info, oracles.get(OracleKey.STUDENT_INFO), "same student rows in " + scope);
            List<Long> pages = scope instanceof Scope.Container c ? pagesOf.get(c.id()) : allPages;
            List<Long> items = checkScopeResources(section, scope, oracles.get(OracleKey.SCOPE_RESOURCES));
            checkBins(section, scope, items, oracles.get(OracleKey.PROGRESS_BINS));
            checkGrades(section, scope, pages, oracles.get(OracleKey.GRADES));
            checkObjectives(section, objectiveIds, oracles.get(OracleKey.OBJECTIVES_PROFICIENCY));
            checkRecommendation(oracles.get(OracleKey.RECOMMENDATION));
            checkSchedule(section, items, oracles.get(OracleKey.SCHEDULE_POSITION));
        }
    }

    static JsonValue oracle(SampleSection section, Scope scope, OracleKey key) {
        JsonValue value = section.oracles(scope).get(key);
        assertNotNull(value, key + " for " + scope);
        return value;
    }

    private static void checkStudents(SampleSection section, JsonValue progress, JsonValue info) {
        int students = section.students();
        List<JsonValue> progressRows = array(progress);
        List<JsonValue> infoRows = array(info);
        assertEquals(students, infoRows.size(), "one info row per student");
        assertEquals(students, progressRows.size(), "one progress row per counted student");
        List<Long> progressIds = ids(progressRows, "student_id");
        List<Long> infoIds = ids(infoRows, "student_id");
        assertPositiveAndUnique(progressIds, "progress student ids");
        assertPositiveAndUnique(infoIds, "info student ids");
        Set<Long> shared = new HashSet<>(progressIds);
        shared.retainAll(new HashSet<>(infoIds));
        if (students >= 10) {
            assertTrue(shared.size() >= 0.8 * students, "most students are in both lists: " + shared.size());
            assertTrue(shared.size() < students, "some students are in one list only");
        } else if (students < 3) {
            assertEquals(students, shared.size(), "a tiny class has no mismatches");
        }
        for (JsonValue row : progressRows) {
            Double pct = decimal(row, "progress_pct");
            assertNotNull(pct);
            assertTrue(pct >= 0 && pct <= 100, "progress_pct in 0..100: " + row.preview());
            Double proficiency = decimal(row, "proficiency_pct");
            assertTrue(proficiency == null || proficiency >= 0 && proficiency <= 1,
                    "proficiency_pct a fraction or null: " + row.preview());
        }
        for (JsonValue row : infoRows) {
            assertFalse(text(row, "email").isBlank(), "email: " + row.preview());
            assertNotNull(text(row, "given_name"));
            assertNotNull(text(row, "family_name"));
            String picture = text(row, "picture");
            assertTrue(picture == null || picture.startsWith("https://"), "picture: " + row.preview());
            String seen = text(row, "last_interaction_at");
            if (seen != null) {
                Instant at = Timestamps.parse(seen).orElseThrow();
                assertEquals(seen, Timestamps.format(at), "canonical timestamp");
                assertFalse(at.isAfter(section.asOf()), "seen before as-of: " + seen);
            }
        }
    }

    private static List<Long> checkScopeResources(SampleSection section, Scope scope, JsonValue payload) {
        assertEquals(section.courseTitle(), text(payload, "course_title"));
        String label = text(payload, "scope_label");
        assertFalse(label == null || label.isBlank(), "scope_label");
        if (scope instanceof Scope.Course) {
            assertEquals("Entire Course", label);
        }
        List<JsonValue> items = list(payload, "items");
        assertFalse(items.isEmpty(), "items of " + scope);
        boolean pages = integer(items.get(0), "resource_type_id") == 1;
        for (JsonValue item : items) {
            assertEquals(pages ? 1 : 2, integer(item, "resource_type_id"), "one item type per scope");
            assertFalse(text(item, "title").isBlank());
        }
        List<Long> ids = ids(items, "resource_id");
        assertPositiveAndUnique(ids, "items of " + scope);
        return ids;
    }

    private static void checkBins(SampleSection section, Scope scope, List<Long> items, JsonValue payload) {
        assertEquals(10, integer(payload, "bin_size"));
        long total = integer(payload, "total_students");
        assertEquals(section.students(), total, "total_students");
        boolean pageItems = section.oracles(scope).get(OracleKey.SCOPE_RESOURCES) != null
                && integer(list(section.oracles(scope).get(OracleKey.SCOPE_RESOURCES), "items").get(0),
                        "resource_type_id") == 1;
        String key = pageItems ? "by_resource_bins" : "by_container_bins";
        assertFalse(object(payload).has(pageItems ? "by_container_bins" : "by_resource_bins"), "one bins key");
        Map<String, JsonValue> byItem = members(payload, key);
        List<String> expected = new ArrayList<>();
        items.forEach(id -> expected.add(Long.toString(id)));
        assertEquals(expected, List.copyOf(byItem.keySet()), "bins for exactly the scope's items");
        for (Map.Entry<String, JsonValue> entry : byItem.entrySet()) {
            Map<String, JsonValue> bins = object(entry.getValue()).members();
            assertEquals(BIN_KEYS, List.copyOf(bins.keySet()), "eleven bins for " + entry.getKey());
            long sum = 0;
            for (JsonValue count : bins.values()) {
                assertTrue(count(count) >= 0);
                sum += count(count);
            }
            assertEquals(total, sum, "bins of " + entry.getKey() + " in " + scope + " sum to total_students");
        }
    }

    private static void checkGrades(SampleSection section, Scope scope, List<Long> pages, JsonValue payload) {
        Set<Long> seen = new HashSet<>();
        for (JsonValue row : list(payload, "grades")) {
            long page = integer(row, "page_id");
            assertTrue(pages.contains(page), "graded page " + page + " lies in " + scope);
            assertTrue(seen.add(page), "one row per page");
            assertTrue(integer(row, "section_resource_id") > 0);
            assertFalse(text(row, "title").isBlank());
            long completed = integer(row, "completed_count");
            assertEquals(section.students(), integer(row, "total_students"));
            assertTrue(completed >= 0 && completed <= section.students(), "completed_count: " + row.preview());
            Map<String, JsonValue> histogram = members(row, "histogram");
            assertTrue(RANGES.containsAll(histogram.keySet()), "histogram ranges: " + histogram.keySet());
            long inHistogram = 0;
            for (JsonValue count : histogram.values()) {
                inHistogram += count(count);
            }
            assertEquals(completed, inHistogram, "the histogram counts every completed attempt");
            List<String> stats = List.of("minimum", "median", "mean", "maximum", "standard_deviation");
            if (completed == 0) {
                for (String stat : stats) {
                    assertEquals(null, decimal(row, stat), stat + " is null without attempts");
                }
            } else {
                for (String stat : stats) {
                    Double value = decimal(row, stat);
                    assertTrue(value != null && value >= 0 && value <= 100, stat + ": " + row.preview());
                }
                double min = decimal(row, "minimum");
                double max = decimal(row, "maximum");
                assertTrue(min <= decimal(row, "median") && decimal(row, "median") <= max, "median: " + row.preview());
                assertTrue(min <= decimal(row, "mean") && decimal(row, "mean") <= max, "mean: " + row.preview());
            }
            String available = text(row, "available_at");
            String due = text(row, "due_at");
            if (available != null) {
                assertEquals(available, Timestamps.format(Timestamps.parse(available).orElseThrow()));
            }
            if (due != null) {
                assertEquals(due, Timestamps.format(Timestamps.parse(due).orElseThrow()));
            }
            if (available != null && due != null) {
                assertTrue(available.compareTo(due) < 0, "available before due: " + row.preview());
            }
        }
    }

    private static void checkObjectives(SampleSection section, List<Long> objectiveIds, JsonValue payload) {
        List<JsonValue> resources = list(payload, "objective_resources");
        assertEquals(objectiveIds, ids(resources, "resource_id"), "the whole objective tree in every scope");
        int nullNumbering = 0;
        for (JsonValue resource : resources) {
            long level = integer(resource, "numbering_level");
            assertTrue(level == 1 || level == 2, "numbering_level");
            nullNumbering += field(resource, "numbering_index").isNull() ? 1 : 0;
            for (JsonValue child : list(resource, "children")) {
                assertTrue(objectiveIds.contains((long) count(child)), "child " + child.preview() + " exists");
            }
        }
        assertEquals(1, nullNumbering, "one objective has a null numbering_index");
        for (JsonValue row : list(payload, "objective_rows")) {
            assertTrue(objectiveIds.contains(integer(row, "objective_id")), "row of a known objective");
            Map<String, JsonValue> distribution = members(row, "proficiency_distribution");
            assertEquals(LEVELS, List.copyOf(distribution.keySet()));
            long sum = 0;
            for (JsonValue count : distribution.values()) {
                assertTrue(count(count) >= 0);
                sum += count(count);
            }
            assertTrue(sum == 0 || sum == section.students(), "a distribution covers the class: " + row.preview());
            if (object(row).has("numeric_proficiency")) {
                double numeric = decimal(row, "numeric_proficiency");
                assertTrue(numeric >= 0 && numeric <= 1, "numeric_proficiency: " + row.preview());
            }
        }
    }

    private static void checkRecommendation(JsonValue payload) {
        assertTrue(integer(payload, "id") > 0);
        assertEquals("ready", text(payload, "status"));
        assertFalse(text(payload, "body").isBlank());
    }

    private static void checkSchedule(SampleSection section, List<Long> items, JsonValue payload) {
        boolean hasSchedule = field(payload, "has_schedule").equals(JsonValue.of(true));
        assertEquals(section.hasSchedule(), hasSchedule);
        if (hasSchedule) {
            assertTrue(items.contains(integer(payload, "current_resource_id")), "the schedule names a scope item");
            assertFalse(text(payload, "label").isBlank());
        } else {
            assertEquals(1, object(payload).members().size(), "{\"has_schedule\": false} only");
        }
    }

    static void assertPositiveAndUnique(List<Long> ids, String what) {
        assertEquals(ids.size(), new HashSet<>(ids).size(), what + " are unique");
        for (long id : ids) {
            assertTrue(id > 0, what + " are positive: " + id);
        }
    }
}
