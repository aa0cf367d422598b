package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ArrivalsTest {

    @Test
    void aStampIsTheArrivalTimeInMicroseconds() {
        Arrivals arrivals = new Arrivals(() -> 1_764_000_000_123L);
        assertEquals(1_764_000_000_123_000L, arrivals.getAsLong());
    }

    @Test
    void stampsStrictlyIncreaseWithinAMillisecondAndWhenTheClockStepsBack() {
        AtomicLong millis = new AtomicLong(5);
        Arrivals arrivals = new Arrivals(millis::get);
        List<Long> stamps = new ArrayList<>();
        stamps.add(arrivals.getAsLong());
        stamps.add(arrivals.getAsLong());
        millis.set(3);
        stamps.add(arrivals.getAsLong());
        millis.set(7);
        stamps.add(arrivals.getAsLong());
        assertEquals(List.of(5_000L, 5_001L, 5_002L, 7_000L), stamps);
    }

    @Test
    void theSystemClockStampsNow() {
        long before = System.currentTimeMillis() * 1000;
        long stamp = Arrivals.system().getAsLong();
        long after = System.currentTimeMillis() * 1000;
        assertEquals(true, stamp >= before && stamp <= after, before + " <= " + stamp + " <= " + after);
    }
}
