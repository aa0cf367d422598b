package org.dashboard.snapshot.projections;

import java.util.List;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.projections.aicontext.AiContextProjection;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesProjection;
import org.dashboard.snapshot.projections.progress.ProgressProjection;
import org.dashboard.snapshot.projections.summary.SummaryProjection;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;

/**
 * The registration of the instructor dashboard's capabilities, in their documented order. Adding a capability
 * is its own class plus one line here.
 */
public final class InstructorCapabilities {
    private InstructorCapabilities() {
    }

    /** Every instructor capability projection, in order. */
    public static List<CapabilityProjection> all() {
        return List.of(
                new SummaryProjection(),
                new ProgressProjection(),
                new StudentSupportProjection(),
                new ChallengingObjectivesProjection(),
                new AssessmentsProjection(),
                new AiContextProjection());
    }

    public static ProjectionCatalog catalog() {
        return ProjectionCatalog.of(all());
    }
}
