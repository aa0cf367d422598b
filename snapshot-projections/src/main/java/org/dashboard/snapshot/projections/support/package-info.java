/**
 * The {@code student_support} capability (DOMAIN.md 3.3, 3.7, 3.9): sorts the students of
 * {@code oracle_instructor_student_info} into the four support buckets (struggling, on track, excelling, not
 * enough information) from their rounded progress and proficiency, marks each active or inactive, and exposes the
 * parity facts of the {@code student_support_summary} and {@code student_support_list} CSV datasets.
 *
 * <p>{@link org.dashboard.snapshot.projections.support.StudentSupportProjection} is the SPI entry point. The
 * payload readers ({@link org.dashboard.snapshot.projections.support.ProgressProficiency#read},
 * {@link org.dashboard.snapshot.projections.support.StudentInfo#read}), the rules
 * ({@link org.dashboard.snapshot.projections.support.SupportParameters}) and the pure derivation
 * ({@link org.dashboard.snapshot.projections.support.StudentSupport}) are public so that other capabilities (such
 * as {@code ai_context}) count buckets with exactly the same rules.
 */
package org.dashboard.snapshot.projections.support;
