package org.dashboard.snapshot.bench.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dashboard.snapshot.bench.PackagedService;
import org.dashboard.snapshot.bench.RssSeries;
import org.dashboard.snapshot.bench.soak.RequestMix.Planned;

/**
 * The soak run of the packaged service: a bounded run (5 minutes by default) of mixed traffic at a fixed rate
 * against {@code snapshot-app/target/quarkus-app/quarkus-run.jar}, with the HTTP oracle source pointed at a faulty
 * upstream and the Redis oracle result cache on a Redis that is killed and restarted while the traffic runs.
 * Everything binds 127.0.0.1 only.
 *
 * <ol>
 *   <li>starts the {@link FaultyUpstream} stub in process (random port; a seeded share of calls delayed, some past
 *       the service's 2 s per-call timeout, answered 500/503, or answered with an error envelope);</li>
 *   <li>starts {@code redis-server} ({@link RedisServer}) on a free port (never 6390, the test suite's);</li>
 *   <li>starts the service (dev profile: no tokens; {@code snapshot.oracle-source=http},
 *       {@code snapshot.cache=redis}, {@code -Xmx256m}) and waits for {@code /q/health/ready};</li>
 *   <li>sends requests open-loop at {@code soak.rate} per second from a scheduler ({@link RequestMix}: valid
 *       snapshot GETs, projection GETs and exports, and invalid requests), asynchronously with
 *       {@link HttpClient}, at most {@code soak.max-in-flight} in flight; verifies every export ZIP
 *       ({@link ExportZipCheck}) and classifies every answer ({@link Outcomes});</li>
 *   <li>kills Redis every {@code soak.redis-restart-every} and starts it again on the same port after
 *       {@code soak.redis-down};</li>
 *   <li>samples the service's RSS once a second ({@link RssSeries});</li>
 *   <li>stops, writes {@code target/soak-summary.json} and prints a short summary.</li>
 * </ol>
 *
 * <p>The run passes when no valid request got a 5xx answer, no export was lost (a valid export without a 2xx
 * answer) or corrupted (a ZIP that does not open or whose entries do not match the manifest's SHA-256), and the RSS
 * grew less than 10 % from the end of minute 1 to the end of the run (for runs shorter than 2 minutes: from half
 * way, see {@code rss_start_at_s}). It exits with 1 when it did not pass. Every child process (the service,
 * redis-server) and the stub are stopped at the end, on failure and on a shutdown signal alike.
 *
 * <p>System properties: {@code soak.duration} (ISO-8601, PT5M; or seconds), {@code soak.rate} (20),
 * {@code soak.max-in-flight} (64), {@code soak.request-timeout} (PT30S), {@code soak.redis-restart-every} (PT60S),
 * {@code soak.redis-down} (PT3S), {@code soak.seed} (20261128), {@code soak.jar}, {@code soak.jvm-args} (the
 * service's JVM options, -Xmx256m), {@code soak.out} (target/soak-summary.json).
 */
public final class SoakRun {
    /** The RSS may grow less than this, in percent, from the start sample to the end. */
    static final double RSS_GROWTH_LIMIT_PERCENT = 10;
    /** The port the test suite's Redis uses; never taken here. */
    private static final int CI_REDIS_PORT = 6390;

    private final Settings settings;
    /** What to stop at the end, last started first. */
    private final Deque<Stoppable> children = new ArrayDeque<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** A child to stop; stopping twice is harmless. */
    @FunctionalInterface
    private interface Stoppable {
        void stop() throws Exception;
    }

    /** The run's settings, from system properties. */
    record Settings(Duration duration, int rate, int maxInFlight, Duration requestTimeout, Duration redisRestartEvery,
                    Duration redisDown, long seed, Path jar, String jvmArgs, Path out) {
        static Settings fromSystemProperties() {
            return new Settings(duration("soak.duration", "PT5M"), Integer.getInteger("soak.rate", 20),
                    Integer.getInteger("soak.max-in-flight", 64), duration("soak.request-timeout", "PT30S"),
                    duration("soak.redis-restart-every", "PT60S"), duration("soak.redis-down", "PT3S"),
                    Long.getLong("soak.seed", 20_261_128L),
                    Path.of(System.getProperty("soak.jar", "snapshot-app/target/quarkus-app/quarkus-run.jar")),
                    System.getProperty("soak.jvm-args", "-Xmx256m"),
                    Path.of(System.getProperty("soak.out", "target/soak-summary.json")));
        }

        /** An ISO-8601 duration ({@code PT1M}) or a whole number of seconds. */
        private static Duration duration(String property, String fallback) {
            String text = System.getProperty(property, fallback).trim();
            return text.matches("[0-9]+") ? Duration.ofSeconds(Long.parseLong(text)) : Duration.parse(text);
        }

        /** When the RSS start sample is taken: the end of minute 1, or half way through a run under 2 minutes. */
        double rssStartSeconds() {
            return duration.compareTo(Duration.ofMinutes(2)) >= 0 ? 60 : duration.toMillis() / 2000.0;
        }
    }

    private SoakRun(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        SoakRun run = new SoakRun(Settings.fromSystemProperties());
        Thread hook = new Thread(run::stopChildren, "soak-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean passed;
        try {
            passed = run.run();
        } finally {
            run.stopChildren();
        }
        if (!passed) {
            System.exit(1);
        }
    }

    /** The whole run; true when it passed. */
    private boolean run() throws Exception {
        Files.createDirectories(Path.of("target"));
        FaultyUpstream upstream = FaultyUpstream.start(settings.seed());
        children.push(upstream::close);
        RedisServer redis = RedisServer.start(freePort(), Path.of("target", "soak-redis.log"));
        children.push(redis::close);
        PackagedService service = PackagedService.start(settings.jar(), settings.jvmArgs(), freePort(), List.of(
                "-Dquarkus.profile=dev",
                "-Dsnapshot.oracle-source=http",
                "-Dquarkus.rest-client.oracle-upstream.url=http://127.0.0.1:" + upstream.port(),
                "-Dsnapshot.cache=redis",
                "-Dquarkus.redis.hosts=redis://127.0.0.1:" + redis.port()), Path.of("target", "soak-server.log"));
        children.push(service::stop);
        double ready = service.awaitReady(client, Duration.ofSeconds(60));
        System.out.printf("soak: service ready in %.2f s (pid %d, %s), upstream stub on port %d, redis-server on "
                        + "port %d; %d requests/s for %s%n", ready, service.pid(), service.base(), upstream.port(),
                redis.port(), settings.rate(), settings.duration());

        long started = System.nanoTime();
        Outcomes outcomes = new Outcomes(started);
        RssSeries rss = new RssSeries(service.pid(), started);
        AtomicInteger restarts = new AtomicInteger();
        AtomicInteger restartFailures = new AtomicInteger();
        Semaphore inFlight = new Semaphore(settings.maxInFlight());
        ScheduledExecutorService traffic = Executors.newSingleThreadScheduledExecutor(daemon("soak-traffic"));
        ScheduledExecutorService chores = Executors.newScheduledThreadPool(2, daemon("soak-chores"));
        children.push(chores::shutdownNow);
        children.push(traffic::shutdownNow);
        RequestMix mix = new RequestMix();
        Random random = new Random(settings.seed());
        traffic.scheduleAtFixedRate(() -> send(mix.next(random), service.base(), outcomes, inFlight),
                0, TimeUnit.SECONDS.toNanos(1) / settings.rate(), TimeUnit.NANOSECONDS);
        chores.scheduleAtFixedRate(rss::sample, 0, 1, TimeUnit.SECONDS);
        long every = settings.redisRestartEvery().toMillis();
        chores.scheduleAtFixedRate(() -> restartRedis(redis, started, restarts, restartFailures),
                every, every, TimeUnit.MILLISECONDS);
        chores.scheduleAtFixedRate(() -> progress(started, outcomes, rss, redis), 30, 30, TimeUnit.SECONDS);

        Thread.sleep(settings.duration().toMillis());
        traffic.shutdown();
        traffic.awaitTermination(5, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        rss.sample();
        chores.shutdown();
        chores.awaitTermination(settings.redisDown().toSeconds() + 10, TimeUnit.SECONDS);
        if (inFlight.tryAcquire(settings.maxInFlight(), settings.requestTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
            inFlight.release(settings.maxInFlight());
        }

        Map<String, Object> summary = summary(outcomes, rss, seconds, ready, restarts.get(), restartFailures.get(),
                upstream, redis, service);
        Files.createDirectories(settings.out().toAbsolutePath().getParent());
        Files.write(settings.out(), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsBytes(summary));
        print(summary);
        System.out.println("soak: wrote " + settings.out().toAbsolutePath());
        return (Boolean) summary.get("passed");
    }

    /** Sends one request unless the in-flight limit is reached; the answer is classified when it arrives. */
    private void send(Planned request, String base, Outcomes outcomes, Semaphore inFlight) {
        try {
            if (!inFlight.tryAcquire()) {
                outcomes.notSent(request);
                return;
            }
            long sent = System.nanoTime();
            client.sendAsync(request.toHttp(base, settings.requestTimeout()), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        try {
                            long elapsed = System.nanoTime() - sent;
                            if (failure != null) {
                                outcomes.failed(request, failure, elapsed);
                            } else {
                                outcomes.answered(request, response.statusCode(),
                                        response.headers().firstValue("Content-Type").orElse(""), response.body(),
                                        elapsed);
                            }
                        } finally {
                            inFlight.release();
                        }
                    });
        } catch (RuntimeException bug) {
            // a scheduled task that throws is never run again: report and keep the traffic going
            System.err.println("soak: could not send " + request.path() + ": " + bug);
        }
    }

    /** Kills Redis, waits {@code soak.redis-down} and starts it again, unless the run ends before it is back. */
    private void restartRedis(RedisServer redis, long started, AtomicInteger restarts, AtomicInteger failures) {
        long remaining = settings.duration().toNanos() - (System.nanoTime() - started);
        if (remaining < settings.redisDown().plusSeconds(2).toNanos()) {
            return;
        }
        try {
            redis.kill();
            Thread.sleep(settings.redisDown().toMillis());
            redis.start();
            restarts.incrementAndGet();
            System.out.printf("soak: [%4.0f s] redis-server restarted (%d so far)%n",
                    (System.nanoTime() - started) / 1e9, restarts.get());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException failed) {
            failures.incrementAndGet();
            System.err.println("soak: restarting redis-server failed: " + failed);
        }
    }

    private static void progress(long started, Outcomes outcomes, RssSeries rss, RedisServer redis) {
        Map<String, Long> classes = new LinkedHashMap<>(outcomes.byClass());
        classes.values().removeIf(count -> count == 0);
        System.out.printf("soak: [%4.0f s] %s; rss %d MB; redis keys %s%n", (System.nanoTime() - started) / 1e9,
                classes, Math.round(rss.lastKb().orElse(0) / 1024.0),
                redis.keys().isPresent() ? Long.toString(redis.keys().getAsLong()) : "(down)");
    }

    private Map<String, Object> summary(Outcomes outcomes, RssSeries rss, double seconds, double ready, int restarts,
                                        int restartFailures, FaultyUpstream upstream, RedisServer redis,
                                        PackagedService service) {
        List<Map<String, Object>> scenarios = outcomes.scenarios(settings.rate(), seconds);
        Map<String, Object> all = scenarios.get(scenarios.size() - 1);
        double rssStartAt = settings.rssStartSeconds();
        OptionalLong startKb = rss.kbAt(rssStartAt);
        OptionalLong endKb = rss.lastKb();
        Double growth = startKb.isPresent() && endKb.isPresent() && startKb.getAsLong() > 0
                ? Outcomes.round(100.0 * (endKb.getAsLong() - startKb.getAsLong()) / startKb.getAsLong()) : null;
        Map<String, Long> classes = outcomes.byClass();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("scenarios", scenarios);
        summary.put("peak_rss_mb", megabytes(rss.peakKb()));
        summary.put("ready_s", Outcomes.round(ready));
        for (String field : List.of("rate_rps", "duration_s", "requests", "errors", "p50_ms", "p95_ms", "p99_ms",
                "throughput_rps")) {
            summary.put(field, all.get(field));
        }
        summary.put("rss_mb_start", startKb.isPresent() ? megabytes(startKb.getAsLong()) : null);
        summary.put("rss_mb_end", endKb.isPresent() ? megabytes(endKb.getAsLong()) : null);
        summary.put("rss_start_at_s", rssStartAt);
        summary.put("rss_growth_percent", growth);
        summary.put("rss_samples", rss.size());
        summary.put("errors_by_class", classes);
        summary.put("requests_by_kind", outcomes.requestsByKind());
        summary.put("valid_4xx_reason_codes", outcomes.valid4xxReasons());
        summary.put("unexpected_answers", outcomes.unexpected());
        Map<String, Object> exports = new LinkedHashMap<>();
        exports.put("zips_verified", outcomes.zipsVerified());
        exports.put("partial_zips", outcomes.partialZips());
        exports.put("zip_corrupt", classes.get(Outcomes.ZIP_CORRUPT));
        exports.put("lost", classes.get(Outcomes.EXPORT_LOST));
        summary.put("exports", exports);
        summary.put("redis_restarts", restarts);
        summary.put("redis_restart_failures", restartFailures);
        summary.put("redis_keys_at_end", redis.keys().isPresent() ? redis.keys().getAsLong() : null);
        Map<String, Object> faults = new LinkedHashMap<>(upstream.counts());
        faults.put("shares", new TreeMap<>(Map.of("http_5xx", FaultyUpstream.SHARE_SERVER_ERROR,
                "error_envelope", FaultyUpstream.SHARE_ERROR_ENVELOPE, "delayed_50_1500_ms",
                FaultyUpstream.SHARE_DELAYED, "delayed_2100_3000_ms", FaultyUpstream.SHARE_PAST_TIMEOUT)));
        summary.put("upstream", faults);
        Map<String, Object> serviceFacts = new LinkedHashMap<>();
        serviceFacts.put("jvm_args", settings.jvmArgs());
        serviceFacts.put("exit_code_during_run", service.exitCode().isPresent() ? service.exitCode().getAsLong() : null);
        serviceFacts.putAll(metrics(service.base()));
        summary.put("service", serviceFacts);
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        summary.put("machine", machine);
        summary.put("seed", settings.seed());

        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("no_5xx_for_valid_requests", classes.get(Outcomes.VALID_5XX) == 0);
        criteria.put("no_lost_or_corrupted_exports",
                classes.get(Outcomes.EXPORT_LOST) == 0 && classes.get(Outcomes.ZIP_CORRUPT) == 0);
        criteria.put("rss_growth_under_10_percent", growth != null && growth < RSS_GROWTH_LIMIT_PERCENT);
        summary.put("criteria", criteria);
        summary.put("passed", criteria.values().stream().allMatch(Boolean.TRUE::equals));
        summary.put("examples", outcomes.examples());
        return summary;
    }

    /**
     * A few of the service's own counters from {@code /q/metrics}, each summed over the series whose tags contain
     * the given text; the whole text is kept in {@code target/soak-metrics.txt}. Empty values if unreadable.
     */
    private Map<String, Object> metrics(String base) {
        Map<String, String[]> counters = new LinkedHashMap<>();
        counters.put("cache_failures", new String[] {"snapshot_cache_failures_total", ""});
        counters.put("upstream_calls_timed_out", new String[] {"ft_timeout_calls_total", "timedOut=\"true\""});
        counters.put("upstream_retries", new String[] {"ft_retry_retries_total", ""});
        counters.put("circuit_opened", new String[] {"ft_circuitbreaker_opened_total", ""});
        counters.put("calls_refused_by_open_circuit",
                new String[] {"ft_circuitbreaker_calls_total", "circuitBreakerResult=\"circuitBreakerOpen\""});
        Map<String, Object> found = new LinkedHashMap<>();
        try {
            String text = client.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            Files.writeString(Path.of("target", "soak-metrics.txt"), text);
            counters.forEach((label, series) -> found.put(label, Math.round(text.lines()
                    .filter(line -> line.startsWith(series[0] + "{") && line.contains(series[1]))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum())));
        } catch (IOException | RuntimeException unreadable) {
            found.put("metrics", "unreadable: " + unreadable);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static void print(Map<String, Object> summary) {
        System.out.println("soak: summary");
        for (Map<String, Object> scenario : (List<Map<String, Object>>) summary.get("scenarios")) {
            System.out.printf("  %-26s %6d requests, %5d errors, p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms %s%n",
                    scenario.get("name"), (Long) scenario.get("requests"), (Long) scenario.get("errors"),
                    (Double) scenario.get("p50_ms"), (Double) scenario.get("p95_ms"), (Double) scenario.get("p99_ms"),
                    scenario.get("errors_by_class"));
        }
        System.out.println("  errors by class: " + summary.get("errors_by_class"));
        System.out.println("  valid 4xx reason codes: " + summary.get("valid_4xx_reason_codes"));
        System.out.println("  unexpected answers: " + summary.get("unexpected_answers"));
        System.out.println("  exports: " + summary.get("exports"));
        System.out.println("  upstream: " + summary.get("upstream"));
        System.out.println("  service: " + summary.get("service"));
        System.out.printf("  rss: %s MB at %s s, %s MB at the end (%s %%), peak %s MB; redis restarts %s%n",
                summary.get("rss_mb_start"), summary.get("rss_start_at_s"), summary.get("rss_mb_end"),
                summary.get("rss_growth_percent"), summary.get("peak_rss_mb"), summary.get("redis_restarts"));
        System.out.println("  criteria: " + summary.get("criteria"));
        System.out.println("soak: " + (Boolean.TRUE.equals(summary.get("passed")) ? "PASSED" : "FAILED"));
    }

    /** Stops every child, last started first; called by the shutdown hook and at the end, so twice at most. */
    private void stopChildren() {
        synchronized (children) {
            while (!children.isEmpty()) {
                try {
                    children.pop().stop();
                } catch (Exception failed) {
                    System.err.println("soak: stopping a child failed: " + failed);
                }
            }
        }
    }

    /** A free loopback port (never the test suite's Redis port). */
    private static int freePort() throws IOException {
        Set<Integer> avoid = Set.of(CI_REDIS_PORT);
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (!avoid.contains(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private static long megabytes(long kb) {
        return Math.round(kb / 1024.0);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
