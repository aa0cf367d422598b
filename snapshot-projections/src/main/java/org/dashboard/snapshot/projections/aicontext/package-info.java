/**
 * The {@code ai_context} capability (DOMAIN.md 3.6, 3.8, 3.9): a compact, deterministic, PII-free summary of the
 * section for an LLM prompt, as a structured {@code facts} map and a plain-text rendering bounded by
 * {@code max_chars}.
 *
 * <p>It derives nothing of its own: every value comes from the rules of the other capabilities, reused through
 * their public readers and pure helpers (summary metrics and class size, student_support bucket counts,
 * challenging objective titles, assessments with a "bad" completion status, the lowest-completion progress
 * series items). {@link org.dashboard.snapshot.projections.aicontext.AiContextProjection} is the SPI
 * implementation, {@link org.dashboard.snapshot.projections.aicontext.AiContextFacts} the typed facts,
 * {@link org.dashboard.snapshot.projections.aicontext.AiContextText} the text rendering and truncation,
 * {@link org.dashboard.snapshot.projections.aicontext.AiContextBody} the wire shape with its parity facts, and
 * {@link org.dashboard.snapshot.projections.aicontext.SharedThresholds} the thresholds borrowed from the other
 * capabilities' parameter blocks.
 */
package org.dashboard.snapshot.projections.aicontext;
