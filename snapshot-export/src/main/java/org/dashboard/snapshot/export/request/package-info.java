/**
 * The export request (the {@code export} block of an export body) and its reader with typed refusals.
 * Depends on the domain only.
 */
package org.dashboard.snapshot.export.request;
