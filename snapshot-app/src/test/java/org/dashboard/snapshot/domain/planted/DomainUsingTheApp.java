package org.dashboard.snapshot.domain.planted;

/** Planted violation: a domain class that depends on the app. */
public class DomainUsingTheApp {
    org.dashboard.snapshot.app.wiring.ContractObjectMapper mapper;
}
