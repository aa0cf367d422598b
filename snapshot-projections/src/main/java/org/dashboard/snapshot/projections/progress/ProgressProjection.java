package org.dashboard.snapshot.projections.progress;

import java.util.List;
import java.util.Set;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionInput;
import org.dashboard.snapshot.projections.common.Parameters;
import org.dashboard.snapshot.projections.common.ScopeResources;
import org.dashboard.snapshot.projections.progress.ProgressBody.ScheduleMarker;
import org.dashboard.snapshot.projections.progress.ProgressBody.SeriesItem;

/**
 * The {@code progress} capability (DOMAIN.md 3.2): per scope item, how many students reached the completion
 * threshold. Requires {@code oracle_instructor_progress_bins} and {@code oracle_instructor_scope_resources};
 * {@code oracle_instructor_schedule_position} is optional. Parameter block {@code parameters.progress}:
 * {@code completion_threshold}, an integer 10..100 in steps of 10, default 100.
 */
public final class ProgressProjection implements CapabilityProjection {
    /** The capability key. */
    public static final Capability CAPABILITY = Capability.of("progress");
    /** The parameter name. */
    public static final String COMPLETION_THRESHOLD = "completion_threshold";
    /** The default completion threshold, in percent. */
    public static final int DEFAULT_COMPLETION_THRESHOLD = 100;

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of(OracleKey.PROGRESS_BINS, OracleKey.SCOPE_RESOURCES);
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return List.of(OracleKey.SCHEDULE_POSITION);
    }

    /** {@code {completion_threshold}}: an integer 10..100, a multiple of 10; null or absent gives 100. */
    @Override
    public JsonObject effectiveParameters(JsonObject requested) {
        Parameters parameters = Parameters.of(requested, Set.of(COMPLETION_THRESHOLD));
        long threshold = parameters.integer(COMPLETION_THRESHOLD, DEFAULT_COMPLETION_THRESHOLD,
                ProgressBins.BIN_SIZE, 100);
        if (threshold % ProgressBins.BIN_SIZE != 0) {
            throw parameters.invalid(COMPLETION_THRESHOLD, COMPLETION_THRESHOLD + " must be a multiple of "
                    + ProgressBins.BIN_SIZE);
        }
        return parameters.effective();
    }

    @Override
    public ProgressBody derive(ProjectionInput input) {
        int threshold = (int) Parameters.read(input.parameters(), COMPLETION_THRESHOLD,
                DEFAULT_COMPLETION_THRESHOLD);
        ProgressBins bins = ProgressBins.read(input.required(OracleKey.PROGRESS_BINS));
        ScopeResources scope = ScopeResources.read(input.required(OracleKey.SCOPE_RESOURCES));
        SchedulePosition schedule = input.readOptional(OracleKey.SCHEDULE_POSITION, SchedulePosition::read)
                .orElse(SchedulePosition.NONE);
        List<SeriesItem> series = ProgressSeries.of(scope, bins, threshold);
        ScheduleMarker marker = ProgressSeries.marker(series, schedule);
        return new ProgressBody(ProgressSeries.axisLabel(series, input.scope()), bins.totalStudents(), threshold,
                series, emptyState(scope, bins), marker);
    }

    private static String emptyState(ScopeResources scope, ProgressBins bins) {
        if (scope.items().isEmpty()) {
            return ProgressBody.NO_SCOPE_CHILDREN;
        }
        return bins.totalStudents() == 0 ? ProgressBody.NO_STUDENTS : null;
    }
}
