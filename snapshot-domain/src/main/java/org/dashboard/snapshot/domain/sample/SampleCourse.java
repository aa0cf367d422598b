package org.dashboard.snapshot.domain.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The structure of a sample course: units of modules of pages (pages numbered in course order, so every unit and
 * module covers a contiguous page range), graded pages with their dates, and an objective tree. Immutable.
 */
final class SampleCourse {
    /** The course term: five weeks before {@link SampleSection#AS_OF} to ten weeks after it. */
    static final Instant TERM_START = Instant.parse("2025-12-31T00:00:00Z");
    static final int TERM_DAYS = 105;
    private static final int AS_OF_DAY = 35;

    /** What an objective's proficiency distribution looks like in every scope. */
    enum Shape {
        /** Mode "Low": a challenging objective. */
        CHALLENGING,
        /** Mode "Medium". */
        MIXED,
        /** Mode "High". */
        STRONG,
        /** Mostly "Not enough data". */
        SPARSE,
        /** "Low" and "Medium" tie for the largest count (the tie goes to "Low"). */
        TIE,
        /** Every count zero. */
        EMPTY
    }

    record Unit(long id, int index, String title, int firstModule, int moduleEnd, int firstPage, int pageEnd) {
    }

    record Module(long id, int index, int unitIndex, String title, int firstPage, int pageEnd) {
    }

    /**
     * A page. Graded pages carry dates (either may be null) and a difficulty offset for scores; an upcoming page is
     * an assessment not yet open, so it has no attempts.
     */
    record Page(long id, int index, int moduleIndex, String title, String contextLabel, boolean graded,
            Instant availableAt, Instant dueAt, int difficulty, boolean upcoming) {
        long sectionResourceId() {
            return 500_000L + id;
        }
    }

    /** An objective; {@code pages} are the sorted course-order indexes of the pages that exercise it. */
    record Objective(long id, String title, Integer numberingIndex, int level, List<Long> children, Shape shape,
            boolean hasRow, int[] pages) {
        boolean touches(int firstPage, int pageEnd) {
            for (int page : pages) {
                if (page >= firstPage && page < pageEnd) {
                    return true;
                }
            }
            return false;
        }
    }

    final String title;
    final List<Unit> units;
    final List<Module> modules;
    final List<Page> pages;
    final List<Objective> objectives;
    /** The course-order index of the page the schedule is at on {@link SampleSection#AS_OF}. */
    final int currentPage;

    private SampleCourse(String title, List<Unit> units, List<Module> modules, List<Page> pages,
            List<Objective> objectives, int currentPage) {
        this.title = title;
        this.units = List.copyOf(units);
        this.modules = List.copyOf(modules);
        this.pages = List.copyOf(pages);
        this.objectives = List.copyOf(objectives);
        this.currentPage = currentPage;
    }

    /** A course from the seed; {@code fixedTitle} replaces the generated title when not null. */
    static SampleCourse generate(long seed, String fixedTitle) {
        SampleRandom rng = SampleRandom.of(seed, 1);
        String title = fixedTitle != null
                ? fixedTitle
                : rng.pick(SampleWords.COURSE_PREFIXES) + " " + rng.pick(SampleWords.COURSE_SUBJECTS);

        // Shape first (counts and graded flags), then ids and titles in pre-order.
        int unitCount = rng.between(4, 8);
        int[] modulesPerUnit = new int[unitCount];
        List<Integer> pagesPerModule = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            modulesPerUnit[u] = rng.between(2, 4);
            for (int m = 0; m < modulesPerUnit[u]; m++) {
                pagesPerModule.add(rng.between(2, 5));
            }
        }
        int pageCount = 0;
        for (int count : pagesPerModule) {
            pageCount += count;
        }
        boolean[] graded = new boolean[pageCount];
        boolean[] lastOfModule = new boolean[pageCount];
        boolean[] lastOfUnit = new boolean[pageCount];
        int cursor = 0;
        int moduleCursor = 0;
        for (int u = 0; u < unitCount; u++) {
            for (int m = 0; m < modulesPerUnit[u]; m++) {
                int count = pagesPerModule.get(moduleCursor++);
                for (int p = 0; p < count; p++) {
                    boolean last = p == count - 1;
                    lastOfModule[cursor] = last;
                    lastOfUnit[cursor] = last && m == modulesPerUnit[u] - 1;
                    graded[cursor] = cursor > 0 && rng.chance(last ? 0.6 : 0.2);
                    cursor++;
                }
            }
        }
        graded[pageCount - 1] = true;
        // at least two graded pages before the final; the second one is undated (an assessment without dates)
        int gradedBeforeFinal = 0;
        for (int p = 0; p < pageCount - 1; p++) {
            gradedBeforeFinal += graded[p] ? 1 : 0;
        }
        if (gradedBeforeFinal < 2) {
            graded[pagesPerModule.get(0) - 1] = true;
            graded[pagesPerModule.get(0) + pagesPerModule.get(1) - 1] = true;
        }
        int undated = -1;
        for (int p = 0, seen = 0; p < pageCount - 1 && undated < 0; p++) {
            if (graded[p] && ++seen == 2) {
                undated = p;
            }
        }

        long nextId = 100L * rng.between(10, 99);
        int[] topics = rng.permutation(SampleWords.UNIT_TOPICS.length);
        int[] concepts = rng.permutation(SampleWords.CONCEPTS.length);
        int topicCursor = 0;
        int conceptCursor = 0;
        List<Unit> units = new ArrayList<>();
        List<Module> modules = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            long unitId = nextId++;
            String unitTitle = "Unit " + (u + 1) + ": "
                    + SampleWords.UNIT_TOPICS[topics[topicCursor++ % topics.length]];
            int firstModule = modules.size();
            int unitFirstPage = pages.size();
            for (int m = 0; m < modulesPerUnit[u]; m++) {
                long moduleId = nextId++;
                String label = (u + 1) + "." + (m + 1);
                String moduleTitle = u == 0 && m == 1
                        ? "Module 1.2: Écologie et société — 生态与社会"
                        : "Module " + label + ": " + SampleWords.UNIT_TOPICS[topics[topicCursor++ % topics.length]];
                int moduleIndex = modules.size();
                int moduleFirstPage = pages.size();
                int count = pagesPerModule.get(moduleIndex);
                for (int p = 0; p < count; p++) {
                    int index = pages.size();
                    String concept = SampleWords.CONCEPTS[concepts[conceptCursor++ % concepts.length]];
                    String pageTitle;
                    if (index == 0) {
                        pageTitle = "Welcome, Syllabus and \"How to Use This Course\"";
                    } else if (index == pageCount - 1) {
                        pageTitle = "Final Exam";
                    } else if (graded[index] && lastOfUnit[index]) {
                        pageTitle = "Unit " + (u + 1) + " Exam";
                    } else if (graded[index]) {
                        pageTitle = rng.pick(SampleWords.ASSESSMENT_PREFIXES) + " " + concept;
                    } else {
                        pageTitle = rng.pick(SampleWords.PAGE_PREFIXES) + " " + concept;
                    }
                    String context = "Unit " + (u + 1) + " / Module " + label;
                    pages.add(page(rng, nextId++, index, moduleIndex, pageTitle, context, graded[index],
                            index == undated, pageCount));
                }
                modules.add(new Module(moduleId, moduleIndex, u, moduleTitle, moduleFirstPage, pages.size()));
            }
            units.add(new Unit(unitId, u, unitTitle, firstModule, modules.size(), unitFirstPage, pages.size()));
        }
        List<Objective> objectives = objectives(rng, (nextId / 100 + 1) * 100, units);
        int currentPage = Math.min(pageCount - 1, AS_OF_DAY * pageCount / TERM_DAYS);
        return new SampleCourse(title, units, modules, pages, objectives, currentPage);
    }

    private static Page page(SampleRandom rng, long id, int index, int moduleIndex, String title, String contextLabel,
            boolean graded, boolean undated, int pageCount) {
        if (!graded) {
            return new Page(id, index, moduleIndex, title, contextLabel, false, null, null, 0, false);
        }
        int day = (int) ((long) (index + 1) * TERM_DAYS / pageCount);
        Instant due = TERM_START.plus(Duration.ofDays(day).plusHours(12));
        boolean isFinal = index == pageCount - 1;
        double dating = rng.nextDouble();
        if (isFinal || undated) {
            dating = isFinal ? 1.0 : 0.0;
        }
        Instant availableAt = dating < 0.22 ? null : due.minus(Duration.ofDays(title.startsWith("Checkpoint") ? 3 : 7));
        Instant dueAt = dating < 0.12 ? null : due;
        int difficulty = rng.between(-8, 12);
        return new Page(id, index, moduleIndex, title, contextLabel, true, availableAt, dueAt, difficulty, isFinal);
    }

    private static List<Objective> objectives(SampleRandom rng, long firstId, List<Unit> units) {
        int rootCount = rng.between(3, 6);
        int[] rootNumbering = rng.permutation(rootCount);
        int[] objects = rng.permutation(SampleWords.OBJECTIVE_OBJECTS.length);
        int objectCursor = 0;
        long nextId = firstId;
        boolean nullNumberingPlaced = false;
        // Pre-order: each root, then its sub-objectives. Rows: every objective but the first root (context only).
        List<long[]> tree = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Integer> numbering = new ArrayList<>();
        List<int[]> pagesOf = new ArrayList<>();
        List<List<Long>> childrenOf = new ArrayList<>();
        for (int r = 0; r < rootCount; r++) {
            long rootId = nextId++;
            int rootSlot = tree.size();
            tree.add(new long[] {rootId, 1});
            titles.add(objectiveTitle(rng, objects[objectCursor++ % objects.length]));
            numbering.add(rootNumbering[r] + 1);
            pagesOf.add(new int[0]);
            childrenOf.add(new ArrayList<>());
            int subCount = rng.between(1, 4);
            int[] subNumbering = rng.permutation(subCount);
            boolean nullHere = !nullNumberingPlaced && (subCount >= 2 || r == rootCount - 1);
            int[] rootPages = new int[0];
            for (int s = 0; s < subCount; s++) {
                long subId = nextId++;
                childrenOf.get(rootSlot).add(subId);
                tree.add(new long[] {subId, 2});
                titles.add(objectiveTitle(rng, objects[objectCursor++ % objects.length]));
                boolean nullNumbering = nullHere && subNumbering[s] == 0;
                nullNumberingPlaced |= nullNumbering;
                numbering.add(nullNumbering ? null : subNumbering[s] + 1);
                int[] subPages = attachedPages(rng, units.get(rng.below(units.size())));
                pagesOf.add(subPages);
                childrenOf.add(List.of());
                rootPages = union(rootPages, subPages);
            }
            pagesOf.set(rootSlot, rootPages);
        }
        List<Integer> rowSlots = new ArrayList<>();
        for (int slot = 1; slot < tree.size(); slot++) {
            rowSlots.add(slot);
        }
        Shape[] shapes = new Shape[tree.size()];
        Arrays.fill(shapes, Shape.MIXED);
        int[] order = rng.permutation(rowSlots.size());
        for (int k = 0; k < order.length; k++) {
            int slot = rowSlots.get(order[k]);
            if (k == 0) {
                shapes[slot] = Shape.EMPTY;
            } else if (k == 1) {
                shapes[slot] = Shape.TIE;
            } else if (k <= 4) {
                shapes[slot] = Shape.CHALLENGING;
            } else {
                double draw = rng.nextDouble();
                shapes[slot] = draw < 0.25 ? Shape.CHALLENGING
                        : draw < 0.6 ? Shape.MIXED : draw < 0.9 ? Shape.STRONG : Shape.SPARSE;
            }
        }
        List<Objective> objectives = new ArrayList<>();
        for (int slot = 0; slot < tree.size(); slot++) {
            objectives.add(new Objective(tree.get(slot)[0], titles.get(slot), numbering.get(slot),
                    (int) tree.get(slot)[1], List.copyOf(childrenOf.get(slot)), shapes[slot], slot != 0,
                    pagesOf.get(slot)));
        }
        return objectives;
    }

    private static String objectiveTitle(SampleRandom rng, int object) {
        return rng.pick(SampleWords.OBJECTIVE_VERBS) + " " + SampleWords.OBJECTIVE_OBJECTS[object];
    }

    private static int[] attachedPages(SampleRandom rng, Unit unit) {
        int span = unit.pageEnd() - unit.firstPage();
        int count = rng.between(1, 3);
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = unit.firstPage() + rng.below(span);
        }
        return sortedDistinct(picked);
    }

    private static int[] union(int[] left, int[] right) {
        int[] all = Arrays.copyOf(left, left.length + right.length);
        System.arraycopy(right, 0, all, left.length, right.length);
        return sortedDistinct(all);
    }

    private static int[] sortedDistinct(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int size = 0;
        for (int value : sorted) {
            if (size == 0 || sorted[size - 1] != value) {
                sorted[size++] = value;
            }
        }
        return Arrays.copyOf(sorted, size);
    }
}
