package org.dashboard.snapshot.app.auth;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.dashboard.snapshot.domain.port.ScopeAuthorizer;

/** Chooses the {@link ScopeAuthorizer} the domain gets: the token's grants while authorization is on. */
@Singleton
public class AuthWiring {

    /** The token's grants while {@code snapshot.auth.enabled}; every section to every caller otherwise. */
    @Produces
    @Singleton
    ScopeAuthorizer scopeAuthorizer(SnapshotConfig config, Instance<TokenScopeAuthorizer> token) {
        return config.auth().enabled() ? token.get() : ScopeAuthorizer.OPEN;
    }
}
