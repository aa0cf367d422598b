package org.dashboard.snapshot.domain.port;

import java.util.Objects;

/** Low-cardinality tags of a request: {@code dashboard_context_type} and {@code container_type}. */
public record TelemetryScope(String dashboardContextType, String containerType) {
    public static final TelemetryScope UNKNOWN = new TelemetryScope("unknown", "unknown");

    public TelemetryScope {
        Objects.requireNonNull(dashboardContextType, "dashboardContextType");
        Objects.requireNonNull(containerType, "containerType");
    }
}
