package org.dashboard.snapshot.domain.port;

import org.dashboard.snapshot.domain.contract.DashboardContext;

/**
 * The authorization port: whether the caller of the current request may read the section of a dashboard
 * context ({@code context.userId()} is the caller's own id). get_or_build asks it before anything is loaded; a
 * refusal is {@code unauthorized_scope}. An implementation that throws counts as a refusal (fail closed).
 */
public interface ScopeAuthorizer {

    /** Authorization off: every caller may read every section. */
    ScopeAuthorizer OPEN = context -> true;

    boolean mayRead(DashboardContext context);
}
