/**
 * The {@code assessments} capability (DOMAIN.md 3.5, 3.8, 3.9): reads {@code oracle_instructor_grades} and the
 * scope resources, and publishes one row per graded page with its dates, completion against the
 * {@code completion_threshold_pct} parameter, score metrics and the ten-range score histogram. Also offers the
 * titles of assessments with a "bad" completion to {@code ai_context}.
 */
package org.dashboard.snapshot.projections.assessments;
