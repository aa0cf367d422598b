/**
 * Native-image readiness of the service: what the native build must keep for reflection (the projection body
 * records Jackson serialises by introspection), declared here so the framework-free modules carry no Quarkus
 * annotation. {@code ReflectionRegistrationTest} fails when a serialised record is missing.
 */
package org.dashboard.snapshot.app.nativeimage;
