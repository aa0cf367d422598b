/**
 * The snapshot contract: context, scope, oracle envelopes and statuses, projection statuses, reason codes, versions and the snapshot itself (FR-001, FR-002, FR-010).
 */
package org.dashboard.snapshot.domain.contract;
