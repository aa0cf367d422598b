package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.projections.aicontext.AiContextText.Rendered;
import org.junit.jupiter.api.Test;

/** The text rendering and its {@code max_chars} boundaries. */
class AiContextTextTest {
    private static final List<String> LINES = List.of("aaaa", "bbb", "cc");

    private static String repeat(char c, int n) {
        return String.valueOf(c).repeat(n);
    }

    @Test
    void linesAreJoinedWithLineFeedsWithoutATrailingOne() {
        assertEquals(new Rendered("aaaa\nbbb\ncc", false), AiContextText.render(LINES, 100));
    }

    @Test
    void exactlyMaxCharsIsKeptWhole() {
        assertEquals(new Rendered("aaaa\nbbb\ncc", false), AiContextText.render(LINES, 11));
    }

    @Test
    void oneOverDropsTheLastLine() {
        assertEquals(new Rendered("aaaa\nbbb", true), AiContextText.render(LINES, 10));
    }

    @Test
    void theCutIsAtTheLastWholeLineThatFits() {
        assertEquals(new Rendered("aaaa\nbbb", true), AiContextText.render(LINES, 8));
        assertEquals(new Rendered("aaaa", true), AiContextText.render(LINES, 7));
        assertEquals(new Rendered("aaaa", true), AiContextText.render(LINES, 4));
    }

    @Test
    void aLaterLineThatWouldFitAfterALongOneIsNotKept() {
        assertEquals(new Rendered("aaaa", true), AiContextText.render(List.of("aaaa", repeat('b', 20), "c"), 10));
    }

    @Test
    void aFirstLineTooLongIsCutWithAnEllipsis() {
        Rendered rendered = AiContextText.render(LINES, 3);

        assertEquals(new Rendered("aa\u2026", true), rendered);
        assertEquals(3, rendered.text().length());
    }

    @Test
    void aFirstLineOfExactlyMaxCharsIsNotCut() {
        assertEquals(new Rendered("aaaa", false), AiContextText.render(List.of("aaaa"), 4));
        assertEquals(new Rendered("aaa\u2026", true), AiContextText.render(List.of("aaaaa"), 4));
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String line = "ab\uD835\uDC9Ccd";

        assertEquals(new Rendered("ab\u2026", true), AiContextText.render(List.of(line), 4));
        assertEquals(new Rendered("ab\uD835\uDC9C\u2026", true), AiContextText.render(List.of(line), 5));
        assertEquals(new Rendered("ab\u2026", true), AiContextText.render(List.of(line), 3));
    }

    @Test
    void noLinesIsTheEmptyText() {
        assertEquals(new Rendered("", false), AiContextText.render(List.of(), 2));
    }

    @Test
    void maxCharsBelowTwoIsABug() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> AiContextText.render(LINES, 1));
        assertEquals("max_chars must be at least 2, got 1", thrown.getMessage());
        assertEquals(new Rendered("a\u2026", true), AiContextText.render(LINES, 2));
    }

    @Test
    void singleLineTurnsControlCharactersAndLineSeparatorsIntoSpaces() {
        assertEquals("a b c d e f g", AiContextText.singleLine("a\nb\rc\td\u2028e\u2029f\u0085g"));
        assertEquals("  x", AiContextText.singleLine("\u0000\u007Fx"));
        String plain = "Unit 1: Roots \u2026 & leaves";
        assertSame(plain, AiContextText.singleLine(plain));
    }

    // ---- through the engine ----

    @Test
    void maxCharsEqualToTheTextLengthKeepsItWhole() {
        int length = AiContextFixtures.EXAMPLE_TEXT.length();
        AiContextBody body = body(example().parameters("{'ai_context': {'max_chars': " + length + "}}").derive());

        assertEquals(355, length);
        assertEquals(AiContextFixtures.EXAMPLE_TEXT, body.text());
        assertEquals(false, body.truncated());
    }

    @Test
    void maxCharsOneBelowTheTextLengthDropsTheLastLine() {
        AiContextBody body = body(example().parameters("{'ai_context': {'max_chars': 354}}").derive());

        assertEquals(AiContextFixtures.EXAMPLE_TEXT.substring(0, 315), body.text());
        assertEquals("Assessments needing attention: Final Quiz", body.text().substring(274));
        assertEquals(true, body.truncated());
    }

    @Test
    void aScopeLabelLongerThanMaxCharsIsCutWithAnEllipsis() {
        String label = repeat('x', 300);
        AiContextBody body = body(example().ok(OracleKey.SCOPE_RESOURCES, "{'scope_label': '" + label + "'}")
                .parameters("{'ai_context': {'max_chars': 200}}").derive());

        assertEquals("Scope: " + repeat('x', 192) + "\u2026", body.text());
        assertEquals(200, body.text().length());
        assertEquals(true, body.truncated());
        assertEquals(label, body.facts().get("scope_label"));
    }

    @Test
    void aScopeLineOfExactlyMaxCharsIsKeptAndTheRestDropped() {
        String label = repeat('y', 193);
        AiContextBody body = body(example().ok(OracleKey.SCOPE_RESOURCES, "{'scope_label': '" + label + "'}")
                .parameters("{'ai_context': {'max_chars': 200}}").derive());

        assertEquals("Scope: " + label, body.text());
        assertEquals(true, body.truncated());
    }

    @Test
    void theDefaultBoundKeepsTheExampleWhole() {
        AiContextBody body = body(example().derive());

        assertEquals(AiContextFixtures.EXAMPLE_TEXT, body.text());
        assertEquals(false, body.truncated());
    }

    @Test
    void aLongListIsDroppedAsAWholeLine() {
        StringBuilder grades = new StringBuilder("{'grades': [");
        for (int id = 1; id <= 10; id++) {
            grades.append(id == 1 ? "" : ", ").append(AiContextFixtures.grade(id, repeat('q', 390), "50", 0, 2));
        }
        AiContextBody body = body(example().ok(OracleKey.GRADES, grades.append("]}").toString()).derive());

        assertEquals(true, body.truncated());
        assertEquals(String.join("\n", "Scope: Entire Course", "Course: Gardening Pretest", "Class size: 2",
                "Average class proficiency: 40%", "Average assessment score: 50%", "Average student progress: 53.5%",
                "Support: 1 struggling, 0 on track, 1 excelling, 0 not enough information",
                "Challenging objectives: Analyze root systems"), body.text());
        assertEquals(10, ((List<?>) body.facts().get("assessments_needing_attention")).size());
    }
}
