/**
 * The soak run of the packaged service ({@link org.dashboard.snapshot.bench.soak.SoakRun}): mixed traffic at a fixed
 * rate for a bounded time against the HTTP oracle source on a faulty upstream stub and the Redis cache on a Redis
 * that restarts, with every export ZIP verified and the service's RSS sampled. Not part of the service.
 */
package org.dashboard.snapshot.bench.soak;
