package org.dashboard.snapshot.app.auth;

import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.port.ScopeAuthorizer;

/**
 * The authorization adapter while authorization is on: the request's verified caller may read a section when it
 * is an admin, or an instructor granted that section, and only as its own user. No verified caller: refused.
 * {@link AuthWiring} chooses it (typed as itself, so the produced {@code ScopeAuthorizer} is the only one).
 */
@Singleton
@Typed(TokenScopeAuthorizer.class)
public class TokenScopeAuthorizer implements ScopeAuthorizer {
    private final CurrentCaller current;

    public TokenScopeAuthorizer(CurrentCaller current) {
        this.current = current;
    }

    @Override
    public boolean mayRead(DashboardContext context) {
        return current.get()
                .filter(caller -> caller.userId() == context.userId())
                .map(caller -> caller.mayRead(context.contextId()))
                .orElse(false);
    }
}
