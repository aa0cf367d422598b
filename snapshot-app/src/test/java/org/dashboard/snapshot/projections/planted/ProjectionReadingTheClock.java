package org.dashboard.snapshot.projections.planted;

import java.time.Instant;

/** Planted violation: a projection reading the wall clock instead of generated_at. */
public class ProjectionReadingTheClock {
    Instant now() {
        return Instant.now();
    }
}
