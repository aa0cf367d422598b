package org.dashboard.snapshot.app.health;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.dashboard.snapshot.adapters.http.OracleUpstream;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness check {@value #NAME}: which oracle source serves ({@code sample} or {@code http}) and, for the
 * HTTP source, the state of the upstream's circuit breaker. The sample source is always ready. The HTTP source is
 * reported DOWN while its circuit is open: every oracle call would fail fast, so the gateway should prefer other
 * instances until the circuit's trial call succeeds; it is UP when the circuit is closed or half-open.
 */
@Readiness
@ApplicationScoped
public class OracleSourceReadiness implements HealthCheck {
    /** The name of the check in {@code /q/health/ready}. */
    public static final String NAME = "oracle-source";

    private final SnapshotConfig config;
    private final Instance<CircuitBreakerMaintenance> circuits;

    public OracleSourceReadiness(SnapshotConfig config, Instance<CircuitBreakerMaintenance> circuits) {
        this.config = config;
        this.circuits = circuits;
    }

    @Override
    public HealthCheckResponse call() {
        String source = config.oracleSource();
        if (!source.equals("http")) {
            return HealthCheckResponse.named(NAME).withData("source", source).up().build();
        }
        CircuitBreakerState state = circuits.get().currentState(OracleUpstream.CIRCUIT);
        return HealthCheckResponse.named(NAME)
                .withData("source", source)
                .withData("circuit", state.name().toLowerCase(java.util.Locale.ROOT))
                .status(state != CircuitBreakerState.OPEN)
                .build();
    }
}
