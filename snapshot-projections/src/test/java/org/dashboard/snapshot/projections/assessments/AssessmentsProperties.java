package org.dashboard.snapshot.projections.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dashboard.snapshot.domain.contract.Timestamps;

/** Properties of the assessments projection over random grades payloads. */
class AssessmentsProperties {
    private static final List<String> DATES = List.of("2026-01-01T00:00:00Z", "2026-01-01T05:00:00+05:00",
            "2026-02-01T12:00:00Z", "2026-03-01T00:00:00Z");

    record Grade(long id, String available, String due, long completed, long total, List<String> stats,
                 Map<String, Integer> histogram) {
        String json(Random shuffle) {
            List<Map.Entry<String, Integer>> bins = new ArrayList<>(histogram.entrySet());
            if (shuffle != null) {
                Collections.shuffle(bins, shuffle);
            }
            List<String> members = new ArrayList<>();
            bins.forEach(e -> members.add("'" + e.getKey() + "': " + e.getValue()));
            GradesJson grade = GradesJson.grade(id).title("'A" + id + "'").dates(available, due)
                    .stats(stats.get(0), stats.get(1), stats.get(2), stats.get(3), stats.get(4))
                    .histogram("{" + String.join(", ", members) + "}").completion(completed, total);
            return grade.json();
        }
    }

    record Model(List<Grade> grades, List<Long> scopeIds) {
        String json(Random shuffle) {
            List<Grade> ordered = new ArrayList<>(grades);
            if (shuffle != null) {
                Collections.shuffle(ordered, shuffle);
            }
            List<String> out = new ArrayList<>();
            ordered.forEach(g -> out.add(g.json(shuffle)));
            return GradesJson.payload(out);
        }

        String scope() {
            return GradesJson.scope(scopeIds.stream().mapToLong(Long::longValue).toArray());
        }
    }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<String> stat = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(3).map(BigDecimal::toPlainString).injectNull(0.2).map(s -> s == null ? "null" : s);
        Arbitrary<Grade> grade = Combinators.combine(
                Arbitraries.longs().between(1, 40),
                Arbitraries.of(DATES).injectNull(0.4),
                Arbitraries.of(DATES).injectNull(0.4),
                Arbitraries.longs().between(0, 60),
                Arbitraries.longs().between(0, 50),
                stat.list().ofSize(5),
                Arbitraries.maps(Arbitraries.of(AssessmentsProjection.RANGES), Arbitraries.integers().between(0, 9))
                        .ofMaxSize(10)).as(Grade::new);
        Arbitrary<List<Grade>> grades = grade.list().ofMaxSize(15).uniqueElements(Grade::id);
        Arbitrary<List<Long>> scope = Arbitraries.longs().between(1, 45).list().ofMaxSize(20).uniqueElements();
        return Combinators.combine(grades, scope).as(Model::new);
    }

    @Property(tries = 300)
    void theInputOrderDoesNotMatter(@ForAll("models") Model model, @ForAll long seed,
                                    @ForAll @IntRange(max = 100) int threshold) {
        AssessmentsBody ordered = GradesJson.derive(model.json(null), model.scope(), threshold);
        AssessmentsBody shuffled = GradesJson.derive(model.json(new Random(seed)), model.scope(), threshold);
        assertEquals(ordered, shuffled);
        assertEquals(ordered.parityFacts(), shuffled.parityFacts());
    }

    @Property(tries = 200)
    void derivationIsDeterministic(@ForAll("models") Model model) {
        String json = model.json(null);
        assertEquals(GradesJson.derive(json, model.scope(), 50), GradesJson.derive(json, model.scope(), 50));
    }

    @Property(tries = 300)
    void completionFollowsTheExactRule(@ForAll("models") Model model, @ForAll @IntRange(max = 100) int threshold) {
        AssessmentsBody body = GradesJson.derive(model.json(null), model.scope(), threshold);
        assertEquals(model.grades().size(), body.totalRows());
        assertEquals(!model.grades().isEmpty(), body.hasAssessments());
        for (AssessmentRow row : body.rows()) {
            AssessmentRow.Completion c = row.completion();
            assertTrue(c.ratio() >= 0.0 && c.ratio() <= 1.0, "ratio " + c.ratio());
            boolean good = c.totalStudents() > 0 && BigInteger.valueOf(c.completedCount() * 100L)
                    .compareTo(BigInteger.valueOf((long) threshold * c.totalStudents())) >= 0;
            assertEquals(good ? "good" : "bad", c.status());
            assertEquals(c.completedCount() + " of " + c.totalStudents() + " students completed", c.label());
            assertTrue(BigDecimal.valueOf(c.ratio()).scale() <= 4);
        }
    }

    @Property(tries = 300)
    void theHistogramAlwaysHasTheTenRangesInOrder(@ForAll("models") Model model) {
        AssessmentsBody body = GradesJson.derive(model.json(null), model.scope(), 50);
        Map<Long, Grade> byId = new HashMap<>();
        model.grades().forEach(g -> byId.put(g.id(), g));
        for (AssessmentRow row : body.rows()) {
            assertEquals(AssessmentsProjection.RANGES,
                    row.histogram().stream().map(AssessmentRow.HistogramBin::range).toList());
            Grade grade = byId.get(row.assessmentId());
            for (AssessmentRow.HistogramBin bin : row.histogram()) {
                assertEquals((long) grade.histogram().getOrDefault(bin.range(), 0), bin.count());
            }
        }
    }

    @Property(tries = 300)
    void rowsAreSortedByDateThenScopePositionThenId(@ForAll("models") Model model) {
        AssessmentsBody body = GradesJson.derive(model.json(null), model.scope(), 50);
        for (int i = 1; i < body.rows().size(); i++) {
            assertTrue(compare(body.rows().get(i - 1), body.rows().get(i), model.scopeIds()) < 0,
                    "out of order at " + i);
        }
    }

    @Property(tries = 200)
    void metricsHaveAtMostOneDecimalAndStayInRange(@ForAll("models") Model model) {
        AssessmentsBody body = GradesJson.derive(model.json(null), model.scope(), 50);
        for (AssessmentRow row : body.rows()) {
            AssessmentRow.Metrics m = row.metrics();
            for (Double value : new Double[] {m.minimum(), m.median(), m.mean(), m.maximum(), m.standardDeviation()}) {
                if (value != null) {
                    assertTrue(value >= 0 && value <= 100);
                    assertTrue(BigDecimal.valueOf(value).stripTrailingZeros().scale() <= 1, "value " + value);
                }
            }
        }
    }

    private static int compare(AssessmentRow a, AssessmentRow b, List<Long> scopeIds) {
        Instant ka = key(a);
        Instant kb = key(b);
        if (ka != null || kb != null) {
            if (ka == null) {
                return 1;
            }
            if (kb == null) {
                return -1;
            }
            int byDate = ka.compareTo(kb);
            if (byDate != 0) {
                return byDate;
            }
        }
        int pa = scopeIds.indexOf(a.assessmentId());
        int pb = scopeIds.indexOf(b.assessmentId());
        int byPosition = Integer.compare(pa < 0 ? Integer.MAX_VALUE : pa, pb < 0 ? Integer.MAX_VALUE : pb);
        return byPosition != 0 ? byPosition : Long.compare(a.assessmentId(), b.assessmentId());
    }

    private static Instant key(AssessmentRow row) {
        String text = row.dueAt() != null ? row.dueAt() : row.availableAt();
        return text == null ? null : Timestamps.parse(text).orElseThrow();
    }
}
