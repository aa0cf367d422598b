/**
 * Health checks of the service beyond the framework's own: the readiness check of the shared Redis oracle result
 * cache, registered only when {@code snapshot.cache=redis}.
 */
package org.dashboard.snapshot.app.health;
