package org.dashboard.snapshot.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.json.JsonText;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.sample.SampleSections;

/**
 * A scripted oracle upstream on 127.0.0.1 (random port) for the HTTP oracle source: it serves
 * {@code GET /sections/{id}/oracles/{key}}, by default the ok envelope of sample section 1001's payload for the
 * asked scope (404 for a key the sample lacks), or whatever {@link #answer} scripted for the key. It counts the
 * calls per key and keeps the last query string. With the init argument {@code refuse=true} it starts no server
 * and points the client at a closed port.
 */
public class StubUpstream implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field that receives the running stub. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectStub {
    }

    /** A scripted answer to one call. */
    @FunctionalInterface
    public interface Answer {
        void respond(HttpExchange exchange, OracleKey key, Scope scope) throws IOException, InterruptedException;

        /** The sample payload as an ok envelope (the default). */
        static Answer sample() {
            return (exchange, key, scope) -> {
                JsonValue payload = SampleSections.standard(1001).oracles(scope).get(key);
                if (payload == null) {
                    send(exchange, 404, "{\"error\": \"no such oracle\"}");
                    return;
                }
                Map<String, JsonValue> envelope = new LinkedHashMap<>();
                envelope.put("status", JsonValue.of("ok"));
                envelope.put("oracle_version", JsonValue.of(1));
                envelope.put("stale", JsonValue.of(false));
                envelope.put("payload", payload);
                envelope.put("metadata", new JsonValue.JsonObject(Map.of("source", JsonValue.of("stub"))));
                send(exchange, 200, JsonText.write(new JsonValue.JsonObject(envelope)));
            };
        }

        /** A fixed status and body. */
        static Answer status(int status, String body) {
            return (exchange, key, scope) -> send(exchange, status, body);
        }

        /** The sample answer once {@code release} is counted down (until then the call is held open). */
        static Answer held(java.util.concurrent.CountDownLatch release) {
            return (exchange, key, scope) -> {
                release.await();
                sample().respond(exchange, key, scope);
            };
        }

        /** The sample answer, after {@code delay}. */
        static Answer slow(Duration delay) {
            return (exchange, key, scope) -> {
                Thread.sleep(delay.toMillis());
                sample().respond(exchange, key, scope);
            };
        }
    }

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<String, String> queries = new ConcurrentHashMap<>();
    private HttpServer server;
    private ExecutorService executor;
    private boolean refuse;

    @Override
    public void init(Map<String, String> args) {
        refuse = "true".equals(args.get("refuse"));
    }

    @Override
    public Map<String, String> start() {
        if (refuse) {
            return Map.of("quarkus.rest-client.oracle-upstream.url", "http://127.0.0.1:" + closedPort());
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new IllegalStateException("the stub upstream could not start", e);
        }
        executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/sections/", this::handle);
        server.start();
        return Map.of("quarkus.rest-client.oracle-upstream.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(InjectStub.class, StubUpstream.class));
    }

    /** Scripts the answer for one oracle key (every call until {@link #reset}). */
    public void answer(OracleKey key, Answer answer) {
        answers.put(key.value(), answer);
    }

    /** Back to the sample answers, counts and queries cleared. */
    public void reset() {
        answers.clear();
        calls.clear();
        queries.clear();
    }

    /** Calls received for a key. */
    public int calls(OracleKey key) {
        AtomicInteger count = calls.get(key.value());
        return count == null ? 0 : count.get();
    }

    /** Calls received for any key. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The decoded query parameters of the last call for a key. */
    public Map<String, String> lastQuery(OracleKey key) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = queries.getOrDefault(key.value(), "");
        for (String pair : raw.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                parameters.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return parameters;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            // ["", "sections", "{id}", "oracles", "{key}"]
            if (path.length != 5 || !path[3].equals("oracles") || !OracleKey.isValid(path[4])
                    || !"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 400, "{\"error\": \"unexpected request\"}");
                return;
            }
            String key = path[4];
            calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            String query = exchange.getRequestURI().getRawQuery();
            queries.put(key, query == null ? "" : query);
            String containerId = lastQuery(OracleKey.of(key)).get("container_id");
            Scope scope = containerId == null ? Scope.course() : Scope.container(Long.parseLong(containerId));
            answers.getOrDefault(key, Answer.sample()).respond(exchange, OracleKey.of(key), scope);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the caller gave up (timeout) before the answer was written
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
