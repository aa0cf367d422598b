/**
 * The {@code @QuarkusIntegrationTest} suite: the REST tests re-run, unchanged, against the packaged application
 * (the fast-jar in every {@code verify}, the native executable under {@code -Pnative}), plus startup and health
 * checks of the package itself, and the dashboard preview page in headless Chromium ({@code DashboardPreviewIT}, with
 * its page object, CSV reader and browser harness). Only tests that talk HTTP belong here: nothing is injected into
 * an integration test but the application's URL.
 */
package org.dashboard.snapshot.app.it;
