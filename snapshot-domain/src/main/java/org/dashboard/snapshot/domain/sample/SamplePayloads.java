package org.dashboard.snapshot.domain.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;

/** Builds the oracle payloads (DOMAIN.md 1.1, 3.x) of one sample section from its course and cohort. */
final class SamplePayloads {
    static final String[] BIN_KEYS = {"0", "10", "20", "30", "40", "50", "60", "70", "80", "90", "100"};
    static final String[] HISTOGRAM_KEYS = {
        "0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70", "70-80", "80-90", "90-100",
    };
    private static final String[] LEVELS = {"Low", "Medium", "High", "Not enough data"};
    private static final int SCHEDULE_WEEK = 6;

    /** What a scope covers: its items (units, modules or pages) and its course-order page range. */
    enum Level { COURSE, UNIT, MODULE }

    record Item(long id, int typeId, String title, String contextLabel, int[] bins, int firstPage, int pageEnd) {
    }

    record ScopePlan(Level level, int ordinal, long scopeKey, String label, int firstPage, int pageEnd,
            List<Item> items) {
    }

    private final long sectionId;
    private final long seed;
    private final boolean hasSchedule;
    private final long asOfSeconds;
    private final SampleCourse course;
    private final SampleCohort cohort;

    SamplePayloads(long sectionId, long seed, boolean hasSchedule, Instant asOf, SampleCourse course,
            SampleCohort cohort) {
        this.sectionId = sectionId;
        this.seed = seed;
        this.hasSchedule = hasSchedule;
        this.asOfSeconds = asOf.getEpochSecond();
        this.course = course;
        this.cohort = cohort;
    }

    /** Every scope's plan, in scope order: the course, each unit, each module. */
    List<ScopePlan> plans() {
        List<ScopePlan> plans = new ArrayList<>();
        List<Item> unitItems = new ArrayList<>();
        for (SampleCourse.Unit unit : course.units) {
            unitItems.add(new Item(unit.id(), 2, unit.title(), null, cohort.unitBins[unit.index()], unit.firstPage(),
                    unit.pageEnd()));
        }
        plans.add(new ScopePlan(Level.COURSE, 0, 0, "Entire Course", 0, course.pages.size(), unitItems));
        for (SampleCourse.Unit unit : course.units) {
            List<Item> moduleItems = new ArrayList<>();
            for (SampleCourse.Module module : course.modules.subList(unit.firstModule(), unit.moduleEnd())) {
                moduleItems.add(new Item(module.id(), 2, module.title(), null, cohort.moduleBins[module.index()],
                        module.firstPage(), module.pageEnd()));
            }
            plans.add(new ScopePlan(Level.UNIT, plans.size(), unit.id(), unit.title(), unit.firstPage(),
                    unit.pageEnd(), moduleItems));
        }
        for (SampleCourse.Module module : course.modules) {
            List<Item> pageItems = new ArrayList<>();
            for (SampleCourse.Page page : course.pages.subList(module.firstPage(), module.pageEnd())) {
                pageItems.add(new Item(page.id(), 1, page.title(), page.contextLabel(), cohort.pageBins[page.index()],
                        page.index(), page.index() + 1));
            }
            plans.add(new ScopePlan(Level.MODULE, plans.size(), module.id(), module.title(), module.firstPage(),
                    module.pageEnd(), pageItems));
        }
        return plans;
    }

    /** The scope-dependent payloads plus the two shared student lists, sorted by key. */
    SortedMap<OracleKey, JsonValue> oracles(ScopePlan plan, JsonValue progressProficiency, JsonValue studentInfo) {
        List<SampleCourse.Objective> challenging = new ArrayList<>();
        SortedMap<OracleKey, JsonValue> oracles = new TreeMap<>();
        oracles.put(OracleKey.SCOPE_RESOURCES, scopeResources(plan));
        oracles.put(OracleKey.PROGRESS_BINS, progressBins(plan));
        oracles.put(OracleKey.PROGRESS_PROFICIENCY, progressProficiency);
        oracles.put(OracleKey.STUDENT_INFO, studentInfo);
        oracles.put(OracleKey.GRADES, grades(plan));
        oracles.put(OracleKey.OBJECTIVES_PROFICIENCY, objectives(plan, challenging));
        oracles.put(OracleKey.RECOMMENDATION, recommendation(plan, challenging));
        oracles.put(OracleKey.SCHEDULE_POSITION, schedule(plan));
        return oracles;
    }

    JsonValue scopeResources(ScopePlan plan) {
        List<JsonValue> items = new ArrayList<>(plan.items().size());
        for (Item item : plan.items()) {
            Map<String, JsonValue> row = new LinkedHashMap<>();
            row.put("resource_id", JsonValue.of(item.id()));
            row.put("resource_type_id", JsonValue.of(item.typeId()));
            row.put("title", JsonValue.of(item.title()));
            if (item.contextLabel() != null) {
                row.put("context_label", JsonValue.of(item.contextLabel()));
            }
            items.add(new JsonObject(row));
        }
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("course_title", JsonValue.of(course.title));
        payload.put("scope_label", JsonValue.of(plan.label()));
        payload.put("items", new JsonArray(items));
        return new JsonObject(payload);
    }

    JsonValue progressBins(ScopePlan plan) {
        Map<String, JsonValue> byItem = new LinkedHashMap<>();
        for (Item item : plan.items()) {
            Map<String, JsonValue> bins = new LinkedHashMap<>();
            for (int b = 0; b < BIN_KEYS.length; b++) {
                bins.put(BIN_KEYS[b], JsonValue.of(item.bins()[b]));
            }
            byItem.put(Long.toString(item.id()), new JsonObject(bins));
        }
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("bin_size", JsonValue.of(10));
        payload.put("total_students", JsonValue.of(cohort.progressIds.length));
        payload.put(plan.level() == Level.MODULE ? "by_resource_bins" : "by_container_bins", new JsonObject(byItem));
        return new JsonObject(payload);
    }

    JsonValue progressProficiency() {
        int rows = cohort.progressIds.length;
        List<JsonValue> list = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            int proficiency = cohort.proficiencyTenThousandths[r];
            Map<String, JsonValue> row = new LinkedHashMap<>(4);
            row.put("student_id", JsonValue.of(cohort.progressIds[r]));
            row.put("progress_pct", decimal(cohort.progressHundredths[r], 2));
            row.put("proficiency_pct", proficiency == SampleCohort.NO_PROFICIENCY
                    ? JsonValue.nullValue()
                    : decimal(proficiency, 4));
            list.add(new JsonObject(row));
        }
        return new JsonArray(list);
    }

    JsonValue studentInfo() {
        int rows = cohort.infoIds.length;
        List<JsonValue> list = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            long seen = cohort.lastSeen[r];
            String picture = cohort.pictures[r];
            Map<String, JsonValue> row = new LinkedHashMap<>(8);
            row.put("student_id", JsonValue.of(cohort.infoIds[r]));
            row.put("email", JsonValue.of(cohort.emails[r]));
            row.put("given_name", JsonValue.of(cohort.givenNames[r]));
            row.put("family_name", JsonValue.of(cohort.familyNames[r]));
            row.put("picture", picture == null ? JsonValue.nullValue() : JsonValue.of(picture));
            row.put("last_interaction_at", seen == SampleCohort.NO_TIME
                    ? JsonValue.nullValue()
                    : JsonValue.of(isoSeconds(seen)));
            list.add(new JsonObject(row));
        }
        return new JsonArray(list);
    }

    JsonValue grades(ScopePlan plan) {
        int total = cohort.progressIds.length;
        List<JsonValue> rows = new ArrayList<>();
        for (SampleCourse.Page page : course.pages.subList(plan.firstPage(), plan.pageEnd())) {
            SampleCohort.GradeStats stats = cohort.grades[page.index()];
            if (stats == null) {
                continue;
            }
            boolean attempted = stats.completed() > 0;
            Map<String, JsonValue> row = new LinkedHashMap<>();
            row.put("page_id", JsonValue.of(page.id()));
            row.put("section_resource_id", JsonValue.of(page.sectionResourceId()));
            row.put("title", JsonValue.of(page.title()));
            row.put("minimum", attempted ? JsonValue.of(stats.minimum()) : JsonValue.nullValue());
            row.put("median", attempted ? JsonValue.of(stats.median()) : JsonValue.nullValue());
            row.put("mean", attempted ? JsonValue.of(stats.mean()) : JsonValue.nullValue());
            row.put("maximum", attempted ? JsonValue.of(stats.maximum()) : JsonValue.nullValue());
            row.put("standard_deviation", attempted ? JsonValue.of(stats.standardDeviation()) : JsonValue.nullValue());
            Map<String, JsonValue> histogram = new LinkedHashMap<>();
            if (attempted) {
                // odd pages list every range; even pages leave the empty ranges out, as the reference often does
                boolean omitZeros = page.index() % 2 == 0;
                for (int h = 0; h < HISTOGRAM_KEYS.length; h++) {
                    if (!omitZeros || stats.histogram()[h] > 0) {
                        histogram.put(HISTOGRAM_KEYS[h], JsonValue.of(stats.histogram()[h]));
                    }
                }
            }
            row.put("histogram", new JsonObject(histogram));
            row.put("available_at", timestamp(page.availableAt()));
            row.put("due_at", timestamp(page.dueAt()));
            row.put("completed_count", JsonValue.of(stats.completed()));
            row.put("total_students", JsonValue.of(total));
            rows.add(new JsonObject(row));
        }
        return new JsonObject(Map.of("grades", new JsonArray(rows)));
    }

    /** Rows for the objectives the scope's pages exercise; the whole tree as resources (numbering is global). */
    JsonValue objectives(ScopePlan plan, List<SampleCourse.Objective> challenging) {
        int total = cohort.progressIds.length;
        List<JsonValue> rows = new ArrayList<>();
        List<JsonValue> resources = new ArrayList<>();
        for (SampleCourse.Objective objective : course.objectives) {
            if (objective.hasRow() && objective.touches(plan.firstPage(), plan.pageEnd())) {
                SampleRandom rng = SampleRandom.of(seed, 4, objective.id(), plan.scopeKey());
                int[] counts = distribution(rng, objective.shape(), plan.level(), total);
                if (mode(counts) == 0 && counts[0] > 0) {
                    challenging.add(objective);
                }
                Map<String, JsonValue> distribution = new LinkedHashMap<>();
                for (int level = 0; level < LEVELS.length; level++) {
                    distribution.put(LEVELS[level], JsonValue.of(counts[level]));
                }
                Map<String, JsonValue> row = new LinkedHashMap<>();
                row.put("objective_id", JsonValue.of(objective.id()));
                row.put("title", JsonValue.of(objective.title()));
                row.put("proficiency_distribution", new JsonObject(distribution));
                int measured = counts[0] + counts[1] + counts[2];
                if (measured > 0 && !rng.chance(0.2)) {
                    double weighted = (0.2 * counts[0] + 0.6 * counts[1] + counts[2]) / measured;
                    double numeric = Math.max(0, Math.min(1, weighted + 0.03 * rng.normal()));
                    row.put("numeric_proficiency", JsonValue.of(Math.round(numeric * 10_000) / 10_000.0));
                }
                rows.add(new JsonObject(row));
            }
            Map<String, JsonValue> resource = new LinkedHashMap<>();
            resource.put("resource_id", JsonValue.of(objective.id()));
            resource.put("title", JsonValue.of(objective.title()));
            List<JsonValue> children = new ArrayList<>();
            for (Long child : objective.children()) {
                children.add(JsonValue.of(child));
            }
            resource.put("children", new JsonArray(children));
            resource.put("numbering_index", objective.numberingIndex() == null
                    ? JsonValue.nullValue()
                    : JsonValue.of(objective.numberingIndex()));
            resource.put("numbering_level", JsonValue.of(objective.level()));
            resources.add(new JsonObject(resource));
        }
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("objective_rows", new JsonArray(rows));
        payload.put("objective_resources", new JsonArray(resources));
        return new JsonObject(payload);
    }

    /** Counts for Low, Medium, High, Not enough data, summing to {@code total} (all zero for an empty shape). */
    static int[] distribution(SampleRandom rng, SampleCourse.Shape shape, Level level, int total) {
        int[] counts = new int[4];
        if (shape == SampleCourse.Shape.EMPTY || total == 0) {
            return counts;
        }
        if (shape == SampleCourse.Shape.TIE) {
            int tied = (int) (total * rng.uniform(0.34, 0.4));
            int rest = total - 2 * tied;
            counts[0] = tied;
            counts[1] = tied;
            counts[2] = Math.min(Math.max(0, tied - 1), (int) (rest * rng.uniform(0.5, 0.8)));
            counts[3] = rest - counts[2];
            return counts;
        }
        double unmeasured;
        if (shape == SampleCourse.Shape.SPARSE) {
            unmeasured = rng.uniform(0.55, 0.8);
        } else if (level == Level.COURSE) {
            unmeasured = rng.uniform(0.02, 0.08);
        } else if (level == Level.UNIT) {
            unmeasured = rng.uniform(0.05, 0.15);
        } else {
            unmeasured = rng.uniform(0.1, 0.25);
        }
        double low;
        double medium;
        int intended;
        switch (shape) {
            case CHALLENGING:
                low = rng.uniform(0.5, 0.65);
                medium = rng.uniform(0.2, 0.3);
                intended = 0;
                break;
            case STRONG:
                medium = rng.uniform(0.2, 0.3);
                low = rng.uniform(0.02, 1 - medium - 0.5);
                intended = 2;
                break;
            case SPARSE:
                low = rng.uniform(0.2, 0.45);
                medium = rng.uniform(0.2, 0.45);
                intended = 3;
                break;
            default:
                low = rng.uniform(0.15, 0.25);
                medium = rng.uniform(0.45, 0.6);
                intended = 1;
                break;
        }
        counts[3] = (int) Math.round(total * unmeasured);
        int measured = total - counts[3];
        counts[0] = Math.min(measured, (int) Math.round(measured * low));
        counts[1] = Math.min(measured - counts[0], (int) Math.round(measured * medium));
        counts[2] = measured - counts[0] - counts[1];
        int mode = mode(counts);
        if (mode != intended) {
            int swap = counts[intended];
            counts[intended] = counts[mode];
            counts[mode] = swap;
        }
        for (int lower = 0; lower < intended; lower++) {
            if (counts[lower] == counts[intended] && counts[lower] > 0) {
                counts[lower]--;
                counts[intended]++;
            }
        }
        return counts;
    }

    /** The label with the largest count; ties go to the lowest level (DOMAIN.md 3.4). */
    static int mode(int[] counts) {
        int mode = 0;
        for (int level = 1; level < counts.length; level++) {
            if (counts[level] > counts[mode]) {
                mode = level;
            }
        }
        return mode;
    }

    JsonValue recommendation(ScopePlan plan, List<SampleCourse.Objective> challenging) {
        int total = cohort.infoIds.length;
        StringBuilder body = new StringBuilder(256);
        body.append(cohort.strugglingStudents()).append(" of ").append(total)
                .append(" students are struggling and ").append(cohort.inactiveStudents(asOfSeconds))
                .append(" have not interacted with the course for more than 7 days.");
        if (challenging.isEmpty()) {
            body.append(" In ").append(plan.label()).append(", no learning objective stands out as challenging.");
        } else {
            body.append(" In ").append(plan.label()).append(", most students are still at low proficiency on \"")
                    .append(challenging.get(0).title()).append("\"; a short review activity could help.");
        }
        for (SampleCourse.Page page : course.pages.subList(plan.firstPage(), plan.pageEnd())) {
            if (page.graded() && page.dueAt() != null && page.dueAt().getEpochSecond() > asOfSeconds) {
                body.append(" Next due: ").append(page.title()).append(" on ")
                        .append(Timestamps.format(page.dueAt()), 0, 10).append('.');
                break;
            }
        }
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("id", JsonValue.of(sectionId * 1000 + plan.ordinal() + 1));
        payload.put("status", JsonValue.of("ready"));
        payload.put("body", JsonValue.of(body.toString()));
        return new JsonObject(payload);
    }

    /** The scope item at the schedule's current page; a scope wholly before (after) it points at its last (first). */
    JsonValue schedule(ScopePlan plan) {
        Map<String, JsonValue> payload = new LinkedHashMap<>();
        payload.put("has_schedule", JsonValue.of(hasSchedule));
        if (!hasSchedule || plan.items().isEmpty()) {
            return new JsonObject(payload);
        }
        List<Item> items = plan.items();
        Item current = course.currentPage < plan.firstPage() ? items.get(0) : items.get(items.size() - 1);
        for (Item item : items) {
            if (course.currentPage >= item.firstPage() && course.currentPage < item.pageEnd()) {
                current = item;
            }
        }
        payload.put("current_resource_id", JsonValue.of(current.id()));
        payload.put("label", JsonValue.of("Week " + SCHEDULE_WEEK + ": " + current.title()));
        return new JsonObject(payload);
    }

    /**
     * {@code unscaled / 10^scale} as a fractional JSON number written the way a double prints ({@code 40.0},
     * {@code 88.54}, {@code 0.0005}), so it equals what parsing the written text gives back; no double on the way.
     */
    static JsonNumber decimal(long unscaled, int scale) {
        long digits = unscaled;
        int places = scale;
        while (places > 1 && digits % 10 == 0) {
            digits /= 10;
            places--;
        }
        return new JsonNumber(BigDecimal.valueOf(digits, places), false);
    }

    /** {@link Timestamps#format} for an epoch second, without a formatter: one call per student, 20,000 a section. */
    static String isoSeconds(long epochSecond) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L));
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return Timestamps.format(Instant.ofEpochSecond(epochSecond));
        }
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        char[] text = "0000-00-00T00:00:00Z".toCharArray();
        digits(text, 0, year, 4);
        digits(text, 5, date.getMonthValue(), 2);
        digits(text, 8, date.getDayOfMonth(), 2);
        digits(text, 11, secondOfDay / 3600, 2);
        digits(text, 14, secondOfDay / 60 % 60, 2);
        digits(text, 17, secondOfDay % 60, 2);
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    private static JsonValue timestamp(Instant instant) {
        return instant == null ? JsonValue.nullValue() : JsonValue.of(Timestamps.format(instant));
    }
}
