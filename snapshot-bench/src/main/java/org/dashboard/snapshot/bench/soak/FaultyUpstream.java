package org.dashboard.snapshot.bench.soak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;

/**
 * The oracle upstream of the soak run, in process on 127.0.0.1 (random port): it serves the HTTP oracle source's
 * contract, {@code GET /sections/{section_id}/oracles/{oracle_key}?container_type=&container_id=&request_token=},
 * from the built-in sample sections ({@link SampleSections}), answering the ok envelope of the payload (written with
 * {@link JsonText}), or 404 for a section, scope or key the samples lack.
 *
 * <p>Faults are injected at fixed shares drawn from a seeded {@link Random}, one draw per call:
 * <ul>
 *   <li>4 % ({@link #SHARE_SERVER_ERROR}) answer HTTP 500 or 503 (half each);</li>
 *   <li>4 % ({@link #SHARE_ERROR_ENVELOPE}) answer 200 with an error envelope ({@code {"status": "error", ...}}, the
 *       reason {@code "timeout"} in one case of four);</li>
 *   <li>10 % ({@link #SHARE_DELAYED}) answer the ok envelope after 50 to 1,500 ms;</li>
 *   <li>2 % ({@link #SHARE_PAST_TIMEOUT}) answer it after 2,100 to 3,000 ms, past the service's 2,000 ms per-call
 *       timeout;</li>
 *   <li>the rest answer at once.</li>
 * </ul>
 * Calls run on a fixed pool of {@value #THREADS} threads, so delayed calls do not hold up the others.
 */
final class FaultyUpstream implements AutoCloseable {
    static final double SHARE_SERVER_ERROR = 0.04;
    static final double SHARE_ERROR_ENVELOPE = 0.04;
    static final double SHARE_DELAYED = 0.10;
    static final double SHARE_PAST_TIMEOUT = 0.02;
    private static final int THREADS = 64;

    /** What one call was answered with (each counted once): the key of its count in {@link #counts()}. */
    private enum Answer {
        OK, NOT_FOUND, BAD_REQUEST, DELAYED, DELAYED_PAST_TIMEOUT, HTTP_500, HTTP_503, ERROR_ENVELOPE;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Random faults;
    private final Map<Answer, LongAdder> counts = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();
    /** Envelope bytes by section, scope and key: the payloads are fixed, so each is written once. */
    private final Map<String, Optional<byte[]>> envelopes = new ConcurrentHashMap<>();

    private FaultyUpstream(HttpServer server, ExecutorService executor, long seed) {
        this.server = server;
        this.executor = executor;
        this.faults = new Random(seed);
        for (Answer answer : Answer.values()) {
            counts.put(answer, new LongAdder());
        }
    }

    /** Starts the stub on a random loopback port; faults are drawn from {@code seed}. */
    static FaultyUpstream start(long seed) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "soak-upstream");
            thread.setDaemon(true);
            return thread;
        });
        FaultyUpstream upstream = new FaultyUpstream(server, executor, seed);
        server.setExecutor(executor);
        server.createContext("/sections/", upstream::handle);
        server.start();
        return upstream;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Calls in all, then calls per answer ({@code ok}, {@code not_found}, {@code delayed}, {@code http_500}, ...). */
    Map<String, Long> counts() {
        Map<String, Long> result = new LinkedHashMap<>();
        result.put("calls", calls.sum());
        for (Answer answer : Answer.values()) {
            result.put(answer.key(), counts.get(answer).sum());
        }
        return result;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            calls.increment();
            answer(exchange);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException callerGone) {
            // the service gave up on the call (its timeout) before the answer was written
        }
    }

    /** Answers one call; the answer is counted before it is sent (a caller may give up on a delayed one). */
    private void answer(HttpExchange exchange) throws IOException, InterruptedException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        // ["", "sections", "{id}", "oracles", "{key}"]
        if (path.length != 5 || !path[3].equals("oracles") || !OracleKey.isValid(path[4])
                || !path[2].matches("[1-9][0-9]{0,17}") || !"GET".equals(exchange.getRequestMethod())) {
            send(exchange, Answer.BAD_REQUEST, 400, "{\"error\": \"unexpected request\"}");
            return;
        }
        Optional<byte[]> envelope = envelope(Long.parseLong(path[2]), query(exchange.getRequestURI().getRawQuery()),
                path[4]);
        if (envelope.isEmpty()) {
            send(exchange, Answer.NOT_FOUND, 404, "{\"error\": \"no such oracle\"}");
            return;
        }
        double draw;
        int detail;
        synchronized (faults) {
            draw = faults.nextDouble();
            detail = faults.nextInt(1_000_000);
        }
        if (draw < SHARE_SERVER_ERROR) {
            boolean unavailable = detail % 2 == 0;
            send(exchange, unavailable ? Answer.HTTP_503 : Answer.HTTP_500, unavailable ? 503 : 500,
                    "{\"error\": \"injected fault\"}");
            return;
        }
        draw -= SHARE_SERVER_ERROR;
        if (draw < SHARE_ERROR_ENVELOPE) {
            String reason = detail % 4 == 0 ? "\"timeout\""
                    : "{\"code\": \"upstream_overloaded\", \"message\": \"injected fault\"}";
            send(exchange, Answer.ERROR_ENVELOPE, 200,
                    "{\"status\": \"error\", \"oracle_version\": 1, \"reason\": " + reason + "}");
            return;
        }
        draw -= SHARE_ERROR_ENVELOPE;
        if (draw < SHARE_DELAYED) {
            counts.get(Answer.DELAYED).increment();
            Thread.sleep(50 + detail % 1_451);
        } else if (draw < SHARE_DELAYED + SHARE_PAST_TIMEOUT) {
            counts.get(Answer.DELAYED_PAST_TIMEOUT).increment();
            Thread.sleep(2_100 + detail % 901);
        } else {
            counts.get(Answer.OK).increment();
        }
        send(exchange, 200, envelope.get());
    }

    /** The ok envelope of a sample payload, or empty when the samples have no such section, scope or key. */
    private Optional<byte[]> envelope(long sectionId, Map<String, String> query, String key) {
        Optional<Scope> scope = scope(query);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        return envelopes.computeIfAbsent(sectionId + "|" + scope.get().selector() + "|" + key, unused -> {
            Optional<SampleSection> section = SampleSections.find(sectionId);
            JsonValue payload = section.isEmpty() ? null : section.get().oracles(scope.get()).get(OracleKey.of(key));
            if (payload == null) {
                return Optional.empty();
            }
            Map<String, JsonValue> envelope = new LinkedHashMap<>();
            envelope.put("status", JsonValue.of("ok"));
            envelope.put("oracle_version", JsonValue.of(1));
            envelope.put("stale", JsonValue.of(false));
            envelope.put("payload", payload);
            envelope.put("metadata", new JsonValue.JsonObject(Map.of("source", JsonValue.of("soak-upstream"))));
            return Optional.of(JsonText.write(new JsonValue.JsonObject(envelope)).getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The scope the query names ({@code container_type}, {@code container_id}); empty if it names none. */
    private static Optional<Scope> scope(Map<String, String> query) {
        String type = query.getOrDefault("container_type", "course");
        String id = query.get("container_id");
        if (type.equals("course") && id == null) {
            return Optional.of(Scope.course());
        }
        if (type.equals("container") && id != null && id.matches("[1-9][0-9]{0,17}")) {
            return Optional.of(Scope.container(Long.parseLong(id)));
        }
        return Optional.empty();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new TreeMap<>();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (!pair.isEmpty()) {
                parameters.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void send(HttpExchange exchange, Answer answer, int status, String body) throws IOException {
        counts.get(answer).increment();
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
