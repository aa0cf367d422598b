package org.dashboard.snapshot.domain.service;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.dashboard.snapshot.domain.assembly.Assembler;
import org.dashboard.snapshot.domain.assembly.AssemblyPlan;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.port.DerivationMemo;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.port.ScopeAuthorizer;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.port.TelemetryScope;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.DerivationKey;
import org.dashboard.snapshot.domain.projection.Projections;

/**
 * The public entry point for scoped snapshots and projections, and the only domain class that touches the
 * ports (FR-011). It orchestrates; the assembler, the projection engine and the export stay queryless.
 *
 * <ul>
 *   <li>{@link #project}: the projection-only path over caller-supplied oracle results (no port touched but
 *       telemetry).</li>
 *   <li>{@link #getOrBuild}: asks the authorizer whether the caller may read the section, then reads required oracles from the cache, asks the coordinator for the misses and all
 *       optional oracles, writes successful results back, assembles and derives.</li>
 *   <li>{@link #plan}, {@link #loadEach} and {@link #recordBuilt}: the same steps one oracle at a time, for the
 *       incremental form ({@link SnapshotStreams}).</li>
 * </ul>
 */
public final class DataSnapshot {
    private final Assembler assembler;
    private final Projections projections;
    private final OracleSource source;
    private final OracleResultCache cache;
    private final SnapshotTelemetry telemetry;
    private final ScopeAuthorizer authorizer;
    private final Map<OracleKey, Integer> oracleVersions;
    private final LongSupplier nanoTime;
    private final DerivationMemo memo;
    private final LongSupplier arrivals;
    private final OracleFlights flights;

    /**
     * A service without authorization ({@link ScopeAuthorizer#OPEN}): every caller may read every section.
     *
     * @param oracleVersions the oracle version each key is cached under (absent keys: 0)
     */
    public DataSnapshot(Assembler assembler, Projections projections, OracleSource source, OracleResultCache cache,
                        SnapshotTelemetry telemetry, Map<OracleKey, Integer> oracleVersions, LongSupplier nanoTime) {
        this(assembler, projections, source, cache, telemetry, ScopeAuthorizer.OPEN, oracleVersions, nanoTime);
    }

    /**
     * @param authorizer decides whether the caller may read a section, before anything is loaded for it
     * @param oracleVersions the oracle version each key is cached under (absent keys: 0)
     */
    public DataSnapshot(Assembler assembler, Projections projections, OracleSource source, OracleResultCache cache,
                        SnapshotTelemetry telemetry, ScopeAuthorizer authorizer,
                        Map<OracleKey, Integer> oracleVersions, LongSupplier nanoTime) {
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.assembler = Objects.requireNonNull(assembler, "assembler");
        this.projections = Objects.requireNonNull(projections, "projections");
        this.source = Objects.requireNonNull(source, "source");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.telemetry = Objects.requireNonNull(telemetry, "telemetry");
        this.oracleVersions = Map.copyOf(oracleVersions);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.memo = DerivationMemo.NONE;
        this.arrivals = Arrivals.system();
        this.flights = new OracleFlights();
    }

    private DataSnapshot(DataSnapshot base, DerivationMemo memo, LongSupplier arrivals) {
        this.assembler = base.assembler;
        this.projections = base.projections;
        this.source = base.source;
        this.cache = base.cache;
        this.telemetry = base.telemetry;
        this.oracleVersions = base.oracleVersions;
        this.authorizer = base.authorizer;
        this.nanoTime = base.nanoTime;
        this.memo = Objects.requireNonNull(memo, "memo");
        this.arrivals = Objects.requireNonNull(arrivals, "arrivals");
        this.flights = base.flights;
    }

    /** The same service, reusing published derivations remembered by {@code memo} (see {@link DerivationMemo}). */
    public DataSnapshot withMemo(DerivationMemo memo) {
        return new DataSnapshot(this, memo, arrivals);
    }

    /** The same service, stamping request arrivals with {@code arrivals} (tests: {@link Arrivals} by default). */
    DataSnapshot withArrivals(LongSupplier arrivals) {
        return new DataSnapshot(this, memo, arrivals);
    }

    /** How many oracle keys are being loaded right now, by all requests together (operators and tests). */
    public int oraclesInFlight() {
        return flights.inFlight();
    }

    public Assembler assembler() {
        return assembler;
    }

    public Projections projections() {
        return projections;
    }

    /** The projection-only path: assemble the caller's oracle results and derive the requested capabilities. */
    public Outcome<Snapshot> project(SnapshotRequest request) {
        long started = nanoTime.getAsLong();
        Outcome<AssemblyPlan> plan = assembler.plan(request.context(), request.requestToken(), request.options());
        return build(plan, request.context(), request.options().scope(), started,
                p -> request.oracleResults(), DerivationMemo.NONE);
    }

    /**
     * get_or_build: authorize, then cache, then coordinator for what the cache lacks, then assemble and derive. A
     * section the caller may not read is {@code unauthorized_scope} whether the section exists or not, so a refusal
     * tells nothing about which sections are served.
     */
    public Outcome<Snapshot> getOrBuild(ScopeRequest request) {
        long started = nanoTime.getAsLong();
        Outcome<AssemblyPlan> plan = plan(request, started);
        if (!plan.isAccepted()) {
            return Outcome.rejected(plan.rejection());
        }
        return build(plan, request.context(), request.options().scope(), started, p -> load(request, p), memo);
    }

    /**
     * One capability of a bundle. A capability the bundle did not derive is derived now from the bundle's
     * oracles. Unknown capability: {@code unknown_capability}. Not published (failed, unavailable, or partial
     * without {@code allowPartial}): rejected with the projection's own reason code and its status in the
     * details.
     */
    public Outcome<CapabilityView> getProjection(Snapshot bundle, Capability capability, boolean allowPartial) {
        ProjectionStatus status = bundle.projectionStatuses().get(capability);
        if (status == null || (status.isPublished() && !bundle.projections().containsKey(capability))) {
            Outcome<Derivation> derived = projections.derive(capability, bundle);
            if (!derived.isAccepted()) {
                return Outcome.rejected(derived.rejection());
            }
            bundle = Projections.bundle(bundle, List.of(derived.value()));
            status = derived.value().status();
        }
        boolean servable = status.state() == ProjectionState.READY
                || (status.state() == ProjectionState.PARTIAL && allowPartial);
        if (!servable) {
            ProjectionReason reason = status.reasonCode().orElseThrow();
            Map<String, JsonValue> details = new LinkedHashMap<>();
            details.put("capability", JsonValue.of(capability.key()));
            details.put("status", JsonValue.of(status.state().wire()));
            details.put("allow_partial", JsonValue.of(allowPartial));
            String message = status.state() == ProjectionState.PARTIAL
                    ? capability + " is partial; ask with allow_partial=true to receive it"
                    : capability + " is " + status.state().wire() + " (" + reason.code() + ")";
            return Outcome.rejected(Rejection.of(reason, message, new JsonObject(details)));
        }
        return Outcome.accepted(new CapabilityView(capability, status, bundle.projections().get(capability),
                bundle.fingerprints().get(capability)));
    }

    /** A rejection for a capability key no projection serves. */
    public static Rejection unknownCapability(String key) {
        return Rejection.ofField(RequestReason.UNKNOWN_CAPABILITY, "capability", JsonValue.of(key),
                "unknown capability '" + key + "'");
    }

    // The incremental form of get_or_build (SnapshotStreams): the same steps, one oracle at a time.

    /**
     * The start of a get_or_build, refused before anything is loaded: a section the caller may not read
     * ({@code unauthorized_scope}), an unknown section ({@code unknown_section}), or a request the assembler
     * refuses (recorded as a refused assembly). {@link #getOrBuild} starts with it.
     */
    public Outcome<AssemblyPlan> plan(ScopeRequest request) {
        return plan(request, nanoTime.getAsLong());
    }

    /** {@link #plan(ScopeRequest)} of a request that started at {@code started} (a {@code nanoTime} reading). */
    private Outcome<AssemblyPlan> plan(ScopeRequest request, long started) {
        Optional<Rejection> refused = authorizeAndFind(request.context());
        if (refused.isPresent()) {
            return Outcome.rejected(refused.get());
        }
        Outcome<AssemblyPlan> plan = assembler.plan(request.context(), request.requestToken(), request.options());
        if (!plan.isAccepted()) {
            telemetry.assembled(tags(request), Optional.of(plan.rejection().reasonCode()), since(started));
        }
        return plan;
    }

    /**
     * get_or_build's loading step, reported as results settle: the cached results of required oracles first (one
     * batch, at once), then the coordinator's results for the misses and every optional oracle, as it settles
     * them. Each ok result is written back to the cache before it is reported, so a result that settles after
     * its listener stopped listening still warms the cache. A key is reported at most once; a coordinator that
     * throws settles every key it has not reported as {@code coordinator_failed}. A key another request is
     * loading right now is reported when that load settles it, not asked for again (single flight,
     * {@link OracleFlights}). Interrupting the calling thread cancels the coordinator's load
     * ({@link OracleSource#loadEach}) and the wait for the others' loads.
     */
    public void loadEach(ScopeRequest request, AssemblyPlan plan,
                         Consumer<SortedMap<OracleKey, OracleResult>> settled) {
        SortedMap<OracleKey, OracleResult> cached = new TreeMap<>();
        TreeSet<OracleKey> misses = new TreeSet<>();
        readCache(request, plan, cached, misses);
        if (!cached.isEmpty()) {
            settled.accept(cached);
        }
        SortedSet<OracleKey> pending = new TreeSet<>(misses);
        pending.addAll(plan.optionalOracles());
        if (pending.isEmpty()) {
            return;
        }
        long arrival = arrivals.getAsLong();
        Set<OracleKey> reported = ConcurrentHashMap.newKeySet();
        reported.addAll(cached.keySet());
        AtomicBoolean listening = new AtomicBoolean(true);
        Consumer<SortedMap<OracleKey, OracleResult>> report = batch -> {
            SortedMap<OracleKey, OracleResult> fresh = new TreeMap<>();
            for (Map.Entry<OracleKey, OracleResult> entry : batch.entrySet()) {
                if (entry.getValue() != null && reported.add(entry.getKey())) {
                    fresh.put(entry.getKey(), entry.getValue());
                }
            }
            if (!fresh.isEmpty() && listening.get()) {
                settled.accept(fresh);
            }
        };
        try {
            while (!pending.isEmpty() && !Thread.currentThread().isInterrupted()) {
                OracleFlights.Claim claim = claim(pending, request);
                Map<OracleKey, CompletableFuture<Void>> delivered = new TreeMap<>();
                claim.joined().forEach((key, flight) -> delivered.put(key, flight.outcome().thenAccept(
                        outcome -> outcome.ifPresent(result -> report.accept(new TreeMap<>(Map.of(key, result)))))));
                if (!claim.led().isEmpty()) {
                    leadEach(request, plan, claim, misses, arrival, report);
                }
                pending = awaitDelivered(delivered);
            }
        } finally {
            listening.set(false);
        }
    }

    /**
     * Loads the led keys of a claim one by one: each ok result is written back and settles its flight (and so
     * reaches the requests that joined it) as it comes; errors and keys left out settle when the load ends, or
     * are abandoned when this request was cancelled (so the requests that joined them load them again).
     */
    private void leadEach(ScopeRequest request, AssemblyPlan plan, OracleFlights.Claim claim, Set<OracleKey> misses,
                          long arrival, Consumer<SortedMap<OracleKey, OracleResult>> report) {
        OracleLoad load = loadOf(request, plan, claim.led().keySet(), misses);
        Map<OracleKey, OracleResult> failures = new ConcurrentHashMap<>();
        try {
            source.loadEach(load, batch -> {
                writeBack(request, claim, arrival, batch, failures);
                report.accept(batch);
            });
        } catch (RuntimeException sourceFailed) {
            SortedMap<OracleKey, OracleResult> failed = coordinatorFailed(load.keys(), sourceFailed);
            failed.forEach(failures::putIfAbsent);
            report.accept(failed);
        } finally {
            settleLed(claim, failures);
        }
    }

    /**
     * Waits until the results of the joined keys were reported; returns the keys whose loader abandoned them, to
     * be claimed again. An interrupt stops the wait (the request was cancelled).
     */
    private static SortedSet<OracleKey> awaitDelivered(Map<OracleKey, CompletableFuture<Void>> delivered) {
        SortedSet<OracleKey> again = new TreeSet<>();
        for (Map.Entry<OracleKey, CompletableFuture<Void>> entry : delivered.entrySet()) {
            try {
                entry.getValue().get();
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
                return new TreeSet<>();
            } catch (ExecutionException failed) {
                if (!(failed.getCause() instanceof CancellationException)) {
                    throw new IllegalStateException("reporting a joined oracle failed", failed.getCause());
                }
                again.add(entry.getKey());
            }
        }
        return again;
    }

    /**
     * Telemetry of an incremental build, as {@link #getOrBuild} records it: the assembly (how long it took from
     * the request to the last settled oracle), then each derivation.
     */
    public void recordBuilt(ScopeRequest request, Duration assembly, Collection<Derivation> derivations) {
        TelemetryScope tags = tags(request);
        telemetry.assembled(tags, Optional.empty(), assembly);
        for (Derivation derivation : derivations) {
            telemetry.derived(tags, derivation.capability(), derivation.status(), derivation.elapsed());
        }
    }

    private static TelemetryScope tags(ScopeRequest request) {
        return new TelemetryScope(request.context().type().wire(), request.options().scope().containerType());
    }

    private interface ResultLoader {
        Map<OracleKey, OracleResult> load(AssemblyPlan plan);
    }

    private Outcome<Snapshot> build(Outcome<AssemblyPlan> planned, DashboardContext context, Scope scope,
                                    long started, ResultLoader loader, DerivationMemo memo) {
        TelemetryScope tags = new TelemetryScope(context.type().wire(), scope.containerType());
        if (!planned.isAccepted()) {
            telemetry.assembled(tags, Optional.of(planned.rejection().reasonCode()), since(started));
            return Outcome.rejected(planned.rejection());
        }
        AssemblyPlan plan = planned.value();
        Snapshot snapshot = plan.assemble(loader.load(plan));
        telemetry.assembled(tags, Optional.empty(), since(started));
        Outcome<Map<Capability, Derivation>> derived = deriveAll(snapshot, plan.capabilities(), memo);
        if (!derived.isAccepted()) {
            return Outcome.rejected(derived.rejection());
        }
        for (Derivation derivation : derived.value().values()) {
            telemetry.derived(tags, derivation.capability(), derivation.status(), derivation.elapsed());
        }
        return Outcome.accepted(Projections.bundle(snapshot, derived.value().values()));
    }

    /**
     * The engine's derive_all, each capability first looked up in the memo; published derivations are kept. Only
     * get_or_build uses the memo: the projection-only path parses new payloads for every request, which could
     * never match a key.
     */
    private Outcome<Map<Capability, Derivation>> deriveAll(Snapshot snapshot, List<Capability> capabilities,
                                                           DerivationMemo memo) {
        if (memo == DerivationMemo.NONE) {
            return projections.deriveAll(snapshot, capabilities);
        }
        Map<Capability, Derivation> out = new LinkedHashMap<>();
        for (Capability capability : capabilities) {
            if (out.containsKey(capability)) {
                continue;
            }
            long started = nanoTime.getAsLong();
            Optional<DerivationKey> key = projections.keyOf(capability, snapshot);
            Optional<Derivation> remembered = key.flatMap(k -> memoGet(memo, k));
            if (remembered.isPresent()) {
                out.put(capability, Projections.rebind(remembered.get(), snapshot, since(started)));
                continue;
            }
            Outcome<Derivation> one = projections.derive(capability, snapshot);
            if (!one.isAccepted()) {
                return Outcome.rejected(one.rejection());
            }
            if (one.value().status().isPublished()) {
                memoPut(memo, key.orElseThrow(), one.value());
            }
            out.put(capability, one.value());
        }
        return Outcome.accepted(out);
    }

    private static Optional<Derivation> memoGet(DerivationMemo memo, DerivationKey key) {
        try {
            Optional<Derivation> hit = memo.get(key);
            return hit == null ? Optional.empty() : hit;
        } catch (RuntimeException memoFailed) {
            return Optional.empty();
        }
    }

    private static void memoPut(DerivationMemo memo, DerivationKey key, Derivation derivation) {
        try {
            memo.put(key, derivation);
        } catch (RuntimeException memoFailed) {
            // forgetting costs only a derivation next time
        }
    }

    /**
     * get_or_build's loading step: the cached results of required oracles, then the coordinator for the misses
     * and every optional oracle. A key another request is loading right now is not asked for again: this request
     * waits for that load (single flight, {@link OracleFlights}). Ok results are written back with this request's
     * arrival stamp.
     */
    private Map<OracleKey, OracleResult> load(ScopeRequest request, AssemblyPlan plan) {
        Map<OracleKey, OracleResult> cached = new TreeMap<>();
        TreeSet<OracleKey> misses = new TreeSet<>();
        readCache(request, plan, cached, misses);
        SortedSet<OracleKey> pending = new TreeSet<>(misses);
        pending.addAll(plan.optionalOracles());
        Map<OracleKey, OracleResult> loaded = new TreeMap<>();
        long arrival = pending.isEmpty() ? 0 : arrivals.getAsLong();
        while (!pending.isEmpty()) {
            OracleFlights.Claim claim = claim(pending, request);
            if (!claim.led().isEmpty()) {
                lead(request, plan, claim, misses, arrival, loaded);
            }
            pending = awaitJoined(claim, loaded);
        }
        return Assembler.merge(cached, loaded);
    }

    /** Loads the led keys of a claim in one coordinator call, writes the ok results back and settles the flights. */
    private void lead(ScopeRequest request, AssemblyPlan plan, OracleFlights.Claim claim, Set<OracleKey> misses,
                      long arrival, Map<OracleKey, OracleResult> loaded) {
        Map<OracleKey, OracleResult> failures = new TreeMap<>();
        try {
            Map<OracleKey, OracleResult> results = loadFromSource(loadOf(request, plan, claim.led().keySet(), misses));
            writeBack(request, claim, arrival, results, failures);
            loaded.putAll(results);
        } finally {
            settleLed(claim, failures);
        }
    }

    /**
     * Results the coordinator settled: each ok one is written back with the request's arrival stamp and settles
     * its flight at once; the others are kept in {@code failures} for the end of the load ({@link #settleLed}).
     */
    private void writeBack(ScopeRequest request, OracleFlights.Claim claim, long arrival,
                           Map<OracleKey, OracleResult> results, Map<OracleKey, OracleResult> failures) {
        for (Map.Entry<OracleKey, OracleResult> entry : results.entrySet()) {
            if (entry.getValue() instanceof OracleResult.Ok ok) {
                cachePut(cacheKey(entry.getKey(), ok.oracleVersion(), request), ok, arrival);
                claim.settle(entry.getKey(), ok);
            } else if (entry.getValue() != null) {
                failures.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
    }

    /**
     * Settles the led keys not settled yet: with their error, or as left out. When this request was cancelled
     * (its thread is interrupted) they are abandoned instead, so a request that waited for them loads them itself
     * rather than taking this request's cancellation for an answer.
     */
    private static void settleLed(OracleFlights.Claim claim, Map<OracleKey, OracleResult> failures) {
        if (!Thread.currentThread().isInterrupted()) {
            for (OracleKey key : claim.led().keySet()) {
                claim.settle(key, failures.get(key));
            }
        }
        claim.abandonRest();
    }

    /**
     * Waits for the joined keys and adds their results; returns the keys whose loader abandoned them, to be
     * claimed again. Interrupted, the keys still waited for fail as {@code coordinator_failed}.
     */
    private static SortedSet<OracleKey> awaitJoined(OracleFlights.Claim claim, Map<OracleKey, OracleResult> loaded) {
        SortedSet<OracleKey> again = new TreeSet<>();
        SortedSet<OracleKey> cancelled = new TreeSet<>();
        for (Map.Entry<OracleKey, OracleFlights.Flight> joined : claim.joined().entrySet()) {
            if (!cancelled.isEmpty()) {
                cancelled.add(joined.getKey());
                continue;
            }
            try {
                Optional<OracleResult> outcome = joined.getValue().await();
                if (outcome == null) {
                    again.add(joined.getKey());
                } else {
                    outcome.ifPresent(result -> loaded.put(joined.getKey(), result));
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                cancelled.add(joined.getKey());
            }
        }
        if (!cancelled.isEmpty()) {
            loaded.putAll(coordinatorFailed(cancelled, new IllegalStateException("the load was cancelled")));
        }
        return again;
    }

    /** The coordinator's request for the given keys: those among the cache misses are required, the rest optional. */
    private static OracleLoad loadOf(ScopeRequest request, AssemblyPlan plan, Set<OracleKey> keys,
                                     Set<OracleKey> misses) {
        TreeSet<OracleKey> required = new TreeSet<>();
        TreeSet<OracleKey> optional = new TreeSet<>();
        for (OracleKey key : keys) {
            (misses.contains(key) ? required : optional).add(key);
        }
        return new OracleLoad(request.context(), plan.scope(), plan.requestToken(), required, optional);
    }

    /** Claims the keys' flights (a key's flight identity is its cache key under the configured oracle version). */
    private OracleFlights.Claim claim(Set<OracleKey> keys, ScopeRequest request) {
        SortedMap<OracleKey, OracleCacheKey> flightKeys = new TreeMap<>();
        for (OracleKey key : keys) {
            flightKeys.put(key, cacheKey(key, versionOf(key), request));
        }
        OracleFlights.Claim claim = flights.claim(flightKeys);
        if (!claim.joined().isEmpty()) {
            telemetry.oraclesJoined(claim.joined().size());
        }
        return claim;
    }

    /**
     * The first steps of every get_or_build: may the caller read the section ({@code unauthorized_scope}, asked
     * first, so a refusal tells nothing about which sections exist), is the section served ({@code unknown_section}).
     */
    private Optional<Rejection> authorizeAndFind(DashboardContext context) {
        long sectionId = context.contextId();
        if (!mayRead(context)) {
            return Optional.of(Rejection.ofField(RequestReason.UNAUTHORIZED_SCOPE, "section_id",
                    JsonValue.of(sectionId), "the caller may not read section " + sectionId));
        }
        if (!servesSection(sectionId)) {
            return Optional.of(Rejection.ofField(RequestReason.UNKNOWN_SECTION, "section_id",
                    JsonValue.of(sectionId), "no section " + sectionId + " is served here"));
        }
        return Optional.empty();
    }

    private boolean mayRead(DashboardContext context) {
        try {
            return authorizer.mayRead(context);
        } catch (RuntimeException authorizerFailed) {
            return false;
        }
    }

    private boolean servesSection(long sectionId) {
        try {
            return source.servesSection(sectionId);
        } catch (RuntimeException sourceFailed) {
            return true;
        }
    }

    private Map<OracleKey, OracleResult> loadFromSource(OracleLoad load) {
        try {
            Map<OracleKey, OracleResult> results = source.load(load);
            return results == null ? Map.of() : results;
        } catch (RuntimeException sourceFailed) {
            return coordinatorFailed(load.keys(), sourceFailed);
        }
    }

    /** The required oracles' cached ok results into {@code hits}; the others into {@code misses}. */
    private void readCache(ScopeRequest request, AssemblyPlan plan, Map<OracleKey, OracleResult> hits,
                           Set<OracleKey> misses) {
        for (OracleKey key : plan.requiredOracles()) {
            Optional<OracleResult> hit = cacheGet(cacheKey(key, versionOf(key), request));
            if (hit.isPresent() && hit.get() instanceof OracleResult.Ok) {
                hits.put(key, hit.get());
            } else {
                misses.add(key);
            }
        }
    }

    /** Every given key as an {@code oracle_error} envelope {@code {"code": "coordinator_failed"}}. */
    private static SortedMap<OracleKey, OracleResult> coordinatorFailed(Collection<OracleKey> keys,
                                                                        RuntimeException sourceFailed) {
        SortedMap<OracleKey, OracleResult> failed = new TreeMap<>();
        JsonObject reason = new JsonObject(Map.of("code", JsonValue.of("coordinator_failed"),
                "message", JsonValue.of(String.valueOf(sourceFailed.getMessage()))));
        for (OracleKey key : keys) {
            failed.put(key, new OracleResult.Error(0, false, reason, Map.of()));
        }
        return failed;
    }

    private Optional<OracleResult> cacheGet(OracleCacheKey key) {
        try {
            Optional<OracleResult> hit = cache.get(key);
            return hit == null ? Optional.empty() : hit;
        } catch (RuntimeException cacheDown) {
            telemetry.cacheFailed("get");
            return Optional.empty();
        }
    }

    private void cachePut(OracleCacheKey key, OracleResult result, long arrival) {
        try {
            cache.put(key, result, arrival);
        } catch (RuntimeException cacheDown) {
            telemetry.cacheFailed("put");
        }
    }

    private int versionOf(OracleKey key) {
        return oracleVersions.getOrDefault(key, 0);
    }

    private static OracleCacheKey cacheKey(OracleKey key, int version, ScopeRequest request) {
        return new OracleCacheKey(key, version, request.context().contextId(), request.options().scope(),
                request.dataVersion());
    }

    private Duration since(long started) {
        return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - started));
    }
}
