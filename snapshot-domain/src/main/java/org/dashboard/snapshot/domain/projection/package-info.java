/**
 * The projection SPI and engine: capabilities declare their oracles and derive independently; status precedence and failure isolation (FR-003, FR-004).
 */
package org.dashboard.snapshot.domain.projection;
