package org.dashboard.snapshot.domain.sample;

import java.util.Arrays;

/**
 * The students of a sample section and everything computed per student: the {@code student_info} rows, the
 * {@code progress_proficiency} rows, per-page progress folded into decile bins for every page, module and unit, and
 * the score statistics of every graded page. Built in one pass; immutable afterwards (arrays are never handed out).
 *
 * <p>The roster has {@code n} info rows and {@code n} progress rows, but not the same students: the last few
 * enrolled students have no progress yet, and a few dropped students still have progress but no info row. Bins,
 * grades and distributions count the progress rows, so every count sums to {@code n}.
 *
 * <p>Progress model: a student has a total of {@code T} page points (each page 0..100); pages fill in course order
 * up to a frontier, with a few swaps around the frontier (skipped and read-ahead pages), so the course progress is
 * exactly {@code T / pages}.
 */
final class SampleCohort {
    static final long NO_TIME = Long.MIN_VALUE;
    static final int NO_PROFICIENCY = -1;
    static final long FIRST_STUDENT_ID_BASE = 100_000L;
    private static final long DAY = 86_400L;
    private static final long WEEK = 7 * DAY;

    private enum Archetype { NOT_STARTED, STRUGGLING, RUSHING, ON_TRACK, EXCELLING, UNMEASURED }

    /** Hand-placed behaviours spread through every cohort, each an edge of a support rule. */
    private enum Behaviour { EXACT_40, EXACT_80, NEVER_SEEN, SEEN_EXACTLY_SEVEN_DAYS_AGO, COMPLETE, UNSTARTED_ZERO }

    /** Statistics of one graded page over the students who completed it ({@code completed == 0}: no statistics). */
    record GradeStats(int completed, double minimum, double median, double mean, double maximum,
            double standardDeviation, int[] histogram) {
    }

    // student_info rows, ascending student id
    final long[] infoIds;
    final String[] givenNames;
    final String[] familyNames;
    final String[] emails;
    final String[] pictures;
    /** Epoch seconds of the last interaction, or {@link #NO_TIME}. */
    final long[] lastSeen;

    // progress_proficiency rows, ascending student id
    final long[] progressIds;
    /** Course progress in hundredths of a percent (0..10000). */
    final int[] progressHundredths;
    /** Proficiency in ten-thousandths (0..10000), or {@link #NO_PROFICIENCY}. */
    final int[] proficiencyTenThousandths;

    /** [item index][bin index 0..10] counts for pages, modules and units. */
    final int[][] pageBins;
    final int[][] moduleBins;
    final int[][] unitBins;
    /** Per course-order page index; null for ungraded pages. */
    final GradeStats[] grades;

    private final int[] totalPoints;
    private final boolean[] exact;

    private SampleCohort(int infoRows, int progressRows, SampleCourse course) {
        infoIds = new long[infoRows];
        givenNames = new String[infoRows];
        familyNames = new String[infoRows];
        emails = new String[infoRows];
        pictures = new String[infoRows];
        lastSeen = new long[infoRows];
        progressIds = new long[progressRows];
        progressHundredths = new int[progressRows];
        proficiencyTenThousandths = new int[progressRows];
        totalPoints = new int[progressRows];
        exact = new boolean[progressRows];
        pageBins = new int[course.pages.size()][11];
        moduleBins = new int[course.modules.size()][11];
        unitBins = new int[course.units.size()][11];
        grades = new GradeStats[course.pages.size()];
    }

    /** Students with no progress row yet (the newest enrolments), and as many dropped students with progress only. */
    static int missingCount(int students) {
        if (students < 3) {
            return 0;
        }
        return students < 10 ? 1 : Math.max(2, students / 400);
    }

    static SampleCohort generate(long seed, int students, SampleCourse course, long asOfSeconds) {
        SampleCohort cohort = new SampleCohort(students, students, course);
        cohort.roster(SampleRandom.of(seed, 2), students, course.pages.size(), asOfSeconds);
        cohort.walkPages(SampleRandom.of(seed, 3), course);
        return cohort;
    }

    /** Info rows last seen more than a week before {@code asOfSeconds}, or never. */
    int inactiveStudents(long asOfSeconds) {
        int inactive = 0;
        for (long seen : lastSeen) {
            if (seen == NO_TIME || seen < asOfSeconds - WEEK) {
                inactive++;
            }
        }
        return inactive;
    }

    /** Progress rows in the default "struggling" bucket (approximately: for a recommendation's wording only). */
    int strugglingStudents() {
        int struggling = 0;
        for (int r = 0; r < progressIds.length; r++) {
            int progress = progressHundredths[r];
            int proficiency = proficiencyTenThousandths[r];
            if (proficiency != NO_PROFICIENCY && proficiency <= 4000 && (progress < 4000 || progress > 8000)) {
                struggling++;
            }
        }
        return struggling;
    }

    private void roster(SampleRandom rng, int students, int pageCount, long asOfSeconds) {
        int missing = missingCount(students);
        int withProgress = students - missing;
        int population = students + missing;
        boolean[] dropped = new boolean[population];
        for (int k = 0; k < missing; k++) {
            dropped[(int) ((2L * k + 1) * students / (2L * missing))] = true;
        }
        int[] nameCast = castPositions(students, withProgress, SampleWords.NAME_CAST.length, 2, 1);
        int[] behaviourCast = castPositions(students, withProgress, Behaviour.values().length, 4, 3);

        long id = FIRST_STUDENT_ID_BASE;
        int info = 0;
        int progress = 0;
        for (int i = 0; i < population; i++) {
            id += 1 + rng.below(3);
            if (dropped[i]) {
                Archetype archetype = archetype(rng);
                addProgress(rng, progress++, id, archetype, null, pageCount);
                continue;
            }
            int j = info++;
            infoIds[j] = id;
            String[] cast = nameCast[j] >= 0 ? SampleWords.NAME_CAST[nameCast[j]] : null;
            if (cast != null) {
                givenNames[j] = cast[0];
                familyNames[j] = cast[1];
                emails[j] = (cast[2].isEmpty() ? "student" : cast[2]) + (id - FIRST_STUDENT_ID_BASE) + "@example.edu";
            } else {
                String[] given = rng.pick(SampleWords.GIVEN_NAMES);
                String[] family = rng.pick(SampleWords.FAMILY_NAMES);
                givenNames[j] = given[0];
                familyNames[j] = family[0];
                emails[j] = given[1] + "." + family[1] + (id - FIRST_STUDENT_ID_BASE) + "@example.edu";
            }
            pictures[j] = rng.chance(0.35) ? "https://avatars.example.edu/u/" + id + ".png" : null;
            if (j >= withProgress) {
                // a new enrolment: seen in the last days, the very newest not yet
                lastSeen[j] = j == students - 1 ? NO_TIME : asOfSeconds - rng.below((int) (3 * DAY));
                continue;
            }
            Behaviour behaviour = behaviourCast[j] >= 0 ? Behaviour.values()[behaviourCast[j]] : null;
            Archetype archetype = behaviour == null ? archetype(rng) : archetype(behaviour);
            lastSeen[j] = lastSeen(rng, archetype, behaviour, asOfSeconds);
            addProgress(rng, progress++, id, archetype, behaviour, pageCount);
        }
    }

    /** Info-row index -> cast member, spread evenly over the students with progress; -1 where nobody is placed. */
    private static int[] castPositions(int students, int rows, int castSize, int stride, int offset) {
        int[] cast = new int[students];
        Arrays.fill(cast, -1);
        for (int k = 0; k < castSize && rows > 0; k++) {
            int position = (int) (((long) stride * k + offset) * rows / ((long) stride * castSize));
            if (cast[position] < 0) {
                cast[position] = k;
            }
        }
        return cast;
    }

    private static Archetype archetype(SampleRandom rng) {
        double draw = rng.nextDouble();
        if (draw < 0.04) {
            return Archetype.NOT_STARTED;
        }
        if (draw < 0.18) {
            return Archetype.STRUGGLING;
        }
        if (draw < 0.23) {
            return Archetype.RUSHING;
        }
        if (draw < 0.73) {
            return Archetype.ON_TRACK;
        }
        return draw < 0.94 ? Archetype.EXCELLING : Archetype.UNMEASURED;
    }

    private static Archetype archetype(Behaviour behaviour) {
        switch (behaviour) {
            case EXACT_80:
            case COMPLETE:
                return Archetype.EXCELLING;
            case NEVER_SEEN:
            case UNSTARTED_ZERO:
                return Archetype.NOT_STARTED;
            default:
                return Archetype.ON_TRACK;
        }
    }

    private static long lastSeen(SampleRandom rng, Archetype archetype, Behaviour behaviour, long asOfSeconds) {
        if (behaviour == Behaviour.NEVER_SEEN) {
            return NO_TIME;
        }
        if (behaviour == Behaviour.SEEN_EXACTLY_SEVEN_DAYS_AGO) {
            return asOfSeconds - WEEK;
        }
        if (behaviour == Behaviour.UNSTARTED_ZERO) {
            return asOfSeconds - WEEK - DAY - rng.below((int) (20 * DAY));
        }
        if (behaviour != null) {
            return asOfSeconds - rng.below((int) (2 * DAY));
        }
        double inactive;
        double never;
        switch (archetype) {
            case NOT_STARTED:
                inactive = 0.7;
                never = 0.4;
                break;
            case STRUGGLING:
                inactive = 0.35;
                never = 0.003;
                break;
            case RUSHING:
                inactive = 0.15;
                never = 0.003;
                break;
            case EXCELLING:
                inactive = 0.04;
                never = 0.003;
                break;
            case UNMEASURED:
                inactive = 0.3;
                never = 0.003;
                break;
            default:
                inactive = 0.1;
                never = 0.003;
                break;
        }
        double draw = rng.nextDouble();
        if (draw < never) {
            return NO_TIME;
        }
        if (draw < never + (1 - never) * inactive) {
            return asOfSeconds - WEEK - 1 - rng.below((int) (35 * DAY));
        }
        return asOfSeconds - rng.below((int) WEEK);
    }

    private void addProgress(SampleRandom rng, int row, long id, Archetype archetype, Behaviour behaviour,
            int pageCount) {
        int max = 100 * pageCount;
        int points;
        double proficiency;
        boolean exactRow = false;
        if (behaviour == Behaviour.EXACT_40 || behaviour == Behaviour.EXACT_80) {
            int pct = behaviour == Behaviour.EXACT_40 ? 40 : 80;
            points = pct * pageCount;
            proficiency = pct / 100.0;
            exactRow = true;
        } else if (behaviour == Behaviour.COMPLETE) {
            points = max;
            proficiency = 1.0;
        } else if (behaviour == Behaviour.UNSTARTED_ZERO) {
            points = 0;
            proficiency = 0.0;
        } else {
            double target;
            switch (archetype) {
                case NOT_STARTED:
                    target = 0;
                    proficiency = -1;
                    break;
                case STRUGGLING:
                    target = rng.uniform(3, 39);
                    proficiency = rng.chance(0.05) ? 0.0 : rng.uniform(0.05, 0.4);
                    break;
                case RUSHING:
                    target = rng.uniform(81, 100);
                    proficiency = rng.uniform(0.1, 0.4);
                    break;
                case EXCELLING:
                    target = rng.chance(0.3) ? 100 : rng.uniform(80, 100);
                    proficiency = rng.chance(0.1) ? 1.0 : rng.uniform(0.8, 1.0);
                    break;
                case UNMEASURED:
                    target = rng.uniform(3, 60);
                    proficiency = -1;
                    break;
                default:
                    double draw = rng.nextDouble();
                    target = draw < 0.005 ? 40 : draw < 0.01 ? 80 : rng.uniform(40, 88);
                    exactRow = draw < 0.01;
                    proficiency = rng.uniform(0.42, 0.85);
                    break;
            }
            points = Math.min(max, (int) Math.round(target * pageCount));
        }
        progressIds[row] = id;
        totalPoints[row] = points;
        exact[row] = exactRow;
        progressHundredths[row] = pageCount == 0 ? 0 : (int) ((200L * points + pageCount) / (2L * pageCount));
        proficiencyTenThousandths[row] = proficiency < 0 ? NO_PROFICIENCY : (int) Math.round(proficiency * 10_000);
    }

    /** One pass over the progress rows: fill each student's pages, fold them into bins, draw the scores. */
    private void walkPages(SampleRandom rng, SampleCourse course) {
        int pageCount = course.pages.size();
        int moduleCount = course.modules.size();
        int unitCount = course.units.size();
        // plain arrays for the hot loop
        int[] moduleFirst = new int[moduleCount];
        int[] moduleEnd = new int[moduleCount];
        for (SampleCourse.Module module : course.modules) {
            moduleFirst[module.index()] = module.firstPage();
            moduleEnd[module.index()] = module.pageEnd();
        }
        int[] unitFirstModule = new int[unitCount];
        int[] unitModuleEnd = new int[unitCount];
        int[] unitPages = new int[unitCount];
        for (SampleCourse.Unit unit : course.units) {
            unitFirstModule[unit.index()] = unit.firstModule();
            unitModuleEnd[unit.index()] = unit.moduleEnd();
            unitPages[unit.index()] = unit.pageEnd() - unit.firstPage();
        }
        int gradedCount = 0;
        for (SampleCourse.Page page : course.pages) {
            gradedCount += page.graded() && !page.upcoming() ? 1 : 0;
        }
        int[] gradedPages = new int[gradedCount];
        int[] difficulty = new int[gradedCount];
        int g = 0;
        for (SampleCourse.Page page : course.pages) {
            if (page.graded() && !page.upcoming()) {
                gradedPages[g] = page.index();
                difficulty[g++] = page.difficulty();
            }
        }
        int[][] scoreCounts = new int[gradedCount][1001];
        long[] scoreSums = new long[gradedCount];
        long[] scoreSquares = new long[gradedCount];

        int[] values = new int[pageCount];
        int[] moduleSums = new int[moduleCount];
        for (int row = 0; row < progressIds.length; row++) {
            fillPages(rng, values, totalPoints[row], exact[row]);
            for (int p = 0; p < pageCount; p++) {
                pageBins[p][binIndex(values[p], 1)]++;
            }
            for (int m = 0; m < moduleCount; m++) {
                int sum = 0;
                for (int p = moduleFirst[m]; p < moduleEnd[m]; p++) {
                    sum += values[p];
                }
                moduleSums[m] = sum;
                moduleBins[m][binIndex(sum, moduleEnd[m] - moduleFirst[m])]++;
            }
            for (int u = 0; u < unitCount; u++) {
                int sum = 0;
                for (int m = unitFirstModule[u]; m < unitModuleEnd[u]; m++) {
                    sum += moduleSums[m];
                }
                unitBins[u][binIndex(sum, unitPages[u])]++;
            }
            int proficiency = proficiencyTenThousandths[row];
            double ability = proficiency == NO_PROFICIENCY ? 0.55 : proficiency / 10_000.0;
            for (int k = 0; k < gradedCount; k++) {
                if (values[gradedPages[k]] < 100) {
                    continue;
                }
                double score = 45 + 45 * ability - difficulty[k] + 10 * rng.normal();
                int tenths = (int) Math.max(0, Math.min(1000, Math.round(score * 10)));
                scoreCounts[k][tenths]++;
                scoreSums[k] += tenths;
                scoreSquares[k] += (long) tenths * tenths;
            }
        }
        for (SampleCourse.Page page : course.pages) {
            if (page.upcoming()) {
                grades[page.index()] = stats(new int[1001], 0, 0);
            }
        }
        for (int k = 0; k < gradedCount; k++) {
            grades[gradedPages[k]] = stats(scoreCounts[k], scoreSums[k], scoreSquares[k]);
        }
    }

    /** Pages in course order filled up to the frontier, then 0..2 swaps around it (sum unchanged). */
    private static void fillPages(SampleRandom rng, int[] values, int points, boolean exactRow) {
        int pageCount = values.length;
        int full = points / 100;
        Arrays.fill(values, 0, full, 100);
        Arrays.fill(values, full, pageCount, 0);
        if (full < pageCount) {
            values[full] = points % 100;
        }
        if (exactRow || points == 0 || points == 100 * pageCount) {
            return;
        }
        int swaps = rng.below(3);
        for (int s = 0; s < swaps; s++) {
            if (full < 1 || full + 1 >= pageCount) {
                return;
            }
            int before = full - 1 - rng.below(Math.min(full, 6));
            int after = full + 1 + rng.below(Math.min(pageCount - full - 1, 6));
            int swap = values[before];
            values[before] = values[after];
            values[after] = swap;
        }
    }

    /**
     * The decile bin (0..10, key = 10 x index) of a mean of {@code count} page values summing to {@code sum}: upper
     * deciles, so 41% is bin 50 and only exactly 0 is bin 0. Integer arithmetic, no rounding drift.
     */
    static int binIndex(int sum, int count) {
        if (sum <= 0) {
            return 0;
        }
        return Math.min(10, (sum + 10 * count - 1) / (10 * count));
    }

    private static GradeStats stats(int[] counts, long sum, long squares) {
        int completed = 0;
        for (int count : counts) {
            completed += count;
        }
        int[] histogram = new int[10];
        if (completed == 0) {
            return new GradeStats(0, 0, 0, 0, 0, 0, histogram);
        }
        int min = -1;
        int max = 0;
        int lowerMiddle = (completed - 1) / 2;
        int upperMiddle = completed / 2;
        int lowerValue = -1;
        int upperValue = -1;
        int seen = 0;
        for (int tenths = 0; tenths < counts.length; tenths++) {
            int count = counts[tenths];
            if (count == 0) {
                continue;
            }
            if (min < 0) {
                min = tenths;
            }
            max = tenths;
            histogram[Math.min(9, tenths / 100)] += count;
            if (lowerValue < 0 && seen + count > lowerMiddle) {
                lowerValue = tenths;
            }
            if (upperValue < 0 && seen + count > upperMiddle) {
                upperValue = tenths;
            }
            seen += count;
        }
        double median = (lowerValue + upperValue) / 20.0;
        double mean = ((20 * sum + completed) / (2L * completed)) / 100.0;
        double meanTenths = (double) sum / completed;
        double variance = Math.max(0, (double) squares / completed - meanTenths * meanTenths);
        double deviation = Math.round(Math.sqrt(variance) * 10) / 100.0;
        return new GradeStats(completed, min / 10.0, median, mean, max / 10.0, deviation, histogram);
    }
}
