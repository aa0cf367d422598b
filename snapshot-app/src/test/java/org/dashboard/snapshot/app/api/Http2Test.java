package org.dashboard.snapshot.app.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The API over cleartext HTTP/2 (h2c, as a gateway may speak it): requests without {@code Content-Length} (every
 * GET, a body streamed without a declared length) and with one are served like over HTTP/1.1.
 */
@QuarkusTest
class Http2Test {
    @TestHTTPResource("/")
    URL root;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(root.toString()).resolve(path));
    }

    /** The first request of a connection upgrades it to HTTP/2 (h2c); later ones are HTTP/2 streams. */
    private void upgrade() throws Exception {
        send(to("/q/health/live"));
    }

    @Test
    void getsAreServedOverHttp2() throws Exception {
        upgrade();
        HttpResponse<byte[]> snapshot = send(to("/api/v1/sections/1002/snapshot?generated_at=2026-02-04T16:25:18Z"));
        assertEquals(200, snapshot.statusCode(), new String(snapshot.body(), StandardCharsets.UTF_8));
        assertEquals(HttpClient.Version.HTTP_2, snapshot.version());
        HttpResponse<byte[]> projection = send(to("/api/v1/sections/1002/projections/summary"));
        assertEquals(200, projection.statusCode());
        HttpResponse<byte[]> unknown = send(to("/api/v1/sections/1002/projections/weather"));
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void bodiesWithAndWithoutADeclaredLengthAreServedOverHttp2() throws Exception {
        upgrade();
        String body = "{\"request_token\": \"h2-1\", \"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}}";
        HttpResponse<byte[]> declared = send(to("/api/v1/sections/1002/exports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, declared.statusCode(), new String(declared.body(), StandardCharsets.UTF_8));
        assertEquals(HttpClient.Version.HTTP_2, declared.version());
        HttpResponse<byte[]> streamed = send(to("/api/v1/sections/1002/exports")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(200, streamed.statusCode(), new String(streamed.body(), StandardCharsets.UTF_8));
        assertArrayEquals(declared.body(), streamed.body(), "the same ZIP bytes either way");
    }
}
