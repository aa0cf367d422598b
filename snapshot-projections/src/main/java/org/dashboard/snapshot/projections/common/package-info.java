/**
 * Rules shared by the capability projections: rounding, scope resources, parameter validation and parity facts.
 */
package org.dashboard.snapshot.projections.common;
