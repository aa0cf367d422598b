/**
 * Telemetry adapter (the telemetry port) through Micrometer, with low-cardinality tags only.
 */
package org.dashboard.snapshot.adapters.telemetry;
