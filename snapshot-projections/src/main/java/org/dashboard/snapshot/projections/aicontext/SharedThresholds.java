package org.dashboard.snapshot.projections.aicontext;

import java.util.Objects;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;
import org.dashboard.snapshot.projections.common.Parameters;
import org.dashboard.snapshot.projections.progress.ProgressProjection;
import org.dashboard.snapshot.projections.support.SupportParameters;

/**
 * The thresholds {@code ai_context} borrows from the other capabilities, so that its facts agree with their tiles:
 * the {@code student_support} thresholds (bucket counts), the {@code progress} {@code completion_threshold}
 * (lowest-completion items) and the {@code assessments} {@code completion_threshold_pct} (assessments needing
 * attention).
 *
 * @param support the student_support thresholds
 * @param completionThreshold the progress completion threshold, 10..100 in steps of 10
 * @param completionThresholdPct the assessments completion threshold, 0..100
 */
public record SharedThresholds(SupportParameters support, int completionThreshold, long completionThresholdPct) {
    /** Every capability's defaults: the support defaults, completion at 100 %, assessments at 50 %. */
    public static final SharedThresholds DEFAULTS = new SharedThresholds(SupportParameters.DEFAULTS,
            ProgressProjection.DEFAULT_COMPLETION_THRESHOLD, AssessmentsProjection.DEFAULT_COMPLETION_THRESHOLD_PCT);

    public SharedThresholds {
        Objects.requireNonNull(support, "support");
        if (completionThreshold < 10 || completionThreshold > 100 || completionThreshold % 10 != 0) {
            throw new IllegalArgumentException("completion_threshold must be 10..100 in steps of 10, got "
                    + completionThreshold);
        }
        if (completionThresholdPct < 0 || completionThresholdPct > 100) {
            throw new IllegalArgumentException("completion_threshold_pct must be 0..100, got "
                    + completionThresholdPct);
        }
    }

    /**
     * The thresholds of the effective blocks of {@code student_support}, {@code progress} and {@code assessments}
     * (as validated at assembly); an empty block or an absent field takes that capability's default.
     */
    public static SharedThresholds of(JsonObject support, JsonObject progress, JsonObject assessments) {
        return new SharedThresholds(SupportParameters.of(support),
                (int) Parameters.read(progress, ProgressProjection.COMPLETION_THRESHOLD,
                        ProgressProjection.DEFAULT_COMPLETION_THRESHOLD),
                Parameters.read(assessments, AssessmentsProjection.COMPLETION_THRESHOLD_PCT,
                        AssessmentsProjection.DEFAULT_COMPLETION_THRESHOLD_PCT));
    }
}
