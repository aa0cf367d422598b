package org.dashboard.snapshot.domain.service;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleCacheKey;

/**
 * Oracle loads in flight, by cache key (single flight): a request that needs an oracle another request is loading
 * right now waits for that load instead of asking the coordinator again, so identical concurrent requests load
 * each oracle once.
 *
 * <p>A request {@linkplain #claim claims} the keys it needs: the keys nobody is loading become its own to load
 * ({@link Claim#led()}), the others are joined ({@link Claim#joined()}). The loader settles each of its keys
 * exactly once: with a result, as left out by the coordinator, or as abandoned (its load was cancelled). A joined
 * key that ends abandoned is not an answer: the joiner claims it again and may load it itself, so a cancelled
 * request never hands its cancellation to the requests that waited for it.
 */
final class OracleFlights {
    private final Map<OracleCacheKey, Flight> inFlight = new ConcurrentHashMap<>();

    /** How many keys are being loaded right now (operators and tests). */
    int inFlight() {
        return inFlight.size();
    }

    /** Claims every key: a key nobody loads is led, one in flight is joined. */
    Claim claim(SortedMap<OracleKey, OracleCacheKey> keys) {
        SortedMap<OracleKey, Flight> led = new TreeMap<>();
        SortedMap<OracleKey, Flight> joined = new TreeMap<>();
        for (Map.Entry<OracleKey, OracleCacheKey> entry : keys.entrySet()) {
            Flight mine = new Flight(entry.getValue());
            Flight running = inFlight.putIfAbsent(entry.getValue(), mine);
            if (running == null) {
                led.put(entry.getKey(), mine);
            } else {
                joined.put(entry.getKey(), running);
            }
        }
        return new Claim(led, joined);
    }

    /** The keys a request loads itself and the keys it waits for. */
    final class Claim {
        private final SortedMap<OracleKey, Flight> led;
        private final SortedMap<OracleKey, Flight> joined;

        private Claim(SortedMap<OracleKey, Flight> led, SortedMap<OracleKey, Flight> joined) {
            this.led = Collections.unmodifiableSortedMap(led);
            this.joined = Collections.unmodifiableSortedMap(joined);
        }

        SortedMap<OracleKey, Flight> led() {
            return led;
        }

        SortedMap<OracleKey, Flight> joined() {
            return joined;
        }

        /** Settles a led key with its result ({@code null}: the coordinator left it out); later calls are ignored. */
        void settle(OracleKey key, OracleResult result) {
            Flight flight = led.get(key);
            if (flight != null && flight.outcome.complete(Optional.ofNullable(result))) {
                inFlight.remove(flight.key, flight);
            }
        }

        /** Settles every led key not settled yet as abandoned: whoever waits for it loads it again. */
        void abandonRest() {
            for (Flight flight : led.values()) {
                if (flight.outcome.cancel(false)) {
                    inFlight.remove(flight.key, flight);
                }
            }
        }
    }

    /** One key's load: completes with the result (empty: left out), or is cancelled when abandoned. */
    static final class Flight {
        private final OracleCacheKey key;
        private final CompletableFuture<Optional<OracleResult>> outcome = new CompletableFuture<>();

        private Flight(OracleCacheKey key) {
            this.key = key;
        }

        /** The outcome, for callbacks: completes normally with the result, or exceptionally when abandoned. */
        CompletableFuture<Optional<OracleResult>> outcome() {
            return outcome;
        }

        /**
         * Waits for the outcome.
         *
         * @return the result (empty: left out), or {@code null} when the load was abandoned
         * @throws InterruptedException when the waiting thread is interrupted
         */
        Optional<OracleResult> await() throws InterruptedException {
            try {
                return outcome.get();
            } catch (CancellationException abandoned) {
                return null;
            } catch (ExecutionException impossible) {
                throw new IllegalStateException("a flight settles with a result or is abandoned", impossible);
            }
        }
    }
}
