package org.dashboard.snapshot.app.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.dashboard.snapshot.projections.aicontext.AiContextBody;
import org.dashboard.snapshot.projections.assessments.AssessmentRow;
import org.dashboard.snapshot.projections.assessments.AssessmentsBody;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesBody;
import org.dashboard.snapshot.projections.objectives.ObjectiveRow;
import org.dashboard.snapshot.projections.progress.ProgressBody;
import org.dashboard.snapshot.projections.summary.SummaryBody;
import org.dashboard.snapshot.projections.support.StudentRow;
import org.dashboard.snapshot.projections.support.StudentSupportBody;
import org.dashboard.snapshot.projections.support.SupportParameters;

/**
 * Registers for reflection, in a native image, every record Jackson serialises by introspecting it: the projection
 * bodies and every type reachable through their components (records, and the interfaces they declare, such as the
 * sealed {@link StudentRow}). The contract's fixed-shape types (snapshot, scope,
 * statuses, metadata, JSON values) and the export manifest are written by hand-coded serializers and streaming
 * generators, so they need no registration; JDK types (strings, boxed numbers, lists, maps) need none either.
 *
 * <p>{@code ReflectionRegistrationTest} derives the list from the projections module's classes and fails on a
 * missing or a stale entry.
 */
@RegisterForReflection(targets = {
        AiContextBody.class,
        AssessmentsBody.class,
        AssessmentRow.class,
        AssessmentRow.Completion.class,
        AssessmentRow.HistogramBin.class,
        AssessmentRow.Metrics.class,
        ChallengingObjectivesBody.class,
        ObjectiveRow.class,
        ProgressBody.class,
        ProgressBody.ScheduleMarker.class,
        ProgressBody.SeriesItem.class,
        StudentRow.class,
        StudentRow.V1.class,
        StudentRow.V2.class,
        StudentSupportBody.class,
        StudentSupportBody.Bucket.class,
        StudentSupportBody.Totals.class,
        SummaryBody.class,
        SummaryBody.Card.class,
        SummaryBody.Metrics.class,
        SummaryBody.Recommendation.class,
        SummaryBody.SummaryScope.class,
        SupportParameters.class})
public final class SerializedRecords {
    private SerializedRecords() {
    }
}
