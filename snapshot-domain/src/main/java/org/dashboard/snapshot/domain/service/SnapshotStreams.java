package org.dashboard.snapshot.domain.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.dashboard.snapshot.domain.assembly.AssemblyPlan;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.OracleStatus;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.service.StreamEvent.BundleReady;
import org.dashboard.snapshot.domain.service.StreamEvent.Ended;
import org.dashboard.snapshot.domain.service.StreamEvent.OracleSettled;
import org.dashboard.snapshot.domain.service.StreamEvent.ProjectionSettled;

/**
 * The incremental form of get_or_build: each capability's projection as soon as the oracles it depends on have
 * settled, with no barrier across capabilities. It orchestrates {@link DataSnapshot}'s steps (plan, load one
 * oracle at a time, record) and touches no port itself.
 *
 * <p>A build reports, in order of settlement: an {@link OracleSettled} per oracle (cache hits first, at once;
 * oracles the coordinator never reported as unavailable, at the end), then after each settlement a
 * {@link ProjectionSettled} for every capability whose required and optional oracles have now all settled, in
 * the catalog's order, each capability exactly once, derived from the results so far (a capability reads only
 * its own oracles, so this is the projection the whole snapshot gives); and last the {@link BundleReady} bundle,
 * equal to {@link DataSnapshot#getOrBuild}'s for the same inputs.
 *
 * <p>Newest wins: a build that starts for the same user, section and scope as a running one ends the older
 * stream with {@link Ended} ({@code request_superseded}); the older build keeps loading, so its late results
 * still warm the cache, but reports nothing more. Cancelling a stream's subscription stops its build: the
 * coordinator's load is interrupted.
 */
public final class SnapshotStreams {
    private final DataSnapshot snapshots;
    private final Executor executor;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<StreamKey, Build> newest = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param executor runs one task per build, for as long as its coordinator load takes
     * @param nanoTime the monotonic time source of the assembly telemetry
     */
    public SnapshotStreams(DataSnapshot snapshots, Executor executor, LongSupplier nanoTime) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Opens the incremental build of one request. A request refused before anything starts (unknown section, a
     * request the assembler refuses) is the rejection; otherwise a publisher for one subscriber, whose
     * subscription starts the build on the executor.
     */
    public Outcome<Flow.Publisher<StreamEvent>> open(ScopeRequest request) {
        long started = nanoTime.getAsLong();
        Outcome<AssemblyPlan> plan = snapshots.plan(request);
        if (!plan.isAccepted()) {
            return Outcome.rejected(plan.rejection());
        }
        return Outcome.accepted(new Build(request, plan.value(), started));
    }

    /** Builds running now: streaming, or superseded and still loading to warm the cache. */
    public int running() {
        return running.get();
    }

    /** Which streams a newer one supersedes. */
    private record StreamKey(DashboardContext context, Scope scope) {
    }

    /** One request's build: the publisher of its events and the task that loads and derives. */
    private final class Build implements Flow.Publisher<StreamEvent>, Runnable {
        private final ScopeRequest request;
        private final AssemblyPlan plan;
        private final long started;
        private final StreamKey key;
        private final AtomicBoolean subscribed = new AtomicBoolean();
        /** Capabilities not derived yet, in catalog order, with the oracles each depends on. */
        private final Map<Capability, SortedSet<OracleKey>> waiting = new LinkedHashMap<>();
        private final Map<Capability, Derivation> derived = new LinkedHashMap<>();
        private final SortedMap<OracleKey, OracleResult> results = new TreeMap<>();
        private final Set<OracleKey> settled = new TreeSet<>();
        private volatile EventFeed feed;
        private boolean superseded;
        private boolean stopped;
        private Thread worker;

        Build(ScopeRequest request, AssemblyPlan plan, long started) {
            this.request = request;
            this.plan = plan;
            this.started = started;
            this.key = new StreamKey(request.context(), plan.scope());
            ProjectionCatalog catalog = snapshots.projections().catalog();
            for (Capability capability : catalog.capabilities()) {
                if (plan.capabilities().contains(capability)) {
                    waiting.put(capability, catalog.expectedOracles(List.of(capability)));
                }
            }
        }

        @Override
        public void subscribe(Flow.Subscriber<? super StreamEvent> subscriber) {
            Objects.requireNonNull(subscriber, "subscriber");
            if (!subscribed.compareAndSet(false, true)) {
                EventFeed refused = new EventFeed(subscriber, () -> { });
                subscriber.onSubscribe(refused);
                refused.fail(new IllegalStateException("a stream has one subscriber"));
                return;
            }
            feed = new EventFeed(subscriber, this::stop);
            subscriber.onSubscribe(feed);
            if (feed.isCancelled()) {
                return;
            }
            Build older = newest.put(key, this);
            if (older != null) {
                older.supersede(plan.requestToken());
            }
            running.incrementAndGet();
            try {
                executor.execute(this);
            } catch (RejectedExecutionException full) {
                finished();
                feed.fail(full);
            }
        }

        @Override
        public void run() {
            synchronized (this) {
                if (stopped) {
                    finished();
                    return;
                }
                worker = Thread.currentThread();
            }
            try {
                settle(new TreeMap<>());
                snapshots.loadEach(request, plan, this::settle);
                complete();
            } catch (RuntimeException failed) {
                feed.fail(failed);
            } finally {
                synchronized (this) {
                    worker = null;
                    Thread.interrupted(); // an interrupt aimed at this build must not outlive it on a pooled thread
                }
                finished();
            }
        }

        private void finished() {
            newest.remove(key, this);
            running.decrementAndGet();
        }

        /** The subscriber cancelled: stop loading, unless a newer build superseded this one (it warms the cache). */
        private synchronized void stop() {
            if (superseded) {
                return;
            }
            stopped = true;
            if (worker != null) {
                worker.interrupt();
            }
        }

        private void supersede(String newerToken) {
            synchronized (this) {
                if (superseded || stopped) {
                    return;
                }
                superseded = true;
            }
            Map<String, JsonValue> details = new LinkedHashMap<>();
            details.put("field", JsonValue.of("request_token"));
            details.put("value", JsonValue.of(plan.requestToken()));
            details.put("superseded_by", JsonValue.of(newerToken));
            feed.close(new Ended(Rejection.of(RequestReason.REQUEST_SUPERSEDED, "request " + plan.requestToken()
                    + " was superseded by a newer request for the same user, section and scope",
                    new JsonValue.JsonObject(details))));
        }

        private boolean listening() {
            return !superseded && !stopped;
        }

        /** Results that settled together: their oracle events, then the capabilities they complete. */
        private synchronized void settle(SortedMap<OracleKey, OracleResult> batch) {
            if (!listening()) {
                return;
            }
            for (Map.Entry<OracleKey, OracleResult> entry : batch.entrySet()) {
                if (settled.add(entry.getKey())) {
                    results.put(entry.getKey(), entry.getValue());
                    feed.offer(new OracleSettled(plan.requestToken(), entry.getKey(),
                            OracleStatus.of(entry.getValue())));
                }
            }
            deriveSettled();
        }

        /** The oracles never reported (unavailable), the capabilities still waiting, then the bundle. */
        private synchronized void complete() {
            if (!listening()) {
                return;
            }
            for (OracleKey expected : plan.expectedOracles()) {
                if (settled.add(expected)) {
                    feed.offer(new OracleSettled(plan.requestToken(), expected, OracleStatus.Unavailable.INSTANCE));
                }
            }
            deriveSettled();
            List<Derivation> inRequestOrder = new ArrayList<>();
            for (Capability capability : plan.capabilities()) {
                inRequestOrder.add(derived.get(capability));
            }
            Snapshot bundle = Projections.bundle(plan.assemble(results), inRequestOrder);
            snapshots.recordBuilt(request, Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - started)),
                    inRequestOrder);
            feed.close(new BundleReady(bundle));
        }

        /** Derives, in catalog order, every waiting capability whose oracles have all settled. */
        private void deriveSettled() {
            Snapshot soFar = null;
            for (Iterator<Map.Entry<Capability, SortedSet<OracleKey>>> it = waiting.entrySet().iterator();
                 it.hasNext(); ) {
                Map.Entry<Capability, SortedSet<OracleKey>> entry = it.next();
                if (!settled.containsAll(entry.getValue())) {
                    continue;
                }
                if (soFar == null) {
                    soFar = plan.assemble(results);
                }
                Outcome<Derivation> derivation = snapshots.projections().derive(entry.getKey(), soFar);
                if (!derivation.isAccepted()) {
                    throw new IllegalStateException("a planned capability must derive: "
                            + derivation.rejection().message());
                }
                it.remove();
                derived.put(entry.getKey(), derivation.value());
                feed.offer(ProjectionSettled.of(plan.requestToken(), derivation.value()));
            }
        }
    }
}
