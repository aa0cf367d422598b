package org.dashboard.snapshot.projections.aicontext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;

/**
 * Test helper: the worked example of docs/ai_context.md (every oracle ready) and small payload builders.
 */
final class AiContextFixtures {
    static final String SCOPE = "{'course_title': 'Gardening Pretest', 'items': ["
            + "{'resource_id': 101, 'resource_type_id': 2, 'title': 'Unit 1'},"
            + "{'resource_id': 102, 'resource_type_id': 2, 'title': 'Unit 2'},"
            + "{'resource_id': 11, 'resource_type_id': 1, 'title': 'Module 13 Quiz'},"
            + "{'resource_id': 12, 'resource_type_id': 1, 'title': 'Final Quiz'}]}";
    static final String BINS = "{'bin_size': 10, 'total_students': 2, 'by_container_bins': {"
            + "'101': {'50': 1, '100': 1}, '102': {'0': 2}}}";
    static final String PROGRESS = "[{'student_id': 1, 'progress_pct': 25.0, 'proficiency_pct': 0.35},"
            + "{'student_id': 2, 'progress_pct': 82.0, 'proficiency_pct': 0.9}]";
    static final String STUDENTS = "[{'student_id': 1, 'email': 'ada@example.edu', 'given_name': 'Ada',"
            + " 'family_name': 'Lovelace', 'picture': 'https://pics.example/ada.png',"
            + " 'last_interaction_at': '2026-02-03T10:00:00Z'},"
            + "{'student_id': 2, 'email': 'grace@example.edu', 'given_name': 'Grace', 'family_name': 'Hopper',"
            + " 'picture': null, 'last_interaction_at': '2026-02-01T10:00:00Z'}]";
    static final String GRADES = "{'grades': [" + grade(11, "Module 13 Quiz", "82.4", 1, 2) + ", "
            + grade(12, "Final Quiz", "null", 0, 2) + "]}";
    static final String OBJECTIVES = "{'objective_rows': ["
            + "{'objective_id': 203, 'title': 'Analyze root systems', 'proficiency_distribution': {'Low': 1, 'Medium': 1}},"
            + "{'objective_id': 204, 'title': 'Identify leaves', 'numeric_proficiency': 0.4,"
            + " 'proficiency_distribution': {'High': 3}}],"
            + " 'objective_resources': ["
            + "{'resource_id': 202, 'title': 'Understand plant anatomy', 'children': [203, 204], 'numbering_index': 1},"
            + "{'resource_id': 203, 'title': 'Analyze root systems', 'children': [], 'numbering_index': 1},"
            + "{'resource_id': 204, 'title': 'Identify leaves', 'children': [], 'numbering_index': 2}]}";

    static final String EXAMPLE_TEXT = String.join("\n",
            "Scope: Entire Course",
            "Course: Gardening Pretest",
            "Class size: 2",
            "Average class proficiency: 40%",
            "Average assessment score: 82.4%",
            "Average student progress: 53.5%",
            "Support: 1 struggling, 0 on track, 1 excelling, 0 not enough information",
            "Challenging objectives: Analyze root systems",
            "Assessments needing attention: Final Quiz",
            "Lowest completion items: Unit 2; Unit 1");

    private AiContextFixtures() {
    }

    /** Every oracle of the capability ready, default thresholds. */
    static SnapshotFixtures example() {
        return example(new AiContextProjection());
    }

    /** Every oracle of the capability ready, over the given projection (for non-default thresholds). */
    static SnapshotFixtures example(AiContextProjection projection) {
        return SnapshotFixtures.with(projection)
                .ok(OracleKey.PROGRESS_PROFICIENCY, PROGRESS)
                .ok(OracleKey.STUDENT_INFO, STUDENTS)
                .ok(OracleKey.OBJECTIVES_PROFICIENCY, OBJECTIVES)
                .ok(OracleKey.GRADES, GRADES)
                .ok(OracleKey.SCOPE_RESOURCES, SCOPE)
                .ok(OracleKey.PROGRESS_BINS, BINS);
    }

    /** Only the required oracle. */
    static SnapshotFixtures progressOnly(String progress) {
        return SnapshotFixtures.with(new AiContextProjection()).ok(OracleKey.PROGRESS_PROFICIENCY, progress);
    }

    /** A projection whose shared thresholds are the given ones. */
    static AiContextProjection withThresholds(SharedThresholds thresholds) {
        return new AiContextProjection(input -> thresholds);
    }

    static AiContextBody body(Derivation derivation) {
        return (AiContextBody) derivation.projection().orElseThrow().body();
    }

    static Object fact(Derivation derivation, String key) {
        Map<String, Object> facts = body(derivation).facts();
        if (!facts.containsKey(key)) {
            throw new AssertionError("no fact " + key);
        }
        return facts.get(key);
    }

    /** A grades row with completion and a mean (a JSON literal, e.g. {@code "82.4"} or {@code "null"}). */
    static String grade(long pageId, String title, String mean, long completed, long total) {
        return "{'page_id': " + pageId + ", 'title': " + quote(title) + ", 'mean': " + mean
                + ", 'completed_count': " + completed + ", 'total_students': " + total + "}";
    }

    /** A scope_resources payload with the given items (id, title) as containers. */
    static String scope(Object... idsAndTitles) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < idsAndTitles.length; i += 2) {
            items.add("{'resource_id': " + idsAndTitles[i] + ", 'resource_type_id': 2, 'title': "
                    + quote((String) idsAndTitles[i + 1]) + "}");
        }
        return "{'course_title': 'C', 'items': [" + String.join(", ", items) + "]}";
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
