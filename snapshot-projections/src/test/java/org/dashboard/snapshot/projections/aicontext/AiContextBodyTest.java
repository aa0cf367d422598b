package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.example;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.projections.aicontext.AiContextFacts.SupportCounts;
import org.dashboard.snapshot.projections.support.SupportBucket;
import org.junit.jupiter.api.Test;

/** The wire shape, the CSV values of the parity facts, and the absence of personal data. */
class AiContextBodyTest {

    /** A JSON-like rendering of a body: records by component, maps in order, strings quoted. */
    static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return quote(text);
        }
        if (value instanceof Map<?, ?> map) {
            List<String> members = new ArrayList<>();
            map.forEach((k, v) -> members.add(quote(k.toString()) + ":" + render(v)));
            return "{" + String.join(",", members) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> elements = new ArrayList<>();
            list.forEach(e -> elements.add(render(e)));
            return "[" + String.join(",", elements) + "]";
        }
        if (value instanceof Record record) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    members.put(component.getName(), component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            return render(members);
        }
        return value.toString();
    }

    @Test
    void theBodyHasExactlyFactsTextAndTruncated() {
        List<String> names = Arrays.stream(AiContextBody.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();

        assertEquals(List.of("facts", "text", "truncated"), names);
    }

    @Test
    void theWorkedExampleRendersAsDocumented() {
        String json = render(body(example().derive()));

        assertEquals("{\"facts\":{\"scope_label\":\"Entire Course\",\"course_title\":\"Gardening Pretest\","
                + "\"class_size\":2,\"average_class_proficiency\":40.0,\"average_assessment_score\":82.4,"
                + "\"average_student_progress\":53.5,\"support_struggling\":1,\"support_on_track\":0,"
                + "\"support_excelling\":1,\"support_not_enough_information\":0,"
                + "\"challenging_objectives\":[\"Analyze root systems\"],"
                + "\"assessments_needing_attention\":[\"Final Quiz\"],"
                + "\"lowest_completion_items\":[\"Unit 2\",\"Unit 1\"]},"
                + "\"text\":\"Scope: Entire Course\\u000aCourse: Gardening Pretest\\u000aClass size: 2\\u000a"
                + "Average class proficiency: 40%\\u000aAverage assessment score: 82.4%\\u000a"
                + "Average student progress: 53.5%\\u000a"
                + "Support: 1 struggling, 0 on track, 1 excelling, 0 not enough information\\u000a"
                + "Challenging objectives: Analyze root systems\\u000aAssessments needing attention: Final Quiz\\u000a"
                + "Lowest completion items: Unit 2; Unit 1\","
                + "\"truncated\":false}", json);
    }

    @Test
    void noStudentNameEmailIdOrPictureAppearsAnywhere() {
        List<String> progress = new ArrayList<>();
        List<String> info = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = 987_650_000L + i;
            String given = "Zelda" + i + "q";
            String family = "Quixote" + i + "x";
            String email = "secret.person" + i + "@private-mail.example";
            String picture = "https://pics.example/face" + i + ".png";
            secrets.addAll(List.of(Long.toString(id), given, family, email, picture, given + " " + family));
            progress.add("{'student_id': " + id + ", 'progress_pct': " + (i * 2.5) + ", 'proficiency_pct': "
                    + (i % 10) / 10.0 + "}");
            info.add("{'student_id': " + id + ", 'email': " + quote(email) + ", 'given_name': " + quote(given)
                    + ", 'family_name': " + quote(family) + ", 'picture': " + quote(picture)
                    + ", 'last_interaction_at': '2026-02-0" + (1 + i % 4) + "T10:00:00Z'}");
        }
        Derivation derivation = example()
                .ok(OracleKey.PROGRESS_PROFICIENCY, "[" + String.join(", ", progress) + "]")
                .ok(OracleKey.STUDENT_INFO, "[" + String.join(", ", info) + "]").derive();

        assertEquals(ProjectionStatus.READY, derivation.status());
        AiContextBody body = body(derivation);
        String everything = render(body) + "\n" + body.text() + "\n" + String.join("\n", body.parityFacts());
        for (String secret : secrets) {
            assertFalse(everything.contains(secret), () -> "leaked " + secret);
        }
        assertFalse(everything.contains("@"));
        assertFalse(everything.contains("9876500"));
        assertEquals(40L, body.facts().get("class_size"));
        assertEquals(40L, (Long) body.facts().get("support_struggling") + (Long) body.facts().get("support_on_track")
                + (Long) body.facts().get("support_excelling")
                + (Long) body.facts().get("support_not_enough_information"));
    }

    // ---- CSV values ----

    @Test
    void csvValuesFollowTheExportFormats() {
        assertEquals("", AiContextBody.csvValue(null));
        assertEquals("Entire Course", AiContextBody.csvValue("Entire Course"));
        assertEquals("  padded, \"quoted\"  ", AiContextBody.csvValue("  padded, \"quoted\"  "));
        assertEquals("82", AiContextBody.csvValue(82.0));
        assertEquals("82.4", AiContextBody.csvValue(82.4));
        assertEquals("0", AiContextBody.csvValue(0.0));
        assertEquals("20000", AiContextBody.csvValue(20_000L));
        assertEquals("", AiContextBody.csvValue(List.of()));
        assertEquals("A", AiContextBody.csvValue(List.of("A")));
        assertEquals("A; B; C", AiContextBody.csvValue(List.of("A", "B", "C")));
        assertEquals("; B", AiContextBody.csvValue(List.of("", "B")));
    }

    @Test
    void parityFactsHaveOneEntryPerFactInOrderWithNullsEmpty() {
        List<String> facts = body(AiContextFixtures.progressOnly("[]").derive()).parityFacts();

        assertEquals(List.of(
                "ai_context|scope_label=Entire Course",
                "ai_context|course_title=",
                "ai_context|class_size=0",
                "ai_context|average_class_proficiency=",
                "ai_context|average_assessment_score=",
                "ai_context|average_student_progress=",
                "ai_context|support_struggling=",
                "ai_context|support_on_track=",
                "ai_context|support_excelling=",
                "ai_context|support_not_enough_information=",
                "ai_context|challenging_objectives=",
                "ai_context|assessments_needing_attention=",
                "ai_context|lowest_completion_items="), facts);
    }

    @Test
    void theBodyKeepsTheFactOrderAndIsUnmodifiable() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("z", 1L);
        facts.put("a", null);
        AiContextBody body = new AiContextBody(facts, "t", false);
        facts.put("m", 2L);

        assertEquals(List.of("z", "a"), List.copyOf(body.facts().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> body.facts().put("b", 1L));
        assertThrows(NullPointerException.class, () -> new AiContextBody(Map.of(), null, false));
        assertEquals(List.of("ai_context|z=1", "ai_context|a="), body.parityFacts());
    }

    // ---- the typed facts ----

    private static AiContextFacts facts(List<String> objectives, List<String> assessments, List<String> lowest) {
        return new AiContextFacts("S", null, 0, null, null, null, null, objectives, assessments, lowest);
    }

    @Test
    void listsAreCappedAndCopied() {
        List<String> twelve = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add("T" + i);
        }
        AiContextFacts capped = facts(twelve, twelve, twelve);
        twelve.set(0, "changed");

        assertEquals(List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10"),
                capped.challengingObjectives());
        assertEquals(capped.challengingObjectives(), capped.assessmentsNeedingAttention());
        assertEquals(List.of("T1", "T2", "T3"), capped.lowestCompletionItems());
        assertEquals(List.of("A", "B", "C"), facts(null, null, List.of("A", "B", "C")).lowestCompletionItems());
        assertEquals(10, facts(twelve.subList(0, 10), null, null).challengingObjectives().size());
    }

    @Test
    void typedFactsRefuseImpossibleValues() {
        assertThrows(NullPointerException.class,
                () -> new AiContextFacts(null, null, 0, null, null, null, null, null, null, null));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> new AiContextFacts("S", null, -1, null, null, null, null, null, null, null));
        assertEquals("class_size must be >= 0, got -1", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SupportCounts(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupportCounts(0, -1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupportCounts(0, 0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SupportCounts(0, 0, 0, -1));
        assertEquals(0, new SupportCounts(0, 0, 0, 0).struggling());
    }

    @Test
    void supportCountsTakeEachBucketAndZeroForAMissingOne() {
        Map<SupportBucket, Integer> counts = new EnumMap<>(SupportBucket.class);
        counts.put(SupportBucket.STRUGGLING, 4);
        counts.put(SupportBucket.ON_TRACK, 3);
        counts.put(SupportBucket.NOT_ENOUGH_INFORMATION, 1);

        assertEquals(new SupportCounts(4, 3, 0, 1), SupportCounts.of(counts));
        assertEquals(new SupportCounts(0, 0, 0, 0), SupportCounts.of(new HashMap<>()));
    }

    @Test
    void theFactsMapHasEveryKeyInOrderEvenWhenNull() {
        Map<String, Object> map = facts(null, null, null).asMap();

        assertEquals(AiContextFacts.KEYS, List.copyOf(map.keySet()));
        assertEquals(13, map.size());
        assertEquals("S", map.get("scope_label"));
        assertEquals(0L, map.get("class_size"));
        assertTrue(map.containsKey("support_on_track"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", 1));
    }

    @Test
    void theLinesOfMinimalFacts() {
        assertEquals(List.of("Scope: S", "Course: not available", "Class size: 0",
                "Average class proficiency: not available", "Average assessment score: not available",
                "Average student progress: not available", "Support: not available",
                "Challenging objectives: none", "Assessments needing attention: not available",
                "Lowest completion items: A; B"), facts(List.of(), null, List.of("A", "B")).lines());
    }

    @Test
    void theLinesOfFullFacts() {
        AiContextFacts full = new AiContextFacts("Unit\n2", "C\tT", 20_000, 84.45, 70.0, 0.04,
                new SupportCounts(5, 6, 7, 8), List.of("O\r1", "O2"), List.of("Q1"), List.of("U1"));

        assertEquals(List.of("Scope: Unit 2", "Course: C T", "Class size: 20000", "Average class proficiency: 84.5%",
                "Average assessment score: 70%", "Average student progress: 0%",
                "Support: 5 struggling, 6 on track, 7 excelling, 8 not enough information",
                "Challenging objectives: O 1; O2", "Assessments needing attention: Q1",
                "Lowest completion items: U1"), full.lines());
    }
}
