/**
 * Oracle result cache adapters (the cache port): Caffeine through Quarkus Cache in-process.
 */
package org.dashboard.snapshot.adapters.cache;
