package org.dashboard.snapshot.planted.cycle.a;

/** Planted violation: half of a package cycle. */
public class A {
    org.dashboard.snapshot.planted.cycle.b.B b;
}
