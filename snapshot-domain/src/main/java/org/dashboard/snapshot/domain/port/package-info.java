/**
 * The ports the orchestration needs, named in domain words: the coordinator (OracleSource), the oracle result cache, telemetry and the authorizer (ScopeAuthorizer). Only DataSnapshot and the app wiring use them.
 */
package org.dashboard.snapshot.domain.port;
