package org.dashboard.snapshot.adapters.http;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
 * never throws and returns within {@link HttpSourceSettings#loadDeadline()}.
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
        SortedSet<OracleKey> keys = request.keys();
        Map<OracleKey, Optional<OracleResult>> settled = new ConcurrentHashMap<>();
        Optional<OracleResult> unsettled = Optional.empty();
        if (!keys.isEmpty()) {
            List<Uni<Void>> calls = new ArrayList<>(keys.size());
            for (OracleKey key : keys) {
                OracleCall call = new OracleCall(request.context().contextId(), key, request.scope(),
                        request.requestToken());
                calls.add(Uni.createFrom().deferred(() -> upstream.fetch(call))
                        .map(reply -> UpstreamEnvelopes.fromReply(key, reply))
                        .onFailure().recoverWithItem(failure -> Optional.of(UpstreamEnvelopes.fromFailure(failure)))
                        .invoke(result -> settled.put(key, result))
                        .replaceWithVoid());
            }
            unsettled = awaitAll(calls);
        }
        Map<OracleKey, OracleResult> results = new TreeMap<>();
        for (OracleKey key : keys) {
            Optional<OracleResult> result = settled.get(key);
            if (result == null) {
                result = unsettled;
            }
            result.ifPresent(value -> results.put(key, value));
        }
        return results;
    }

    /** Waits for every call; on a problem, the error every key that has not settled yet gets. */
    private Optional<OracleResult> awaitAll(List<Uni<Void>> calls) {
        try {
            Uni.join().all(calls).usingConcurrencyOf(settings.maxConcurrency()).andCollectFailures()
                    .await().atMost(settings.loadDeadline());
            return Optional.of(UpstreamEnvelopes.upstreamError(null, "the call did not settle"));
        } catch (io.smallrye.mutiny.TimeoutException deadline) {
            return Optional.of(UpstreamEnvelopes.timedOut("not settled within the load deadline of "
                    + settings.loadDeadline().toMillis() + " ms"));
        } catch (RuntimeException failed) {
            return Optional.of(UpstreamEnvelopes.upstreamError(null, "the load failed: "
                    + OracleUpstream.describe(failed)));
        }
    }
}
