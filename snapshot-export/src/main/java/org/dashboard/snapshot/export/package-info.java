/**
 * The CSV ZIP export ({@code build_zip}, FR-006..FR-009, AC-002..AC-005): the inclusion policy, the
 * deterministic ZIP and its manifest with parity fingerprints (FR-012). A transform of a snapshot bundle: it never
 * reaches a port, an adapter or a clock. Depends on {@code export.dataset}, {@code export.csv},
 * {@code export.request}, the domain and Jackson.
 */
package org.dashboard.snapshot.export;
