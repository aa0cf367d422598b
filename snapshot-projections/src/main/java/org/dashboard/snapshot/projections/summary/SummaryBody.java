package org.dashboard.snapshot.projections.summary;

import java.util.List;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The body of the {@code summary} projection (DOMAIN.md 3.1, 3.8), components in wire order:
 * {@code {scope, metrics, total_students, cards, recommendation, missing_optional_oracles}}.
 *
 * @param scope the scope header
 * @param metrics the three metrics, each 1 dp or null
 * @param totalStudents the class size, 0 when no oracle tells it
 * @param cards always three, in order proficiency, score, progress
 * @param recommendation the AI recommendation; null when its oracle is absent
 * @param missingOptionalOracles the optional oracles not ready for the summary, sorted by key
 */
public record SummaryBody(SummaryScope scope, Metrics metrics, long totalStudents, List<Card> cards,
                          Recommendation recommendation, List<String> missingOptionalOracles)
        implements ProjectionBody {

    public SummaryBody {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metrics, "metrics");
        cards = List.copyOf(cards);
        missingOptionalOracles = List.copyOf(missingOptionalOracles);
        if (totalStudents < 0) {
            throw new IllegalArgumentException("total_students must be >= 0, got " + totalStudents);
        }
    }

    /**
     * {@code summary|metric|<metric id>=<metric>} for each non-null metric, {@code summary|total_students=<n>},
     * {@code summary|scope|label=<label>} and {@code summary|scope|course_title=<title or empty>}: what
     * {@code course_summary_metrics.csv} and {@code dashboard_metadata.csv} render from this projection.
     */
    @Override
    public List<String> parityFacts() {
        Facts facts = Facts.of("summary");
        addMetric(facts, SummaryMetrics.AVERAGE_CLASS_PROFICIENCY, metrics.averageClassProficiency());
        addMetric(facts, SummaryMetrics.AVERAGE_ASSESSMENT_SCORE, metrics.averageAssessmentScore());
        addMetric(facts, SummaryMetrics.AVERAGE_STUDENT_PROGRESS, metrics.averageStudentProgress());
        facts.add(Long.toString(totalStudents), "total_students");
        facts.add(scope.label(), "scope", "label");
        facts.add(scope.courseTitle(), "scope", "course_title");
        return facts.list();
    }

    private static void addMetric(Facts facts, String id, Double value) {
        if (value != null) {
            facts.add(Facts.metric(value), "metric", id);
        }
    }

    /**
     * The scope header.
     *
     * @param selector {@code "course"} or {@code "container:<id>"}
     * @param label the scope label of the scope resources, else the scope's default label
     * @param courseTitle the course title, or null
     */
    public record SummaryScope(String selector, String label, String courseTitle) {
        public SummaryScope {
            Objects.requireNonNull(selector, "selector");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The course metrics, each the unrounded mean rounded half-up to 1 dp, or null when it has no inputs.
     *
     * @param averageClassProficiency mean objective proficiency, percent
     * @param averageAssessmentScore mean of the assessments' mean scores, percent
     * @param averageStudentProgress mean student progress, percent
     */
    public record Metrics(Double averageClassProficiency, Double averageAssessmentScore,
                          Double averageStudentProgress) {
    }

    /**
     * One summary tile.
     *
     * @param id the metric id
     * @param label the tile's label
     * @param value the metric, present exactly when the state is {@code ready}
     * @param text the metric format plus {@code %} ({@code "84.5%"}, {@code "70%"}, {@code "0%"}), else {@code "--"}
     * @param state a {@link CardState} wire value
     */
    public record Card(String id, String label, Double value, String text, String state) {
        /** The text of a card without a value. */
        public static final String NO_VALUE_TEXT = "--";

        public Card {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
            if ((value != null) != (CardState.of(state) == CardState.READY)) {
                throw new IllegalArgumentException("a card has a value exactly when ready; got " + value + " in "
                        + state);
            }
        }

        /** A card in the given state; its text is derived from the value. */
        public static Card of(String id, String label, Double value, CardState state) {
            String text = value == null ? NO_VALUE_TEXT : Facts.metric(value) + "%";
            return new Card(id, label, value, text, state.wire());
        }
    }

    /**
     * The AI recommendation.
     *
     * @param status {@code ready}, {@code thinking}, {@code unavailable} or {@code beginning_course}
     * @param recommendationId the recommendation's id as a string, or null
     * @param body the recommendation text, or null
     */
    public record Recommendation(String status, String recommendationId, String body) {
        /** The recommendation of a failed oracle, a null payload or an invalid payload. */
        public static final Recommendation UNAVAILABLE = new Recommendation(Recommendations.UNAVAILABLE, null, null);

        public Recommendation {
            Objects.requireNonNull(status, "status");
        }
    }
}
