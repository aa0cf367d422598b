package org.dashboard.snapshot.domain.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.service.StreamEvent.BundleReady;
import org.dashboard.snapshot.domain.service.StreamEvent.Ended;
import org.dashboard.snapshot.domain.service.StreamEvent.OracleSettled;
import org.dashboard.snapshot.domain.service.StreamEvent.ProjectionSettled;

/** Controlled fakes for the incremental build: no sleeps, every step released by the test. */
final class StreamFakes {
    /** Upper bound of a wait that must end at once when the code is right; reaching it fails the test. */
    static final long PATIENCE_SECONDS = 30;

    private StreamFakes() {
    }

    static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("never happened: " + what);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for: " + what, interrupted);
        }
    }

    /**
     * A coordinator whose loads the test drives: each load (by request token) blocks until {@link Held#finish};
     * {@link Held#settle} reports results through the load's callback on the test's thread. An interrupted load
     * returns at once and says so.
     */
    static final class HeldSource implements OracleSource {
        private final Map<String, Held> loads = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> started = new ConcurrentHashMap<>();
        private final java.util.List<String> order = new java.util.ArrayList<>();

        @Override
        public Map<OracleKey, OracleResult> load(OracleLoad request) {
            throw new AssertionError("the incremental build loads through loadEach");
        }

        @Override
        public void loadEach(OracleLoad request, Consumer<SortedMap<OracleKey, OracleResult>> settled) {
            Held held = new Held(request, settled);
            loads.put(request.requestToken(), held);
            synchronized (this) {
                order.add(request.requestToken());
            }
            startedLatch(request.requestToken()).countDown();
            try {
                held.finished.await();
            } catch (InterruptedException cancelled) {
                held.interrupted.countDown();
                Thread.currentThread().interrupt(); // a cancelled load returns with the interrupt status set
            }
            held.returned.countDown();
        }

        /** The request tokens loaded so far, in the order the loads started. */
        synchronized java.util.List<String> tokens() {
            return java.util.List.copyOf(order);
        }

        /** The load of a request token, once the build has asked for it. */
        Held load(String token) {
            await(startedLatch(token), "the load of " + token);
            return loads.get(token);
        }

        private CountDownLatch startedLatch(String token) {
            return started.computeIfAbsent(token, t -> new CountDownLatch(1));
        }
    }

    /** One load in progress. */
    static final class Held {
        final OracleLoad request;
        final CountDownLatch finished = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);
        final CountDownLatch returned = new CountDownLatch(1);
        private final Consumer<SortedMap<OracleKey, OracleResult>> settled;

        Held(OracleLoad request, Consumer<SortedMap<OracleKey, OracleResult>> settled) {
            this.request = request;
            this.settled = settled;
        }

        /** Reports results that settled together. */
        Held settle(Map<OracleKey, OracleResult> results) {
            settled.accept(new TreeMap<>(results));
            return this;
        }

        Held settle(OracleKey key, OracleResult result) {
            return settle(Map.of(key, result));
        }

        void finish() {
            finished.countDown();
        }
    }

    /** Runs each task on a new thread and counts the tasks that have ended. */
    static final class ThreadPerTask implements Executor {
        private final List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
        private final Map<Integer, CountDownLatch> ended = new ConcurrentHashMap<>();
        private int count;

        @Override
        public synchronized void execute(Runnable task) {
            int index = count++;
            CountDownLatch done = endedLatch(index);
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } finally {
                    done.countDown();
                }
            }, "stream-test-" + index);
            threads.add(thread);
            thread.start();
        }

        /** Waits until the {@code index}-th task (from 0) has ended. */
        void awaitEnded(int index) {
            await(endedLatch(index), "the end of task " + index);
        }

        private CountDownLatch endedLatch(int index) {
            return ended.computeIfAbsent(index, i -> new CountDownLatch(1));
        }
    }

    /** Records every signal, as compact text lines, requesting {@code initial} events up front. */
    static final class Recorder implements Flow.Subscriber<StreamEvent> {
        final List<StreamEvent> events = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch terminated = new CountDownLatch(1);
        volatile Throwable error;
        volatile boolean completed;
        volatile Flow.Subscription subscription;
        private final long initial;

        Recorder(long initial) {
            this.initial = initial;
        }

        static Recorder unbounded() {
            return new Recorder(Long.MAX_VALUE);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (initial > 0) {
                subscription.request(initial);
            }
        }

        @Override
        public void onNext(StreamEvent item) {
            events.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
            terminated.countDown();
        }

        @Override
        public void onComplete() {
            completed = true;
            terminated.countDown();
        }

        void awaitTerminated() {
            await(terminated, "the end of the stream");
        }

        /** The events so far: {@code oracle <key> <status>}, {@code projection <capability> <status>[ <reason>]}, ... */
        List<String> lines() {
            List<String> out = new ArrayList<>();
            synchronized (events) {
                for (StreamEvent event : events) {
                    out.add(line(event));
                }
            }
            return out;
        }

        BundleReady bundle() {
            synchronized (events) {
                return (BundleReady) events.get(events.size() - 1);
            }
        }

        private static String line(StreamEvent event) {
            if (event instanceof OracleSettled oracle) {
                return "oracle " + oracle.key().value() + " " + oracle.status().status();
            }
            if (event instanceof ProjectionSettled projection) {
                return "projection " + projection.capability().key() + " " + projection.status().state().wire()
                        + projection.status().reasonCode().map(reason -> " " + reason.code()).orElse("");
            }
            if (event instanceof BundleReady) {
                return "snapshot";
            }
            return "ended " + ((Ended) event).rejection().reasonCode().code();
        }
    }
}
