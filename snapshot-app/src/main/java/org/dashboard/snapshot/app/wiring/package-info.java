/**
 * Wiring of the framework-free modules into Quarkus: producers, configuration, the contract's ObjectMapper.
 */
package org.dashboard.snapshot.app.wiring;
