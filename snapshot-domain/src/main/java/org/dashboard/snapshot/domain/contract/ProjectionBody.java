package org.dashboard.snapshot.domain.contract;

import java.util.List;

/**
 * The capability-specific content of a published projection (a record of the projections module).
 * Its core metrics are also exposed as canonical parity facts (DOMAIN.md section 7).
 */
public interface ProjectionBody {

    /**
     * Canonical facts for the parity check, such as {@code progress|101|count=3}; any order (the fingerprint
     * sorts them). Every fact a CSV dataset renders must be here.
     */
    List<String> parityFacts();
}
