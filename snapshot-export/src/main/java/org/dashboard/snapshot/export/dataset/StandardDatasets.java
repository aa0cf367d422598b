package org.dashboard.snapshot.export.dataset;

import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.projections.assessments.AssessmentsProjection;
import org.dashboard.snapshot.projections.objectives.ChallengingObjectivesProjection;
import org.dashboard.snapshot.projections.progress.ProgressProjection;
import org.dashboard.snapshot.projections.summary.SummaryProjection;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;

/** The datasets of DOMAIN.md 5, in their documented order. */
final class StandardDatasets {
    static final Capability SUMMARY = SummaryProjection.CAPABILITY;
    static final Capability PROGRESS = ProgressProjection.CAPABILITY;
    static final Capability STUDENT_SUPPORT = StudentSupportProjection.CAPABILITY;
    static final Capability CHALLENGING_OBJECTIVES = ChallengingObjectivesProjection.CAPABILITY;
    static final Capability ASSESSMENTS = AssessmentsProjection.CAPABILITY;
    static final Capability AI_CONTEXT = AiContextSerializer.AI_CONTEXT;

    private StandardDatasets() {
    }

    /** The eight instructor datasets of the {@code default} and {@code instructor_dashboard} profiles. */
    static List<DatasetSpec> instructorDashboard() {
        return List.of(
                failClosed("dashboard_metadata", SUMMARY, new DashboardMetadataSerializer()),
                failClosed("course_summary_metrics", SUMMARY, new CourseSummaryMetricsSerializer()),
                failClosed("student_progress", PROGRESS, new StudentProgressSerializer()),
                failClosed("student_support_summary", STUDENT_SUPPORT, new StudentSupportSummarySerializer()),
                failClosed("student_support_list", STUDENT_SUPPORT, new StudentSupportListSerializer()),
                failClosed("challenging_learning_objectives", CHALLENGING_OBJECTIVES,
                        new ChallengingObjectivesSerializer()),
                failClosed("assessment_scores_distribution", ASSESSMENTS,
                        new AssessmentScoresDistributionSerializer()),
                failClosed("assessment_summary", ASSESSMENTS, new AssessmentSummarySerializer()));
    }

    /** {@code ai_context}, added last by {@code with_optional_ai}. */
    static DatasetSpec aiContext() {
        return DatasetSpec.of("ai_context", List.of(AI_CONTEXT), DatasetPolicy.ALLOW_PARTIAL_WITH_MANIFEST,
                new AiContextSerializer());
    }

    private static DatasetSpec failClosed(String datasetId, Capability required, DatasetSerializer serializer) {
        return DatasetSpec.of(datasetId, List.of(required), DatasetPolicy.FAIL_CLOSED, serializer);
    }
}
