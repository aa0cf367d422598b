/**
 * The {@code summary} capability (DOMAIN.md 3.1, 3.8, 3.9): the scope header, the three course metrics with their
 * tiles (cards), the class size, and the AI recommendation, all from optional oracles.
 *
 * <p>{@link org.dashboard.snapshot.projections.summary.SummaryProjection} is the SPI implementation;
 * {@link org.dashboard.snapshot.projections.summary.SummaryBody} and its nested records are the wire shape;
 * {@link org.dashboard.snapshot.projections.summary.SummaryInputs} reads and validates the payload fields the
 * summary uses; {@link org.dashboard.snapshot.projections.summary.SummaryMetrics} computes the metrics and the
 * class size from those typed inputs (also used by {@code ai_context});
 * {@link org.dashboard.snapshot.projections.summary.Recommendations} maps the recommendation payload.
 */
package org.dashboard.snapshot.projections.summary;
