package org.dashboard.snapshot.export.dataset;

import java.math.BigDecimal;
import java.util.List;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.SnapshotMetadata;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.export.csv.CsvCells;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.progress.ProgressProjection;
import org.dashboard.snapshot.projections.summary.SummaryBody;
import org.dashboard.snapshot.projections.summary.SummaryProjection;
import org.dashboard.snapshot.projections.support.StudentSupportProjection;
import org.dashboard.snapshot.projections.support.SupportParameters;

/**
 * {@code dashboard_metadata.csv} ({@code field,value}): thirteen rows, never skipped. Reads the summary projection,
 * the snapshot metadata (generated_at, time zone, and the effective thresholds of {@code parameters.progress} and
 * {@code parameters.student_support}, defaults when a block is absent) and the request's texts.
 */
final class DashboardMetadataSerializer implements DatasetSerializer {
    static final List<String> COLUMNS = List.of("field", "value");
    static final String DEFAULT_COURSE_NAME = "Course";
    static final String DEFAULT_COURSE_SECTION = "Section";
    static final String DEFAULT_PROFICIENCY_DEFINITION =
            "Learning objective proficiency based on first-attempt correctness";

    @Override
    public CsvTable serialize(Snapshot bundle, ExportRequest request) {
        SummaryBody summary = Bodies.of(bundle, SummaryProjection.CAPABILITY, SummaryBody.class);
        SnapshotMetadata metadata = bundle.metadata();
        JsonObject progress = metadata.parametersOf(ProgressProjection.CAPABILITY);
        JsonObject support = metadata.parametersOf(StudentSupportProjection.CAPABILITY);
        String courseTitle = summary.scope().courseTitle();
        String courseName = request.courseName().orElse(courseTitle == null || courseTitle.isBlank()
                ? DEFAULT_COURSE_NAME : courseTitle);
        String completion = threshold(progress, ProgressProjection.COMPLETION_THRESHOLD, 100);
        String inactivity = threshold(support, SupportParameters.INACTIVITY_DAYS, 7);
        String progressLow = threshold(support, SupportParameters.STRUGGLING_PROGRESS_LOW_LT, 40);
        String proficiencyLow = threshold(support, SupportParameters.STRUGGLING_PROFICIENCY_LTE, 40);
        String progressHigh = threshold(support, SupportParameters.EXCELLING_PROGRESS_GTE, 80);
        String proficiencyHigh = threshold(support, SupportParameters.EXCELLING_PROFICIENCY_GTE, 80);
        return CsvTable.of(COLUMNS, List.of(
                List.of("course_name", courseName),
                List.of("course_section", request.courseSection().orElse(DEFAULT_COURSE_SECTION)),
                List.of("dashboard_scope", request.dashboardScopeLabel().orElse(summary.scope().label())),
                List.of("generated_at", CsvCells.localTimestamp(metadata.generatedAt(), metadata.timezone())),
                List.of("time_zone", metadata.timezone().getId()),
                List.of("completion_threshold", completion + "%"),
                List.of("inactive_threshold", ">" + inactivity + " days"),
                List.of("struggling_proficiency", "\u2264 " + proficiencyLow + "%"),
                List.of("struggling_progress", "< " + progressLow + "% OR > " + progressHigh + "%"),
                List.of("excelling_proficiency", "\u2265 " + proficiencyHigh + "%"),
                List.of("excelling_progress", "\u2265 " + progressHigh + "%"),
                List.of("proficiency_definition",
                        request.proficiencyDefinition().orElse(DEFAULT_PROFICIENCY_DEFINITION)),
                List.of("total_students", CsvCells.integer(summary.totalStudents()))));
    }

    /** A threshold of an effective parameter block in the metric format; the default when the block lacks it. */
    static String threshold(JsonObject block, String field, long defaultValue) {
        JsonValue value = block.getOrNull(field);
        BigDecimal number = value instanceof JsonValue.JsonNumber n ? n.value() : BigDecimal.valueOf(defaultValue);
        return CsvCells.metric(number);
    }
}
