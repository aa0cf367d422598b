package org.dashboard.snapshot.projections.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.dashboard.snapshot.projections.summary.SummaryBody.Card;
import org.dashboard.snapshot.projections.summary.SummaryBody.Metrics;
import org.dashboard.snapshot.projections.summary.SummaryBody.Recommendation;
import org.dashboard.snapshot.projections.summary.SummaryBody.SummaryScope;
import org.dashboard.snapshot.projections.summary.SummaryInputs.GradeRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ObjectiveRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ProgressRow;
import org.dashboard.snapshot.projections.summary.SummaryInputs.ScopeLabels;

/**
 * The {@code summary} capability (DOMAIN.md 3.1): the course header tiles. No required oracle; every input is
 * optional (scope_resources, progress_bins, progress_proficiency, grades, objectives_proficiency, recommendation),
 * so the projection is always published, {@code ready} when every optional oracle is ready for it, else
 * {@code partial}. An oracle that is absent, failed or invalid never turns into a 0: its card is
 * {@code unavailable} and its metric null.
 */
public final class SummaryProjection implements CapabilityProjection {
    /** The capability key. */
    public static final Capability CAPABILITY = Capability.of("summary");
    /** Label of the proficiency card. */
    public static final String PROFICIENCY_LABEL = "Average Class Proficiency";
    /** Label of the assessment score card. */
    public static final String SCORE_LABEL = "Average Assessment Score";
    /** Label of the student progress card. */
    public static final String PROGRESS_LABEL = "Average Student Progress";

    private static final List<OracleKey> OPTIONAL = List.of(OracleKey.SCOPE_RESOURCES, OracleKey.PROGRESS_BINS,
            OracleKey.PROGRESS_PROFICIENCY, OracleKey.GRADES, OracleKey.OBJECTIVES_PROFICIENCY,
            OracleKey.RECOMMENDATION);

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of();
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return OPTIONAL;
    }

    @Override
    public SummaryBody derive(ProjectionInput input) {
        Optional<ScopeLabels> labels = input.readOptional(OracleKey.SCOPE_RESOURCES, SummaryInputs::scopeLabels);
        Optional<Long> binsTotal = input.readOptional(OracleKey.PROGRESS_BINS, SummaryInputs::binsTotalStudents);
        Optional<List<ProgressRow>> progress = input.readOptional(OracleKey.PROGRESS_PROFICIENCY,
                SummaryInputs::progressRows);
        Optional<List<GradeRow>> grades = input.readOptional(OracleKey.GRADES, SummaryInputs::gradeRows);
        Optional<List<ObjectiveRow>> objectives = input.readOptional(OracleKey.OBJECTIVES_PROFICIENCY,
                SummaryInputs::objectiveRows);
        Recommendation recommendation = recommendation(input);

        Double proficiency = objectives.map(SummaryMetrics::averageClassProficiency).orElse(null);
        Double score = grades.map(SummaryMetrics::averageAssessmentScore).orElse(null);
        Double progressMetric = progress.map(SummaryMetrics::averageStudentProgress).orElse(null);
        List<Card> cards = List.of(
                Card.of(SummaryMetrics.AVERAGE_CLASS_PROFICIENCY, PROFICIENCY_LABEL, proficiency,
                        state(objectives.map(List::isEmpty), proficiency)),
                Card.of(SummaryMetrics.AVERAGE_ASSESSMENT_SCORE, SCORE_LABEL, score,
                        state(grades.map(List::isEmpty), score)),
                Card.of(SummaryMetrics.AVERAGE_STUDENT_PROGRESS, PROGRESS_LABEL, progressMetric,
                        state(progress.map(rows -> false), progressMetric)));
        long totalStudents = SummaryMetrics.totalStudents(binsTotal.orElse(null), progress.orElse(List.of()),
                grades.orElse(List.of()));

        List<String> missing = new ArrayList<>();
        for (OracleKey key : input.unreadyOptionalOracles()) {
            missing.add(key.value());
        }
        return new SummaryBody(scope(input, labels), new Metrics(proficiency, score, progressMetric), totalStudents,
                cards, recommendation, missing);
    }

    private static SummaryScope scope(ProjectionInput input, Optional<ScopeLabels> labels) {
        String label = labels.map(ScopeLabels::scopeLabel).filter(text -> !text.isBlank())
                .orElse(input.scope().defaultLabel());
        return new SummaryScope(input.scope().selector(), label, labels.map(ScopeLabels::courseTitle).orElse(null));
    }

    /**
     * The card state: {@code unavailable} when the oracle is not ready (no rows were read), {@code not_applicable}
     * when the scope proves the metric inapplicable (no rows at all), {@code no_data} when the rows give no input,
     * else {@code ready}.
     *
     * @param inapplicable empty when the oracle is not ready, else whether the scope proves the card inapplicable
     */
    private static CardState state(Optional<Boolean> inapplicable, Double value) {
        if (inapplicable.isEmpty()) {
            return CardState.UNAVAILABLE;
        }
        if (inapplicable.get()) {
            return CardState.NOT_APPLICABLE;
        }
        return value == null ? CardState.NO_DATA : CardState.READY;
    }

    /**
     * Null when the recommendation oracle is absent (not supplied, or expected but missing); the
     * {@code unavailable} recommendation when it failed, its payload is null or its payload is invalid; else the
     * mapped payload.
     */
    private static Recommendation recommendation(ProjectionInput input) {
        Optional<Recommendation> read = input.readOptional(OracleKey.RECOMMENDATION, Recommendations::read);
        if (read.isPresent()) {
            return read.get();
        }
        Optional<OracleStatus> status = input.oracleStatus(OracleKey.RECOMMENDATION);
        boolean absent = status.isEmpty() || status.get() instanceof OracleStatus.Unavailable;
        return absent ? null : Recommendation.UNAVAILABLE;
    }
}
