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

        @Override
        public void oraclesJoined(int count) {
        }
    };

    void assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed);

    void derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed);

    void exported(TelemetryScope scope, String profile, Optional<ReasonCode> failure, Duration elapsed);

    /** The cache port threw during {@code get} or {@code put}; the request went on as a miss. */
    void cacheFailed(String operation);

    /**
     * A get_or_build found {@code count} of the oracles it needs being loaded by another request right now, and
     * waits for those loads instead of asking the coordinator again (single flight).
     */
    void oraclesJoined(int count);
}
