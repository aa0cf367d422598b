package org.dashboard.snapshot.domain.contract;

import java.util.Objects;
import java.util.Optional;

/**
 * A capability's entry in {@code projection_statuses}: exactly {@code {"status": "ready"}} when ready, else a
 * state with a reason code and details.
 */
public record ProjectionStatus(ProjectionState state, Optional<ProjectionReason> reasonCode,
                               Optional<StatusDetails> details) {
    public static final ProjectionStatus READY = new ProjectionStatus(ProjectionState.READY, Optional.empty(),
            Optional.empty());

    public ProjectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(details, "details");
        if ((state == ProjectionState.READY) != reasonCode.isEmpty() || reasonCode.isEmpty() != details.isEmpty()) {
            throw new IllegalArgumentException("a ready status has no reason or details; any other has both");
        }
    }

    public static ProjectionStatus of(ProjectionState state, ProjectionReason reason, StatusDetails details) {
        return new ProjectionStatus(state, Optional.of(reason), Optional.of(details));
    }

    public boolean isPublished() {
        return state.isPublished();
    }
}
