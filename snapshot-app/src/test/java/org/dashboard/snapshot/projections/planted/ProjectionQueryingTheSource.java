package org.dashboard.snapshot.projections.planted;

import org.dashboard.snapshot.domain.port.OracleSource;

/** Planted violation: a projection reaching the coordinator port. */
public class ProjectionQueryingTheSource {
    OracleSource source;
}
