/**
 * Assembly of a canonical snapshot from oracle result envelopes, and the reader of the request's wire form. Queryless and policy-free (FR-011).
 */
package org.dashboard.snapshot.domain.assembly;
