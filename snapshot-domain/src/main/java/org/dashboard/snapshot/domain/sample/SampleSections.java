package org.dashboard.snapshot.domain.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deterministic sample sections: {@link #generate} for any size and seed, and the built-in catalog of four
 * sections (ids 1001..1004 with 20, 200, 2,000 and 20,000 students) that a first run serves and the parity suites
 * and benchmarks use.
 */
public final class SampleSections {
    /** The largest class a sample section may have. */
    public static final int MAX_STUDENTS = 1_000_000;

    private record Entry(long sectionId, int students, long seed, String courseTitle, boolean hasSchedule) {
    }

    private static final List<Entry> CATALOG = List.of(
            new Entry(1001, 20, 20_260_204_001L, "Introduction to Soil Science", true),
            new Entry(1002, 200, 20_260_204_002L, "Statistics, Data and Society", false),
            new Entry(1003, 2_000, 20_260_204_003L, "Principles of Microeconomics", true),
            new Entry(1004, 20_000, 20_260_204_004L, "Foundations of Chemistry", true));

    /** Built catalog sections, kept: four at most, and their payload caches are what makes a second call cheap. */
    private static final Map<Long, SampleSection> STANDARD = new ConcurrentHashMap<>();

    private SampleSections() {
    }

    /**
     * A section of {@code students} students with a generated course; the same arguments always give equal
     * payloads. The course depends on {@code sectionId} and {@code seed} only, so sizes can be compared.
     *
     * @throws IllegalArgumentException if {@code sectionId} is not positive or {@code students} is outside
     *     {@code 0..MAX_STUDENTS}
     */
    public static SampleSection generate(long sectionId, int students, long seed) {
        return new SampleSection(sectionId, students, seed, null, true);
    }

    /** The class sizes of the catalog, in catalog order: 20, 200, 2000, 20000. */
    public static List<Integer> sizes() {
        return CATALOG.stream().map(Entry::students).toList();
    }

    /** The catalog's section ids, in catalog order: 1001, 1002, 1003, 1004. */
    public static List<Long> standardSectionIds() {
        return CATALOG.stream().map(Entry::sectionId).toList();
    }

    /**
     * The catalog section with this id (built once, then shared).
     *
     * @throws IllegalArgumentException if the id is not in the catalog
     */
    public static SampleSection standard(long sectionId) {
        return find(sectionId).orElseThrow(() -> new IllegalArgumentException(
                "no standard sample section " + sectionId + "; the catalog has " + standardSectionIds()));
    }

    /** The catalog section with this id, or empty. */
    public static Optional<SampleSection> find(long sectionId) {
        for (Entry entry : CATALOG) {
            if (entry.sectionId() == sectionId) {
                return Optional.of(STANDARD.computeIfAbsent(sectionId, id -> new SampleSection(id, entry.students(),
                        entry.seed(), entry.courseTitle(), entry.hasSchedule())));
            }
        }
        return Optional.empty();
    }
}
