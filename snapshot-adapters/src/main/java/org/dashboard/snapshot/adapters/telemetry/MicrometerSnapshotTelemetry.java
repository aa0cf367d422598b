package org.dashboard.snapshot.adapters.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.port.TelemetryScope;

/**
 * Telemetry through Micrometer (NFR-OPS-001, DOMAIN.md 8): timers {@code snapshot.assembly},
 * {@code snapshot.projection} and {@code snapshot.export} (each also counts), and the counters
 * {@code snapshot.cache.failures} and {@code snapshot.oracle.loads.joined} (oracles a request waited for instead of
 * loading them again). Like every meter here, each appears at its first use. Tags are low-cardinality: context type, container type, capability, status,
 * profile, outcome and reason code; never ids, names or emails.
 */
@ApplicationScoped
public class MicrometerSnapshotTelemetry implements SnapshotTelemetry {
    private static final String NONE = "none";

    private static final String JOINED = "snapshot.oracle.loads.joined";

    private final MeterRegistry registry;

    public MicrometerSnapshotTelemetry(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed) {
        Timer.builder("snapshot.assembly")
                .description("Snapshot assembly")
                .tag("dashboard_context_type", scope.dashboardContextType())
                .tag("container_type", scope.containerType())
                .tag("outcome", failure.isPresent() ? "error" : "ok")
                .tag("reason_code", failure.map(ReasonCode::code).orElse(NONE))
                .register(registry)
                .record(elapsed);
    }

    @Override
    public void derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed) {
        Timer.builder("snapshot.projection")
                .description("Projection derivation by capability")
                .tag("dashboard_context_type", scope.dashboardContextType())
                .tag("container_type", scope.containerType())
                .tag("capability", capability.key())
                .tag("status", status.state().wire())
                .tag("reason_code", status.reasonCode().map(ReasonCode::code).orElse(NONE))
                .register(registry)
                .record(elapsed);
    }

    @Override
    public void exported(TelemetryScope scope, String profile, Optional<ReasonCode> failure, Duration elapsed) {
        Timer.builder("snapshot.export")
                .description("CSV ZIP export")
                .tag("dashboard_context_type", scope.dashboardContextType())
                .tag("container_type", scope.containerType())
                .tag("profile", profile)
                .tag("outcome", failure.isPresent() ? "failed" : "ok")
                .tag("reason_code", failure.map(ReasonCode::code).orElse(NONE))
                .register(registry)
                .record(elapsed);
    }

    @Override
    public void cacheFailed(String operation) {
        registry.counter("snapshot.cache.failures", "operation", operation).increment();
    }

    private Counter joined() {
        return Counter.builder(JOINED)
                .description("Oracles a get_or_build waited for, loaded by another request, instead of loading them")
                .register(registry);
    }

    @Override
    public void oraclesJoined(int count) {
        joined().increment(count);
    }
}
