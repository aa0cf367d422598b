package org.dashboard.snapshot.domain.planted;

/** Planted violation: a domain class that depends on Vert.x. */
public class DomainUsingAFramework {
    io.vertx.core.Vertx vertx;
}
