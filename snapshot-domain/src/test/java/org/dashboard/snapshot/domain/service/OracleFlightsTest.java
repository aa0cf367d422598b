package org.dashboard.snapshot.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.junit.jupiter.api.Test;

class OracleFlightsTest {
    private static final OracleResult GRADES_OK = OracleResult.ok(JsonValue.of(1));

    private static SortedMap<OracleKey, OracleCacheKey> keys(String dataVersion, OracleKey... oracles) {
        SortedMap<OracleKey, OracleCacheKey> out = new TreeMap<>();
        for (OracleKey oracle : oracles) {
            out.put(oracle, new OracleCacheKey(oracle, 0, 42, Scope.course(), dataVersion));
        }
        return out;
    }

    private final OracleFlights flights = new OracleFlights();

    @Test
    void theFirstClaimLeadsAndALaterOneJoinsTheSameFlight() throws InterruptedException {
        OracleFlights.Claim first = flights.claim(keys("d1", OracleKey.GRADES, OracleKey.STUDENT_INFO));
        OracleFlights.Claim second = flights.claim(keys("d1", OracleKey.GRADES, OracleKey.PROGRESS_BINS));
        assertEquals(Set.of(OracleKey.GRADES, OracleKey.STUDENT_INFO), first.led().keySet());
        assertEquals(Set.of(), first.joined().keySet());
        assertEquals(Set.of(OracleKey.PROGRESS_BINS), second.led().keySet());
        assertEquals(Set.of(OracleKey.GRADES), second.joined().keySet());
        assertSame(first.led().get(OracleKey.GRADES), second.joined().get(OracleKey.GRADES));
        assertEquals(3, flights.inFlight());

        first.settle(OracleKey.GRADES, GRADES_OK);
        assertEquals(Optional.of(GRADES_OK), second.joined().get(OracleKey.GRADES).await());
        assertEquals(2, flights.inFlight(), "a settled flight is gone");
    }

    @Test
    void anotherDataVersionIsAnotherFlight() {
        flights.claim(keys("d1", OracleKey.GRADES));
        OracleFlights.Claim other = flights.claim(keys("d2", OracleKey.GRADES));
        assertEquals(Set.of(OracleKey.GRADES), other.led().keySet());
    }

    @Test
    void aKeyLeftOutSettlesEmptyAndOnlyTheFirstSettlementCounts() throws InterruptedException {
        OracleFlights.Claim first = flights.claim(keys("d1", OracleKey.GRADES));
        OracleFlights.Flight flight = first.led().get(OracleKey.GRADES);
        first.settle(OracleKey.GRADES, null);
        first.settle(OracleKey.GRADES, GRADES_OK);
        first.abandonRest();
        assertEquals(Optional.empty(), flight.await());
        assertEquals(0, flights.inFlight());
    }

    @Test
    void settlingAKeyTheClaimDoesNotLeadChangesNothing() {
        OracleFlights.Claim first = flights.claim(keys("d1", OracleKey.GRADES));
        OracleFlights.Claim second = flights.claim(keys("d1", OracleKey.GRADES));
        second.settle(OracleKey.GRADES, GRADES_OK);
        assertTrue(!first.led().get(OracleKey.GRADES).outcome().isDone(), "only the loader settles a flight");
        assertEquals(1, flights.inFlight());
    }

    @Test
    void abandonedFlightsAwaitAsNullAndFreeTheKeyForANewLoader() throws InterruptedException {
        OracleFlights.Claim first = flights.claim(keys("d1", OracleKey.GRADES, OracleKey.STUDENT_INFO));
        OracleFlights.Claim second = flights.claim(keys("d1", OracleKey.GRADES));
        first.settle(OracleKey.STUDENT_INFO, GRADES_OK);
        first.abandonRest();
        assertNull(second.joined().get(OracleKey.GRADES).await());
        assertEquals(Optional.of(GRADES_OK), first.led().get(OracleKey.STUDENT_INFO).await(),
                "a settled flight is not abandoned afterwards");
        assertEquals(0, flights.inFlight());
        assertEquals(Set.of(OracleKey.GRADES), flights.claim(keys("d1", OracleKey.GRADES)).led().keySet());
    }
}
