package org.dashboard.snapshot.projections.aicontext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dashboard.snapshot.projections.common.Facts;
import org.dashboard.snapshot.projections.support.SupportBucket;

/**
 * The typed facts of the {@code ai_context} projection (DOMAIN.md 3.6), in their documented order. A null value
 * means the oracle(s) behind the fact are not ready for the capability; no value names, mails or identifies a
 * student.
 *
 * @param scopeLabel scope_resources {@code scope_label} (when not blank), else the scope's default label
 * @param courseTitle scope_resources {@code course_title}, or null
 * @param classSize the summary's {@code total_students}
 * @param averageClassProficiency the summary metric (1 dp) or null
 * @param averageAssessmentScore the summary metric (1 dp) or null
 * @param averageStudentProgress the summary metric (1 dp) or null
 * @param support the student_support bucket counts, or null when student_info is not ready
 * @param challengingObjectives at most {@value #MAX_TITLES} challenging objective titles in row order, or null
 *        when the objectives oracle is not ready
 * @param assessmentsNeedingAttention at most {@value #MAX_TITLES} titles of assessments whose completion status
 *        is "bad", in row order, or null when grades or scope_resources is not ready
 * @param lowestCompletionItems at most {@value #LOWEST_COMPLETION_ITEMS} progress series labels with the lowest
 *        percent (ties in series order), or null when progress_bins or scope_resources is not ready
 */
public record AiContextFacts(String scopeLabel, String courseTitle, long classSize, Double averageClassProficiency,
                             Double averageAssessmentScore, Double averageStudentProgress, SupportCounts support,
                             List<String> challengingObjectives, List<String> assessmentsNeedingAttention,
                             List<String> lowestCompletionItems) {
    /** At most this many challenging objectives and assessments are named. */
    public static final int MAX_TITLES = 10;
    /** At most this many lowest-completion items are named. */
    public static final int LOWEST_COMPLETION_ITEMS = 3;

    public static final String SCOPE_LABEL = "scope_label";
    public static final String COURSE_TITLE = "course_title";
    public static final String CLASS_SIZE = "class_size";
    public static final String AVERAGE_CLASS_PROFICIENCY = "average_class_proficiency";
    public static final String AVERAGE_ASSESSMENT_SCORE = "average_assessment_score";
    public static final String AVERAGE_STUDENT_PROGRESS = "average_student_progress";
    public static final String SUPPORT_STRUGGLING = "support_struggling";
    public static final String SUPPORT_ON_TRACK = "support_on_track";
    public static final String SUPPORT_EXCELLING = "support_excelling";
    public static final String SUPPORT_NOT_ENOUGH_INFORMATION = "support_not_enough_information";
    public static final String CHALLENGING_OBJECTIVES = "challenging_objectives";
    public static final String ASSESSMENTS_NEEDING_ATTENTION = "assessments_needing_attention";
    public static final String LOWEST_COMPLETION_ITEMS_KEY = "lowest_completion_items";

    /** The facts keys, in their documented order. */
    public static final List<String> KEYS = List.of(SCOPE_LABEL, COURSE_TITLE, CLASS_SIZE,
            AVERAGE_CLASS_PROFICIENCY, AVERAGE_ASSESSMENT_SCORE, AVERAGE_STUDENT_PROGRESS, SUPPORT_STRUGGLING,
            SUPPORT_ON_TRACK, SUPPORT_EXCELLING, SUPPORT_NOT_ENOUGH_INFORMATION, CHALLENGING_OBJECTIVES,
            ASSESSMENTS_NEEDING_ATTENTION, LOWEST_COMPLETION_ITEMS_KEY);

    /** How a fact without a value reads in the text. */
    public static final String NOT_AVAILABLE = "not available";
    /** How an empty list reads in the text. */
    public static final String NONE = "none";
    /** The separator of list items, in the text and in the CSV value. */
    public static final String LIST_SEPARATOR = "; ";

    public AiContextFacts {
        Objects.requireNonNull(scopeLabel, "scopeLabel");
        if (classSize < 0) {
            throw new IllegalArgumentException("class_size must be >= 0, got " + classSize);
        }
        challengingObjectives = capped(challengingObjectives, MAX_TITLES);
        assessmentsNeedingAttention = capped(assessmentsNeedingAttention, MAX_TITLES);
        lowestCompletionItems = capped(lowestCompletionItems, LOWEST_COMPLETION_ITEMS);
    }

    /**
     * The four student_support bucket counts.
     *
     * @param struggling students in the struggling bucket
     * @param onTrack students on track
     * @param excelling students excelling
     * @param notEnoughInformation students without a progress or proficiency value
     */
    public record SupportCounts(long struggling, long onTrack, long excelling, long notEnoughInformation) {
        public SupportCounts {
            if (struggling < 0 || onTrack < 0 || excelling < 0 || notEnoughInformation < 0) {
                throw new IllegalArgumentException("bucket counts are >= 0");
            }
        }

        /** The counts of {@code StudentSupport.bucketCounts} (a missing bucket counts 0). */
        public static SupportCounts of(Map<SupportBucket, Integer> counts) {
            return new SupportCounts(count(counts, SupportBucket.STRUGGLING), count(counts, SupportBucket.ON_TRACK),
                    count(counts, SupportBucket.EXCELLING), count(counts, SupportBucket.NOT_ENOUGH_INFORMATION));
        }

        private static long count(Map<SupportBucket, Integer> counts, SupportBucket bucket) {
            Integer count = counts.get(bucket);
            return count == null ? 0 : count;
        }
    }

    /**
     * The facts as the wire map, keys in {@link #KEYS} order: strings, {@code Long} counts, {@code Double} metrics,
     * unmodifiable lists of strings, or null.
     */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(SCOPE_LABEL, scopeLabel);
        map.put(COURSE_TITLE, courseTitle);
        map.put(CLASS_SIZE, classSize);
        map.put(AVERAGE_CLASS_PROFICIENCY, averageClassProficiency);
        map.put(AVERAGE_ASSESSMENT_SCORE, averageAssessmentScore);
        map.put(AVERAGE_STUDENT_PROGRESS, averageStudentProgress);
        map.put(SUPPORT_STRUGGLING, support == null ? null : support.struggling());
        map.put(SUPPORT_ON_TRACK, support == null ? null : support.onTrack());
        map.put(SUPPORT_EXCELLING, support == null ? null : support.excelling());
        map.put(SUPPORT_NOT_ENOUGH_INFORMATION, support == null ? null : support.notEnoughInformation());
        map.put(CHALLENGING_OBJECTIVES, challengingObjectives);
        map.put(ASSESSMENTS_NEEDING_ATTENTION, assessmentsNeedingAttention);
        map.put(LOWEST_COMPLETION_ITEMS_KEY, lowestCompletionItems);
        return Collections.unmodifiableMap(map);
    }

    /**
     * The text lines, one per fact in fact order (the four support counts share one line):
     * {@code Scope: ...}, {@code Course: ...}, {@code Class size: n}, the three metrics as {@code 40%} (metric
     * format), {@code Support: 1 struggling, 0 on track, 1 excelling, 0 not enough information}, and the three
     * lists joined with {@code "; "}. A null value reads {@value #NOT_AVAILABLE}, an empty list {@value #NONE}.
     * Control characters inside values (line breaks, tabs) read as a space, so a value never spans two lines.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(10);
        lines.add("Scope: " + AiContextText.singleLine(scopeLabel));
        lines.add("Course: " + (courseTitle == null ? NOT_AVAILABLE : AiContextText.singleLine(courseTitle)));
        lines.add("Class size: " + classSize);
        lines.add("Average class proficiency: " + percent(averageClassProficiency));
        lines.add("Average assessment score: " + percent(averageAssessmentScore));
        lines.add("Average student progress: " + percent(averageStudentProgress));
        lines.add("Support: " + (support == null ? NOT_AVAILABLE
                : support.struggling() + " struggling, " + support.onTrack() + " on track, " + support.excelling()
                        + " excelling, " + support.notEnoughInformation() + " not enough information"));
        lines.add("Challenging objectives: " + list(challengingObjectives));
        lines.add("Assessments needing attention: " + list(assessmentsNeedingAttention));
        lines.add("Lowest completion items: " + list(lowestCompletionItems));
        return lines;
    }

    private static String percent(Double metric) {
        return metric == null ? NOT_AVAILABLE : Facts.metric(metric) + "%";
    }

    private static String list(List<String> values) {
        if (values == null) {
            return NOT_AVAILABLE;
        }
        if (values.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : LIST_SEPARATOR).append(AiContextText.singleLine(values.get(i)));
        }
        return out.toString();
    }

    private static List<String> capped(List<String> values, int limit) {
        if (values == null) {
            return null;
        }
        return List.copyOf(values.subList(0, Math.min(values.size(), limit)));
    }
}
