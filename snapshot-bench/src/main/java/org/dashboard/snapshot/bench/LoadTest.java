package org.dashboard.snapshot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.dashboard.snapshot.export.wire.SnapshotJson;

/**
 * The load test of the packaged service: starts {@code snapshot-app/target/quarkus-app/quarkus-run.jar} on
 * loopback, measures the time until it is ready, drives each scenario at a fixed rate (open loop: latency is
 * measured from the moment a request was due, so a slow server cannot slow the load down and hide its own
 * latency), samples the server's resident set size, stops the server and writes {@code target/load-summary.json}.
 *
 * <p>Scenarios: {@code cached_snapshot_get_2000} (the get_or_build snapshot GET of the 2,000-student sample
 * section, its oracle results cached after the warm-up) and {@code projection_post_2000} (the projection-only
 * POST with the same section's oracle results in the body). Everything is bounded in time.
 *
 * <p>System properties: {@code load.port} (18080), {@code load.duration} seconds per scenario (30),
 * {@code load.warmup} seconds per scenario (10), {@code load.get-rate} (1000), {@code load.post-rate} (20),
 * {@code load.jar}, {@code load.out} (target/load-summary.json).
 */
public final class LoadTest {
    private static final int MAX_IN_FLIGHT = 512;
    private static final long SECTION = 1003;
    private static final String GENERATED_AT = SampleSection.AS_OF.toString();

    private final HttpClient client;
    private final String base;

    private LoadTest(String base) {
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "load-client");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("load.port", 18080);
        int duration = Integer.getInteger("load.duration", 30);
        int warmup = Integer.getInteger("load.warmup", 10);
        int getRate = Integer.getInteger("load.get-rate", 1000);
        int postRate = Integer.getInteger("load.post-rate", 20);
        Path jar = Path.of(System.getProperty("load.jar", "snapshot-app/target/quarkus-app/quarkus-run.jar"));
        Path out = Path.of(System.getProperty("load.out", "target/load-summary.json"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first");
        }
        String base = "http://127.0.0.1:" + port;
        long launched = System.nanoTime();
        Process server = new ProcessBuilder("java", "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.profile=dev", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "load-server.log").toFile()).start();
        RssSampler rss = new RssSampler(server.pid());
        try {
            LoadTest load = new LoadTest(base);
            double readySeconds = load.awaitReady(launched);
            System.out.printf("ready in %.2f s (pid %d)%n", readySeconds, server.pid());
            rss.start();
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/v1/sections/" + SECTION
                    + "/snapshot?generated_at=" + GENERATED_AT)).timeout(Duration.ofSeconds(10)).GET().build();
            HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/snapshots"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(projectionBody())).build();
            List<Map<String, Object>> scenarios = new ArrayList<>();
            scenarios.add(load.scenario("cached_snapshot_get_2000", get, getRate, warmup, duration));
            scenarios.add(load.scenario("projection_post_2000", post, postRate, warmup, duration));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenarios", scenarios);
            summary.put("peak_rss_mb", rss.peakMegabytes());
            summary.put("ready_s", round(readySeconds));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary));
            System.out.println("wrote " + out.toAbsolutePath());
        } finally {
            rss.stop();
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Seconds from launch until {@code /q/health/ready} answers 200 (at most 60). */
    private double awaitReady(long launched) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(Duration.ofSeconds(1)).GET().build();
        long deadline = launched + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service was not ready within 60 s; see target/load-server.log");
    }

    /** A warm-up at the same rate (not recorded), then the measured run. */
    private Map<String, Object> scenario(String name, HttpRequest request, int rate, int warmup, int duration)
            throws InterruptedException {
        System.out.printf("%s: %d rps, %d s warm-up, %d s measured%n", name, rate, warmup, duration);
        run(request, rate, warmup);
        Run run = run(request, rate, duration);
        long[] latencies = Arrays.copyOf(run.latencies, (int) run.completed.get());
        Arrays.sort(latencies);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("rate_rps", rate);
        result.put("duration_s", duration);
        result.put("requests", run.sent);
        result.put("errors", run.errors.get());
        result.put("p50_ms", round(percentile(latencies, 50)));
        result.put("p95_ms", round(percentile(latencies, 95)));
        result.put("p99_ms", round(percentile(latencies, 99)));
        result.put("throughput_rps", round(run.ok.get() / run.seconds));
        result.put("errors_by_class", run.errorsByClass());
        System.out.println("  " + result);
        return result;
    }

    private Run run(HttpRequest request, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        Run run = new Run(total);
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            run.sent++;
            if (!inFlight.tryAcquire()) {
                run.error("client_in_flight_limit");
                continue;
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                long latency = System.nanoTime() - due;
                inFlight.release();
                if (failure != null) {
                    run.error(failure.getClass().getSimpleName());
                } else if (response.statusCode() != 200) {
                    run.error("http_" + response.statusCode());
                } else {
                    run.ok.incrementAndGet();
                }
                run.record(latency);
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT); // every request answered or failed (each has a 10 s timeout)
        run.seconds = (System.nanoTime() - start) / 1e9;
        return run;
    }

    /** The projection-only request body: the 2,000-student sample section's oracle results. */
    private static byte[] projectionBody() {
        SampleSection section = SampleSections.standard(SECTION);
        Map<String, JsonValue> results = new TreeMap<>();
        for (Map.Entry<OracleKey, JsonValue> oracle : section.oracles(Scope.course()).entrySet()) {
            results.put(oracle.getKey().value(), new JsonValue.JsonObject(Map.of("status", JsonValue.of("ok"),
                    "payload", oracle.getValue())));
        }
        Map<String, JsonValue> body = new LinkedHashMap<>();
        body.put("context", new JsonValue.JsonObject(Map.of("dashboard_context_type", JsonValue.of("section"),
                "dashboard_context_id", JsonValue.of(SECTION), "user_id", JsonValue.of(1))));
        body.put("scope", new JsonValue.JsonObject(Map.of("container_type", JsonValue.of("course"))));
        body.put("parameters", new JsonValue.JsonObject(Map.of("generated_at", JsonValue.of(GENERATED_AT))));
        body.put("oracle_results", new JsonValue.JsonObject(results));
        return new SnapshotJson().writeOrdered(new JsonValue.JsonObject(body));
    }

    static double percentile(long[] sortedNanos, double percent) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** One measured run: latencies in nanoseconds, errors by class. */
    private static final class Run {
        final long[] latencies;
        final AtomicLong completed = new AtomicLong();
        final AtomicLong ok = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        private final Map<String, AtomicLong> byClass = new java.util.concurrent.ConcurrentHashMap<>();
        long sent;
        double seconds;

        Run(int capacity) {
            this.latencies = new long[capacity];
        }

        void record(long latency) {
            long slot = completed.getAndIncrement();
            if (slot < latencies.length) {
                latencies[(int) slot] = latency;
            }
        }

        void error(String errorClass) {
            errors.incrementAndGet();
            byClass.computeIfAbsent(errorClass, c -> new AtomicLong()).incrementAndGet();
        }

        Map<String, Long> errorsByClass() {
            Map<String, Long> out = new TreeMap<>();
            byClass.forEach((name, count) -> out.put(name, count.get()));
            return out;
        }
    }

    /** Samples the server's VmRSS from /proc every 100 ms and keeps the peak. */
    private static final class RssSampler {
        private final Path status;
        private final AtomicLong peakKb = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        RssSampler(long pid) {
            this.status = Path.of("/proc", Long.toString(pid), "status");
        }

        void start() {
            sample();
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        long peakMegabytes() {
            sample();
            return Math.round(peakKb.get() / 1024.0);
        }

        private void sample() {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                        peakKb.accumulateAndGet(kb, Math::max);
                    }
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended or /proc is not there: keep the peak so far
            }
        }
    }
}
