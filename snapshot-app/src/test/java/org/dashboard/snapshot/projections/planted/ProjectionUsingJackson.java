package org.dashboard.snapshot.projections.planted;

/** Planted violation: a projection depending on Jackson. */
public class ProjectionUsingJackson {
    com.fasterxml.jackson.databind.ObjectMapper mapper;
}
