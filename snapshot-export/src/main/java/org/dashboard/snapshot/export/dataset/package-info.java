/**
 * The dataset registry (FR-009): export profiles, dataset specs with their required projections and policies,
 * the {@link org.dashboard.snapshot.export.dataset.DatasetSerializer} seam and one serializer per dataset, each
 * rendering exactly DOMAIN.md 5's columns, rows and formats from the projection bodies.
 */
package org.dashboard.snapshot.export.dataset;
