package org.dashboard.snapshot.projections.aicontext;

import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.body;
import static org.dashboard.snapshot.projections.aicontext.AiContextFixtures.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.projections.aicontext.AiContextText.Rendered;

/** Invariants of ai_context over generated sections: determinism, row-order independence, the text bound. */
class AiContextProperties {
    private static final List<String> TITLES = List.of("Roots", "Leaves, stems", "Soil \"pH\"", "Ünïcödé 𝒜",
            "=Formula", "Line\nbreak", "Tab\there", "  padded  ");

    /** A generated section; {@link #fixtures} writes its payloads, rows shuffled by {@code shuffle} if given. */
    record Section(List<String> progress, List<String> info, List<String> grades, List<String> objectives,
                   List<String> scopeItems, List<String> bins, int totalStudents, String scopeLabel,
                   boolean[] present, int maxChars) {

        static Section generate(long seed) {
            Random random = new Random(seed);
            List<Long> ids = distinct(random, random.nextInt(25), 300);
            List<String> progress = new ArrayList<>();
            for (long id : ids) {
                String pct = random.nextInt(6) == 0 ? "null" : Double.toString(random.nextInt(10001) / 100.0);
                String prof = random.nextInt(6) == 0 ? "null" : Double.toString(random.nextInt(10001) / 10000.0);
                progress.add("{'student_id': " + id + ", 'progress_pct': " + pct + ", 'proficiency_pct': " + prof
                        + "}");
            }
            List<String> info = new ArrayList<>();
            for (long id : ids) {
                if (random.nextInt(4) > 0) {
                    info.add("{'student_id': " + id + ", 'email': 'p" + id + "@x.edu', 'given_name': 'N" + id + "'}");
                }
            }
            for (long id : distinct(random, random.nextInt(4), 300)) {
                info.add("{'student_id': " + (1000 + id) + "}");
            }
            List<String> grades = new ArrayList<>();
            for (long id : distinct(random, random.nextInt(14), 40)) {
                long total = random.nextInt(6);
                String due = random.nextInt(3) == 0 ? "null" : "'2026-03-0" + (1 + random.nextInt(4)) + "T00:00:00Z'";
                grades.add("{'page_id': " + id + ", 'title': " + quote(title(random)) + ", 'mean': "
                        + (random.nextInt(4) == 0 ? "null" : Double.toString(random.nextInt(1001) / 10.0))
                        + ", 'due_at': " + due + ", 'completed_count': " + random.nextInt(6)
                        + ", 'total_students': " + total + "}");
            }
            List<String> objectives = new ArrayList<>();
            for (long id : distinct(random, random.nextInt(14), 60)) {
                String numeric = random.nextInt(3) == 0 ? Double.toString(random.nextInt(101) / 100.0) : "null";
                objectives.add("{'objective_id': " + id + ", 'title': " + quote(title(random))
                        + ", 'numeric_proficiency': " + numeric + ", 'proficiency_distribution': {'Low': "
                        + random.nextInt(4) + ", 'Medium': " + random.nextInt(4) + ", 'High': " + random.nextInt(4)
                        + "}}");
            }
            List<String> items = new ArrayList<>();
            List<String> bins = new ArrayList<>();
            int totalStudents = random.nextInt(12);
            for (long id : distinct(random, random.nextInt(9), 40)) {
                String title = random.nextInt(8) == 0 ? null : title(random);
                items.add("{'resource_id': " + id + ", 'resource_type_id': " + (1 + random.nextInt(2))
                        + ", 'title': " + quote(title) + "}");
                if (random.nextBoolean()) {
                    bins.add("'" + id + "': {'0': " + random.nextInt(3) + ", '50': " + random.nextInt(4)
                            + ", '90': " + random.nextInt(3) + ", '100': " + random.nextInt(5) + "}");
                }
            }
            String label = random.nextInt(5) == 0 ? "x".repeat(150 + random.nextInt(150)) : title(random);
            boolean[] present = new boolean[5];
            for (int i = 0; i < present.length; i++) {
                present[i] = random.nextInt(5) > 0;
            }
            int maxChars = random.nextBoolean() ? 200 + random.nextInt(300) : 200 + random.nextInt(3000);
            return new Section(progress, info, grades, objectives, items, bins, totalStudents, label, present,
                    maxChars);
        }

        private static String title(Random random) {
            if (random.nextInt(6) == 0) {
                return "Long title " + "w".repeat(40 + random.nextInt(300));
            }
            return TITLES.get(random.nextInt(TITLES.size())) + " " + random.nextInt(100);
        }

        private static List<Long> distinct(Random random, int n, int bound) {
            Set<Long> seen = new HashSet<>();
            List<Long> out = new ArrayList<>();
            while (out.size() < Math.min(n, bound)) {
                long id = 1 + random.nextInt(bound);
                if (seen.add(id)) {
                    out.add(id);
                }
            }
            return out;
        }

        SnapshotFixtures fixtures(Random shuffle, int maxChars) {
            SnapshotFixtures fixtures = SnapshotFixtures.with(new AiContextProjection())
                    .ok(OracleKey.PROGRESS_PROFICIENCY, list(progress, shuffle))
                    .parameters("{'ai_context': {'max_chars': " + maxChars + "}}");
            if (present[0]) {
                fixtures.ok(OracleKey.STUDENT_INFO, list(info, shuffle));
            }
            if (present[1]) {
                fixtures.ok(OracleKey.OBJECTIVES_PROFICIENCY, "{'objective_rows': " + list(objectives, shuffle) + "}");
            }
            if (present[2]) {
                fixtures.ok(OracleKey.GRADES, "{'grades': " + list(grades, shuffle) + "}");
            }
            if (present[3]) {
                fixtures.ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'Course', 'scope_label': "
                        + quote(scopeLabel) + ", 'items': " + list(scopeItems, null) + "}");
            }
            if (present[4]) {
                fixtures.ok(OracleKey.PROGRESS_BINS, "{'bin_size': 10, 'total_students': " + totalStudents
                        + ", 'by_container_bins': {" + String.join(", ", shuffled(bins, shuffle)) + "}}");
            }
            return fixtures;
        }

        private static String list(List<String> rows, Random shuffle) {
            return "[" + String.join(", ", shuffled(rows, shuffle)) + "]";
        }

        private static List<String> shuffled(List<String> rows, Random shuffle) {
            List<String> out = new ArrayList<>(rows);
            if (shuffle != null) {
                Collections.shuffle(out, shuffle);
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Section> sections() {
        return Arbitraries.longs().map(Section::generate);
    }

    @Property(tries = 150)
    void derivationIsDeterministic(@ForAll("sections") Section section) {
        Derivation first = section.fixtures(null, section.maxChars()).derive();
        Derivation second = section.fixtures(null, section.maxChars()).derive();

        assertEquals(first.status(), second.status());
        assertEquals(body(first), body(second));
        assertEquals(body(first).parityFacts(), body(second).parityFacts());
        assertEquals(first.fingerprint(), second.fingerprint());
    }

    @Property(tries = 150)
    void factsAndTextDoNotDependOnRowOrder(@ForAll("sections") Section section, @ForAll long shuffleSeed) {
        Derivation ordered = section.fixtures(null, section.maxChars()).derive();
        Derivation shuffled = section.fixtures(new Random(shuffleSeed), section.maxChars()).derive();

        assertEquals(ordered.status(), shuffled.status());
        assertEquals(body(ordered), body(shuffled));
        assertEquals(ordered.fingerprint(), shuffled.fingerprint());
    }

    @Property(tries = 200)
    void theTextIsAWholeLinePrefixWithinMaxChars(@ForAll("sections") Section section) {
        AiContextBody bounded = body(section.fixtures(null, section.maxChars()).derive());
        AiContextBody whole = body(section.fixtures(null, AiContextProjection.MAX_MAX_CHARS).derive());
        String full = whole.text();
        String text = bounded.text();

        assertEquals(whole.facts(), bounded.facts());
        assertTrue(text.length() <= section.maxChars(), () -> text.length() + " > " + section.maxChars());
        assertEquals(full.length() > section.maxChars(), bounded.truncated());
        String[] lines = full.split("\n", -1);
        assertEquals(10, lines.length);
        if (!bounded.truncated()) {
            assertEquals(full, text);
        } else if (lines[0].length() > section.maxChars()) {
            assertEquals(section.maxChars(), text.length());
            assertEquals(lines[0].substring(0, section.maxChars() - 1) + AiContextText.ELLIPSIS, text);
        } else {
            assertTrue(full.startsWith(text + "\n"));
            int kept = text.split("\n", -1).length;
            assertTrue(text.length() + 1 + lines[kept].length() > section.maxChars());
        }
    }

    @Property(tries = 150)
    void parityFactsAreTheFactsInOrder(@ForAll("sections") Section section) {
        AiContextBody body = body(section.fixtures(null, section.maxChars()).derive());
        List<String> facts = body.parityFacts();

        assertEquals(AiContextFacts.KEYS.size(), facts.size());
        for (int i = 0; i < facts.size(); i++) {
            String key = AiContextFacts.KEYS.get(i);
            assertEquals("ai_context|" + key + "=" + AiContextBody.csvValue(body.facts().get(key)), facts.get(i));
        }
    }

    @Property(tries = 150)
    void supportCountsCoverEveryInfoStudentOnce(@ForAll("sections") Section section) {
        Map<String, Object> facts = body(section.fixtures(null, section.maxChars()).derive()).facts();

        if (section.present()[0]) {
            long sum = 0;
            for (String key : List.of("support_struggling", "support_on_track", "support_excelling",
                    "support_not_enough_information")) {
                sum += (Long) facts.get(key);
            }
            assertEquals(section.info().size(), sum);
        } else {
            assertEquals(null, facts.get("support_struggling"));
        }
        assertTrue((Long) facts.get("class_size") >= section.progress().size());
    }

    @Property(tries = 300)
    void renderingNeverExceedsMaxChars(@ForAll @IntRange(min = 2, max = 120) int maxChars,
                                       @ForAll("lines") List<String> lines) {
        Rendered rendered = AiContextText.render(lines, maxChars);
        String full = String.join("\n", lines);

        assertTrue(rendered.text().length() <= maxChars);
        assertEquals(full.length() > maxChars, rendered.truncated());
        if (!rendered.truncated()) {
            assertEquals(full, rendered.text());
        } else if (lines.get(0).length() <= maxChars) {
            assertTrue(full.startsWith(rendered.text() + "\n"));
        } else {
            assertTrue(rendered.text().endsWith(AiContextText.ELLIPSIS));
            assertTrue(lines.get(0).startsWith(rendered.text().substring(0, rendered.text().length() - 1)));
            assertTrue(rendered.text().length() >= maxChars - 1);
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.strings().withCharRange('a', 'f').withChars('\uD835', '\uDC9C', ' ')
                .ofMinLength(0).ofMaxLength(60);
        return line.list().ofMinSize(0).ofMaxSize(8);
    }

    @Property(tries = 200)
    void singleLineNeverLeavesALineBreak(@ForAll @StringLength(max = 40) String value) {
        String single = AiContextText.singleLine(value);

        assertEquals(value.length(), single.length());
        assertEquals(1, single.split("[\\n\\r\\u2028\\u2029\\u0085]", -1).length);
    }
}
