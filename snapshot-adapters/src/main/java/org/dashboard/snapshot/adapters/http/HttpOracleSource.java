package org.dashboard.snapshot.adapters.http;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleSource;

/**
 * The production oracle source: one call per oracle key to the configured upstream
 * ({@code GET {base}/sections/{section_id}/oracles/{oracle_key}}, see {@link OracleUpstreamClient}), the calls of
 * one load concurrent (at most {@link HttpSourceSettings#maxConcurrency()} in flight) and each settling on its
 * own, guarded by {@link OracleUpstream}'s timeout, retry and circuit breaker. Failures become error envelopes
 * ({@link UpstreamEnvelopes}), a 404 leaves the key out, so the snapshot degrades per capability. {@link #load}
 * and {@link #loadEach} (which reports each oracle as it settles) never throw and return within
 * {@link HttpSourceSettings#loadDeadline()}.
 */
@ApplicationScoped
@Typed(HttpOracleSource.class) // the app wiring chooses which implementation serves the port
public class HttpOracleSource implements OracleSource {
    private final OracleUpstream upstream;
    private final HttpSourceSettings settings;

    public HttpOracleSource(OracleUpstream upstream, HttpSourceSettings settings) {
        this.upstream = upstream;
        this.settings = settings;
    }

    /** The upstream decides per oracle (an unknown section answers 404 per key). */
    @Override
    public boolean servesSection(long sectionId) {
        return true;
    }

    @Override
    public Map<OracleKey, OracleResult> load(OracleLoad request) {
        Map<OracleKey, OracleResult> results = new ConcurrentHashMap<>();
        loadEach(request, results::putAll);
        return new TreeMap<>(results);
    }

    /**
     * Reports each oracle as its call settles (from the thread that settled it), and at the end the keys still
     * unsettled, together. An interrupt of the caller cancels the calls in flight (their HTTP requests are
     * abandoned) and returns at once; the keys not settled then are reported as upstream errors.
     */
    @Override
    public void loadEach(OracleLoad request, Consumer<SortedMap<OracleKey, OracleResult>> settled) {
        SortedSet<OracleKey> keys = request.keys();
        if (keys.isEmpty()) {
            return;
        }
        Set<OracleKey> reported = ConcurrentHashMap.newKeySet();
        List<Uni<Void>> calls = new ArrayList<>(keys.size());
        for (OracleKey key : keys) {
            OracleCall call = new OracleCall(request.context().contextId(), key, request.scope(),
                    request.requestToken());
            calls.add(Uni.createFrom().deferred(() -> upstream.fetch(call))
                    .map(reply -> UpstreamEnvelopes.fromReply(key, reply))
                    .onFailure().recoverWithItem(failure -> Optional.of(UpstreamEnvelopes.fromFailure(failure)))
                    .invoke(result -> {
                        if (reported.add(key) && result.isPresent()) {
                            settled.accept(new TreeMap<>(Map.of(key, result.get())));
                        }
                    })
                    .replaceWithVoid());
        }
        OracleResult unsettled = awaitAll(calls);
        SortedMap<OracleKey, OracleResult> rest = new TreeMap<>();
        for (OracleKey key : keys) {
            if (reported.add(key)) {
                rest.put(key, unsettled);
            }
        }
        if (!rest.isEmpty()) {
            settled.accept(rest);
        }
    }

    /**
     * Waits for every call, at most the load deadline; returns the error every key that has not settled by then
     * gets. The calls still in flight at the deadline or at an interrupt are cancelled.
     */
    private OracleResult awaitAll(List<Uni<Void>> calls) {
        CompletableFuture<Void> all = new CompletableFuture<>();
        Cancellable inFlight = Uni.join().all(calls).usingConcurrencyOf(settings.maxConcurrency())
                .andCollectFailures()
                .subscribe().with(done -> all.complete(null), all::completeExceptionally);
        try {
            all.get(settings.loadDeadline().toMillis(), TimeUnit.MILLISECONDS);
            return UpstreamEnvelopes.upstreamError(null, "the call did not settle");
        } catch (TimeoutException deadline) {
            inFlight.cancel();
            return UpstreamEnvelopes.timedOut("not settled within the load deadline of "
                    + settings.loadDeadline().toMillis() + " ms");
        } catch (InterruptedException cancelled) {
            inFlight.cancel();
            Thread.currentThread().interrupt();
            return UpstreamEnvelopes.upstreamError(null, "the load was cancelled");
        } catch (ExecutionException failed) {
            return UpstreamEnvelopes.upstreamError(null, "the load failed: "
                    + OracleUpstream.describe(failed.getCause()));
        }
    }
}
