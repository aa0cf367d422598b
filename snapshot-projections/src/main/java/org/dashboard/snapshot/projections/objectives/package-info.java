/**
 * The {@code challenging_objectives} capability (DOMAIN.md 3.4, 3.8, 3.9): reads
 * {@code oracle_instructor_objectives_proficiency}, numbers the objective tree, and publishes the objectives
 * whose proficiency mode is "Low" together with their ancestors as context rows. Also offers the challenging
 * objective titles to {@code ai_context}.
 */
package org.dashboard.snapshot.projections.objectives;
