package org.dashboard.snapshot.domain.port;

import java.time.Duration;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.ReasonCode;

/**
 * The telemetry port: outcomes and durations of assembly, projection and export, tagged with low-cardinality
 * scope metadata only (never ids, names or emails).
 */
public interface SnapshotTelemetry {

    /** Telemetry that records nothing. */
    SnapshotTelemetry NONE = new SnapshotTelemetry() {
        @Override
        public void assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed) {
        }

        @Override
        public void derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed) {
        }

        @Override
        public void exported(TelemetryScope scope, String profile, Optional<ReasonCode> failure, Duration elapsed) {
        }

        @Override
        public void cacheFailed(String operation) {
        }
    };

    void assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed);

    void derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed);

    void exported(TelemetryScope scope, String profile, Optional<ReasonCode> failure, Duration elapsed);

    /** The cache port threw during {@code get} or {@code put}; the request went on as a miss. */
    void cacheFailed(String operation);
}
