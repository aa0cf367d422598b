package org.dashboard.snapshot.domain.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.ProjectionStatus;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.fixtures.TestJson;
import org.dashboard.snapshot.domain.port.OracleCacheKey;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleResultCache;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.port.TelemetryScope;

/** In-memory fakes of the ports that record how they were used. */
final class PortFakes {
    private PortFakes() {
    }

    /**
     * A map-backed cache honouring the request-token rule (an older arrival never overwrites a newer one); it can
     * be told to throw on get and/or put.
     */
    static final class InMemoryCache implements OracleResultCache {
        final Map<OracleCacheKey, OracleResult> entries = new LinkedHashMap<>();
        final Map<OracleCacheKey, Long> arrivals = new LinkedHashMap<>();
        final List<OracleCacheKey> gets = new ArrayList<>();
        final Map<OracleCacheKey, OracleResult> puts = new LinkedHashMap<>();
        final List<Long> putArrivals = new ArrayList<>();
        boolean failGet;
        boolean failPut;

        InMemoryCache with(OracleCacheKey key, OracleResult result) {
            entries.put(key, result);
            return this;
        }

        @Override
        public synchronized Optional<OracleResult> get(OracleCacheKey key) {
            gets.add(key);
            if (failGet) {
                throw new IllegalStateException("cache down");
            }
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public synchronized void put(OracleCacheKey key, OracleResult result, long arrival) {
            puts.put(key, result);
            putArrivals.add(arrival);
            if (failPut) {
                throw new IllegalStateException("cache down");
            }
            if (arrivals.getOrDefault(key, Long.MIN_VALUE) <= arrival) {
                entries.put(key, result);
                arrivals.put(key, arrival);
            }
        }
    }

    static OracleResult ok(String payload) {
        return OracleResult.ok(TestJson.parse(payload));
    }

    /** An ok result for every oracle the service tests' catalogs use. */
    static Map<OracleKey, OracleResult> everything() {
        Map<OracleKey, OracleResult> all = new LinkedHashMap<>();
        all.put(OracleKey.PROGRESS_BINS, ok("{'bins': 1}"));
        all.put(OracleKey.SCOPE_RESOURCES, ok("{'items': []}"));
        all.put(OracleKey.SCHEDULE_POSITION, ok("{'has_schedule': false}"));
        all.put(OracleKey.PROGRESS_PROFICIENCY, ok("[]"));
        all.put(OracleKey.STUDENT_INFO, ok("[]"));
        all.put(OracleKey.GRADES, ok("{'grades': []}"));
        return all;
    }

    /** The results of {@link #everything()} for the given keys only. */
    static Map<OracleKey, OracleResult> only(OracleKey... keys) {
        Map<OracleKey, OracleResult> some = new LinkedHashMap<>();
        for (OracleKey key : keys) {
            some.put(key, everything().get(key));
        }
        return some;
    }

    /** The given results for the keys a load asks for, the rest left out. */
    static Function<OracleLoad, Map<OracleKey, OracleResult>> answering(Map<OracleKey, OracleResult> available) {
        return load -> {
            Map<OracleKey, OracleResult> out = new LinkedHashMap<>();
            for (OracleKey key : load.keys()) {
                if (available.containsKey(key)) {
                    out.put(key, available.get(key));
                }
            }
            return out;
        };
    }

    /** A coordinator that answers each load with a function of the request, and remembers the requests. */
    static final class ScriptedSource implements OracleSource {
        final List<OracleLoad> loads = new ArrayList<>();
        private final Function<OracleLoad, Map<OracleKey, OracleResult>> answer;

        ScriptedSource(Function<OracleLoad, Map<OracleKey, OracleResult>> answer) {
            this.answer = answer;
        }

        /** Answers with the given results for the keys asked for, leaving the rest out. */
        static ScriptedSource serving(Map<OracleKey, OracleResult> available) {
            return new ScriptedSource(answering(available));
        }

        @Override
        public Map<OracleKey, OracleResult> load(OracleLoad request) {
            loads.add(request);
            return answer.apply(request);
        }
    }

    /** A port that must not be touched on the projection-only path. */
    static final class Untouchable implements OracleSource, OracleResultCache {
        @Override
        public Map<OracleKey, OracleResult> load(OracleLoad request) {
            throw new AssertionError("the coordinator must not be asked");
        }

        @Override
        public Optional<OracleResult> get(OracleCacheKey key) {
            throw new AssertionError("the cache must not be read");
        }

        @Override
        public void put(OracleCacheKey key, OracleResult result, long arrival) {
            throw new AssertionError("the cache must not be written");
        }
    }

    record Assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed) {
    }

    record Derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed) {
    }

    /** Telemetry that records every call. */
    static final class RecordingTelemetry implements SnapshotTelemetry {
        final List<Assembled> assembled = new ArrayList<>();
        final List<Derived> derived = new ArrayList<>();
        final List<String> cacheFailures = new ArrayList<>();
        final List<String> exported = new ArrayList<>();
        final List<Integer> joined = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void assembled(TelemetryScope scope, Optional<ReasonCode> failure, Duration elapsed) {
            assembled.add(new Assembled(scope, failure, elapsed));
        }

        @Override
        public void derived(TelemetryScope scope, Capability capability, ProjectionStatus status, Duration elapsed) {
            derived.add(new Derived(scope, capability, status, elapsed));
        }

        @Override
        public void exported(TelemetryScope scope, String profile, Optional<ReasonCode> failure, Duration elapsed) {
            exported.add(profile);
        }

        @Override
        public void cacheFailed(String operation) {
            cacheFailures.add(operation);
        }

        @Override
        public void oraclesJoined(int count) {
            joined.add(count);
        }

        /** Waits (at most 30 s) until {@code events} joins were recorded; fails when they never are. */
        void awaitJoins(int events) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (joined.size() < events) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("never happened: " + events + " join(s), saw " + joined);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        }
    }

    /** A monotonic ticker advancing by {@code step} nanoseconds on every read. */
    static java.util.function.LongSupplier ticker(long step) {
        long[] now = {0};
        return () -> now[0] += step;
    }
}
