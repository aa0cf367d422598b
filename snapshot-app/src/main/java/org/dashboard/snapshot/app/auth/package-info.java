/**
 * Authorization by section: the caller a verified token names ({@code Caller}, read by {@code CallerClaims};
 * the API's {@code BearerTokenFilter} verifies the token), the request's caller ({@code CurrentCaller}), the
 * adapter of the domain's {@code ScopeAuthorizer} port ({@code TokenScopeAuthorizer}, chosen by
 * {@code AuthWiring}) and the start-up check of the settings ({@code AuthStartup}). It depends on the wiring's
 * configuration, never on the API.
 */
package org.dashboard.snapshot.app.auth;
