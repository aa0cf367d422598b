/**
 * The built-in oracle source (the coordinator port) over deterministic sample sections.
 */
package org.dashboard.snapshot.adapters.sample;
