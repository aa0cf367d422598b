package org.dashboard.snapshot.domain.service;

import java.util.Objects;
import java.util.Optional;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.DashboardContext;

/**
 * A get_or_build request: who asks for which section, the assembly options (scope, capabilities,
 * parameters, versions), an optional request token, and the data version the cache keys by.
 */
public record ScopeRequest(DashboardContext context, Optional<String> requestToken, AssemblyOptions options,
                           String dataVersion) {
    public static final String CURRENT_DATA = "current";

    public ScopeRequest {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(requestToken, "requestToken");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(dataVersion, "dataVersion");
    }

    public static ScopeRequest of(DashboardContext context, AssemblyOptions options) {
        return new ScopeRequest(context, Optional.empty(), options, CURRENT_DATA);
    }
}
