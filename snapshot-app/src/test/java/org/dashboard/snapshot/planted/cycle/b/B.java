package org.dashboard.snapshot.planted.cycle.b;

/** Planted violation: the other half of a package cycle. */
public class B {
    org.dashboard.snapshot.planted.cycle.a.A a;
}
