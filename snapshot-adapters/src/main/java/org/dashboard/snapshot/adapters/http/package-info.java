/**
 * The production oracle source (the coordinator port) over an HTTP upstream: one Quarkus REST client call per
 * oracle key, guarded by SmallRye Fault Tolerance (timeout, retry, circuit breaker), every failure turned into an
 * oracle error envelope so a snapshot degrades per capability instead of failing. No HTTP-client type crosses the
 * port.
 */
package org.dashboard.snapshot.adapters.http;
