/**
 * The shared oracle result cache of several instances (the cache port over Redis, through the Quarkus Redis
 * client): one key per {@code OracleCacheKey} under a configurable prefix, the result envelope as compact JSON
 * written and read with Jackson's streaming API, a time to live on every entry, and a short timeout on every
 * command. An unreachable, slow or garbled Redis never becomes an error of a request: the adapter throws a plain
 * {@link java.lang.IllegalStateException}, which the orchestration turns into a miss and counts as a cache failure.
 */
package org.dashboard.snapshot.adapters.redis;
