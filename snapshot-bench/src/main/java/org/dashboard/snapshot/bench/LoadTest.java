package org.dashboard.snapshot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dashboard.snapshot.domain.contract.Scope;

/**
 * The load test of the packaged service: starts {@code snapshot-app/target/quarkus-app/quarkus-run.jar} on
 * loopback, measures the time until it is ready, drives each scenario at a fixed rate with {@code wrk} (Debian's
 * package; each connection paced by {@code load-wrk.lua}), samples the server's resident set size, stops the
 * server and writes {@code target/load-summary.json}. It also prints the server's CPU per request of each
 * measured run (from /proc), which the summary's shape has no field for. A rate the service cannot keep up with shows as a lower
 * {@code throughput_rps} than {@code rate_rps}.
 *
 * <p>Scenarios: {@code cached_snapshot_get_2000} (the get_or_build snapshot GET of the 2,000-student sample
 * section, its oracle results cached after the warm-up) and {@code projection_post_2000} (the projection-only
 * POST with the same section's oracle results in the body). Everything is bounded in time.
 *
 * <p>System properties: {@code load.port} (18080), {@code load.duration} seconds per scenario (30),
 * {@code load.warmup} seconds per scenario (10), {@code load.get-rate} (1000), {@code load.post-rate} (10),
 * {@code load.jar}, {@code load.jvm-args} (the server's JVM options, -Xmx256m), {@code load.out}
 * (target/load-summary.json).
 */
public final class LoadTest {
    /** wrk's connections: enough that a request every 32 ms on each gives 1,000 requests per second. */
    private static final int CONNECTIONS = 32;
    private static final long SECTION = 1003;
    private static final String GENERATED_AT = SampleRequests.GENERATED_AT;

    private final HttpClient client;
    private final String base;
    private final Path serverStat;

    private LoadTest(String base, long serverPid) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.base = base;
        this.serverStat = Path.of("/proc", Long.toString(serverPid), "stat");
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("load.port", 18080);
        int duration = Integer.getInteger("load.duration", 30);
        int warmup = Integer.getInteger("load.warmup", 10);
        int getRate = Integer.getInteger("load.get-rate", 1000);
        int postRate = Integer.getInteger("load.post-rate", 10);
        Path jar = Path.of(System.getProperty("load.jar", "snapshot-app/target/quarkus-app/quarkus-run.jar"));
        Path out = Path.of(System.getProperty("load.out", "target/load-summary.json"));
        Files.createDirectories(Path.of("target"));
        PackagedService server = PackagedService.start(jar, System.getProperty("load.jvm-args", "-Xmx256m"), port,
                List.of("-Dquarkus.profile=dev"), Path.of("target", "load-server.log"));
        RssSeries rss = new RssSeries(server.pid(), System.nanoTime());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            LoadTest load = new LoadTest(server.base(), server.pid());
            double readySeconds = server.awaitReady(load.client, Duration.ofSeconds(60));
            System.out.printf("ready in %.2f s (pid %d)%n", readySeconds, server.pid());
            sampler.scheduleAtFixedRate(rss::sample, 0, 100, TimeUnit.MILLISECONDS);
            Path body = Path.of("target", "load-projection-body.json");
            Files.write(body, projectionBody());
            List<Map<String, Object>> scenarios = new ArrayList<>();
            scenarios.add(load.scenario("cached_snapshot_get_2000", "/api/v1/sections/" + SECTION
                    + "/snapshot?generated_at=" + GENERATED_AT, null, getRate, warmup, duration));
            scenarios.add(load.scenario("projection_post_2000", "/api/v1/snapshots", body, postRate, warmup,
                    duration));
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("scenarios", scenarios);
            rss.sample();
            summary.put("peak_rss_mb", Math.round(rss.peakKb() / 1024.0));
            summary.put("ready_s", round(readySeconds));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.write(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary));
            System.out.println("wrote " + out.toAbsolutePath());
        } finally {
            sampler.shutdownNow();
            server.stop();
        }
    }

    /** A warm-up at the same rate (not recorded), then the measured run, both driven by wrk. */
    private Map<String, Object> scenario(String name, String path, Path body, int rate, int warmup, int duration)
            throws IOException, InterruptedException {
        System.out.printf("%s: %d rps, %d s warm-up, %d s measured%n", name, rate, warmup, duration);
        wrk(path, body, rate, warmup);
        long[] cpuBefore = serverCpuTicks();
        Map<String, Object> measured = wrk(path, body, rate, duration);
        long[] cpuAfter = serverCpuTicks();
        double seconds = ((Number) measured.get("duration_us")).doubleValue() / 1e6;
        long requests = ((Number) measured.get("requests")).longValue();
        Map<String, Long> errorsByClass = new TreeMap<>();
        for (String kind : List.of("non_2xx", "connect", "read", "write", "timeout")) {
            long count = ((Number) measured.get(kind)).longValue();
            if (count > 0) {
                errorsByClass.put(kind, count);
            }
        }
        long errors = errorsByClass.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("rate_rps", rate);
        result.put("duration_s", duration);
        result.put("requests", requests);
        result.put("errors", errors);
        result.put("p50_ms", round(((Number) measured.get("p50_us")).doubleValue() / 1000));
        result.put("p95_ms", round(((Number) measured.get("p95_us")).doubleValue() / 1000));
        result.put("p99_ms", round(((Number) measured.get("p99_us")).doubleValue() / 1000));
        result.put("throughput_rps", round((requests - errors) / seconds));
        result.put("errors_by_class", errorsByClass);
        System.out.println("  " + result);
        if (requests > 0 && cpuBefore.length == 2 && cpuAfter.length == 2) { // /proc ticks are 10 ms
            System.out.printf("  server CPU per request: %.2f ms user, %.2f ms system%n",
                    (cpuAfter[0] - cpuBefore[0]) * 10.0 / requests, (cpuAfter[1] - cpuBefore[1]) * 10.0 / requests);
        }
        return result;
    }

    /**
     * One wrk run: {@link #CONNECTIONS} connections, each pausing {@code connections / rate} seconds before
     * each request, so the offered load is the rate while the service keeps up (wrk measures each request from
     * send to last byte). Returns wrk's summary as written by the script's {@code done}.
     */
    private Map<String, Object> wrk(String path, Path body, int rate, int seconds)
            throws IOException, InterruptedException {
        int connections = Math.max(1, Math.min(CONNECTIONS, rate));
        Path script = Path.of("target", "load-wrk.lua");
        try (var in = LoadTest.class.getResourceAsStream("load-wrk.lua")) {
            Files.write(script, in.readAllBytes());
        }
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t", "2", "-c", Integer.toString(connections), "-d",
                seconds + "s", "--timeout", "10s", "-s", script.toString(), base + path);
        builder.environment().put("LOAD_INTERVAL_MS", Long.toString(Math.round(1000.0 * connections / rate)));
        if (body != null) {
            builder.environment().put("LOAD_BODY", body.toString());
        }
        Process wrk;
        try {
            wrk = builder.redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new IllegalStateException("the load test drives the service with wrk: install Debian's package"
                    + " (apt-get install wrk)", missing);
        }
        String output = new String(wrk.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no summary from wrk:\n" + output));
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = new ObjectMapper().readValue(json, Map.class);
        return summary;
    }

    /** The server's user and system CPU so far, in clock ticks (utime, stime of /proc/<pid>/stat); empty if unknown. */
    private long[] serverCpuTicks() {
        try {
            String stat = Files.readString(serverStat);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException unknown) {
            return new long[0];
        }
    }

    /** The projection-only request body: the 2,000-student sample section's oracle results. */
    private static byte[] projectionBody() {
        return SampleRequests.write(SampleRequests.projectionBody(SECTION, Scope.course()));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
