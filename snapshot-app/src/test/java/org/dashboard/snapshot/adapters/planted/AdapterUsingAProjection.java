package org.dashboard.snapshot.adapters.planted;

import org.dashboard.snapshot.projections.common.Decimals;

/** Planted violation: an adapter using projection code. */
public class AdapterUsingAProjection {
    double round(double x) {
        return Decimals.round1(x);
    }
}
