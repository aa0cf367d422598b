package org.dashboard.snapshot.projections.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.fixtures.SnapshotFixtures;
import org.dashboard.snapshot.domain.json.JsonValue.JsonArray;
import org.dashboard.snapshot.domain.json.JsonValue.JsonNumber;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.projections.summary.SummaryBody.Card;

/** Determinism, row-order independence and invariants of the summary over generated sections. */
class SummaryProperties {

    /** A generated section: rows of the three metric oracles and the bins' class size. */
    record Section(List<BigDecimal> progress, List<Grade> grades, List<Objective> objectives, int binsTotal) {
    }

    record Grade(BigDecimal mean, Integer totalStudents) {
    }

    record Objective(BigDecimal numeric, int low, int medium, int high, int notEnoughData) {
    }

    @Provide
    Arbitrary<Section> sections() {
        Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100))
                .ofScale(2);
        Arbitrary<BigDecimal> fraction = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE)
                .ofScale(3);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 6);
        Arbitrary<List<BigDecimal>> progress = percent.injectNull(0.2).list().ofMaxSize(25);
        Arbitrary<List<Grade>> grades = Combinators.combine(percent.injectNull(0.2),
                Arbitraries.integers().between(0, 40).injectNull(0.2)).as(Grade::new).list().ofMaxSize(8);
        Arbitrary<List<Objective>> objectives = Combinators.combine(fraction.injectNull(0.5), count, count, count,
                count).as(Objective::new).list().ofMaxSize(8);
        return Combinators.combine(progress, grades, objectives, Arbitraries.integers().between(0, 40))
                .as(Section::new);
    }

    private static JsonValue number(BigDecimal value) {
        return value == null ? JsonValue.nullValue() : new JsonNumber(value, false);
    }

    private static <T> List<T> maybeShuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        if (random != null) {
            Collections.shuffle(copy, random);
        }
        return copy;
    }

    private static SnapshotFixtures fixture(Section section, Random random) {
        List<JsonValue> progress = new ArrayList<>();
        for (int i = 0; i < section.progress().size(); i++) {
            Map<String, JsonValue> row = new LinkedHashMap<>();
            row.put("student_id", JsonValue.of(i + 1));
            row.put("progress_pct", number(section.progress().get(i)));
            progress.add(new JsonObject(row));
        }
        List<JsonValue> grades = new ArrayList<>();
        for (Grade grade : section.grades()) {
            Map<String, JsonValue> row = new LinkedHashMap<>();
            row.put("mean", number(grade.mean()));
            row.put("total_students", grade.totalStudents() == null ? JsonValue.nullValue()
                    : JsonValue.of(grade.totalStudents()));
            grades.add(new JsonObject(row));
        }
        List<JsonValue> objectives = new ArrayList<>();
        for (Objective objective : section.objectives()) {
            Map<String, JsonValue> distribution = new LinkedHashMap<>();
            distribution.put("Low", JsonValue.of(objective.low()));
            distribution.put("Medium", JsonValue.of(objective.medium()));
            distribution.put("High", JsonValue.of(objective.high()));
            distribution.put("Not enough data", JsonValue.of(objective.notEnoughData()));
            Map<String, JsonValue> row = new LinkedHashMap<>();
            row.put("numeric_proficiency", number(objective.numeric()));
            row.put("proficiency_distribution", new JsonObject(distribution));
            objectives.add(new JsonObject(row));
        }
        return SnapshotFixtures.with(new SummaryProjection())
                .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': 'Course'}")
                .ok(OracleKey.PROGRESS_BINS, "{'total_students': " + section.binsTotal() + "}")
                .ok(OracleKey.PROGRESS_PROFICIENCY, new JsonArray(maybeShuffled(progress, random)))
                .ok(OracleKey.GRADES, new JsonObject(Map.of("grades", new JsonArray(maybeShuffled(grades, random)))))
                .ok(OracleKey.OBJECTIVES_PROFICIENCY,
                        new JsonObject(Map.of("objective_rows", new JsonArray(maybeShuffled(objectives, random)))))
                .ok(OracleKey.RECOMMENDATION, "null");
    }

    private static SummaryBody derive(Section section, Random random) {
        return SummaryFixtures.body(fixture(section, random));
    }

    @Property(tries = 100)
    void derivationIsDeterministic(@ForAll("sections") Section section) {
        SummaryBody first = derive(section, null);
        SummaryBody second = derive(section, null);

        assertEquals(first, second);
        assertEquals(first.parityFacts(), second.parityFacts());
    }

    @Property(tries = 100)
    void rowOrderDoesNotMatter(@ForAll("sections") Section section, @ForAll Random random) {
        assertEquals(derive(section, null), derive(section, random));
    }

    @Property(tries = 120)
    void metricsAreWithin0To100AndCardsMirrorThem(@ForAll("sections") Section section) {
        SummaryBody body = derive(section, null);
        List<Double> metrics = new ArrayList<>();
        metrics.add(body.metrics().averageClassProficiency());
        metrics.add(body.metrics().averageAssessmentScore());
        metrics.add(body.metrics().averageStudentProgress());

        assertEquals(List.of(SummaryMetrics.AVERAGE_CLASS_PROFICIENCY, SummaryMetrics.AVERAGE_ASSESSMENT_SCORE,
                SummaryMetrics.AVERAGE_STUDENT_PROGRESS), body.cards().stream().map(Card::id).toList());
        for (int i = 0; i < 3; i++) {
            Double metric = metrics.get(i);
            Card card = body.cards().get(i);
            assertEquals(metric, card.value());
            if (metric != null) {
                assertTrue(metric >= 0.0 && metric <= 100.0, () -> "metric " + metric);
                assertEquals("ready", card.state());
            } else {
                assertEquals("--", card.text());
            }
        }
    }

    @Property(tries = 120)
    void metricsAreTheMeansWithinHalfARoundingStep(@ForAll("sections") Section section) {
        SummaryBody body = derive(section, null);

        assertNear(plainMean(section.progress()), body.metrics().averageStudentProgress());
        List<BigDecimal> means = new ArrayList<>();
        for (Grade grade : section.grades()) {
            means.add(grade.mean());
        }
        assertNear(plainMean(means), body.metrics().averageAssessmentScore());
        List<Double> proficiency = new ArrayList<>();
        for (Objective objective : section.objectives()) {
            int total = objective.low() + objective.medium() + objective.high();
            if (objective.numeric() != null) {
                proficiency.add(objective.numeric().doubleValue() * 100);
            } else if (total > 0) {
                proficiency.add((20.0 * objective.low() + 60.0 * objective.medium() + 100.0 * objective.high())
                        / total);
            }
        }
        assertNear(proficiency.isEmpty() ? null
                : proficiency.stream().mapToDouble(Double::doubleValue).average().getAsDouble(),
                body.metrics().averageClassProficiency());
    }

    private static Double plainMean(List<BigDecimal> values) {
        return values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).average().stream()
                .boxed().findFirst().orElse(null);
    }

    private static void assertNear(Double expected, Double actual) {
        if (expected == null) {
            assertEquals(null, actual);
        } else {
            assertTrue(Math.abs(expected - actual) <= 0.05 + 1e-9, () -> expected + " vs " + actual);
        }
    }

    @Property(tries = 100)
    void totalStudentsIsAtLeastEverySource(@ForAll("sections") Section section) {
        SummaryBody body = derive(section, null);

        assertTrue(body.totalStudents() >= section.binsTotal());
        assertTrue(body.totalStudents() >= section.progress().size());
        for (Grade grade : section.grades()) {
            assertTrue(grade.totalStudents() == null || body.totalStudents() >= grade.totalStudents());
        }
        long expected = section.binsTotal();
        expected = Math.max(expected, section.progress().size());
        for (Grade grade : section.grades()) {
            expected = grade.totalStudents() == null ? expected : Math.max(expected, grade.totalStudents());
        }
        assertEquals(expected, body.totalStudents());
    }
}
