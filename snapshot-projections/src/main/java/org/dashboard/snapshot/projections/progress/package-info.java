/**
 * The {@code progress} capability (DOMAIN.md 3.2, 3.8, 3.9): how many students have completed each item of the
 * scope, from the decile bins of {@code oracle_instructor_progress_bins}, with the optional schedule marker.
 *
 * <p>{@link org.dashboard.snapshot.projections.progress.ProgressProjection} is the SPI implementation;
 * {@link org.dashboard.snapshot.projections.progress.ProgressBody} and its nested records are the wire shape;
 * {@link org.dashboard.snapshot.projections.progress.ProgressBins} reads and validates the bins payload, and
 * {@link org.dashboard.snapshot.projections.progress.ProgressSeries} builds the series (also used by
 * {@code ai_context} for the lowest-completion items).
 */
package org.dashboard.snapshot.projections.progress;
