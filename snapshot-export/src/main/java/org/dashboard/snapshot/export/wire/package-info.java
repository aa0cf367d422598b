/**
 * The JSON wire form of the contract (Jackson): a bounded streaming reader into domain JSON values, and deterministic snapshot and projection writers.
 */
package org.dashboard.snapshot.export.wire;
