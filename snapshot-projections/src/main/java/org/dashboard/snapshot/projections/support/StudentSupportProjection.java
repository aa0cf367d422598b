package org.dashboard.snapshot.projections.support;

import java.util.List;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.CapabilityProjection;
import org.dashboard.snapshot.domain.projection.ProjectionInput;

/**
 * The {@code student_support} capability (DOMAIN.md 3.3): requires {@code oracle_instructor_progress_proficiency}
 * and {@code oracle_instructor_student_info}, no optional oracle; parameters in {@code parameters.student_support}
 * ({@link SupportParameters}). Reads and validates both payloads (progress first), then derives with
 * {@link StudentSupport#derive}.
 */
public final class StudentSupportProjection implements CapabilityProjection {
    public static final Capability CAPABILITY = Capability.of("student_support");

    @Override
    public Capability capability() {
        return CAPABILITY;
    }

    @Override
    public List<OracleKey> requiredOracles() {
        return List.of(OracleKey.PROGRESS_PROFICIENCY, OracleKey.STUDENT_INFO);
    }

    @Override
    public List<OracleKey> optionalOracles() {
        return List.of();
    }

    @Override
    public JsonObject effectiveParameters(JsonObject requested) {
        return SupportParameters.validate(requested);
    }

    @Override
    public StudentSupportBody derive(ProjectionInput input) {
        List<ProgressProficiency> progress = ProgressProficiency.read(input.required(OracleKey.PROGRESS_PROFICIENCY));
        List<StudentInfo> students = StudentInfo.read(input.required(OracleKey.STUDENT_INFO));
        return StudentSupport.derive(progress, students, SupportParameters.of(input.parameters()),
                input.generatedAt(), input.projectionVersion());
    }
}
