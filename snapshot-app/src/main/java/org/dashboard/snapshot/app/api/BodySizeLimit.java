package org.dashboard.snapshot.app.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request body limit, answered as a problem: a body larger than the limit gets 413
 * {@code application/problem+json} with {@code reason_code} {@code payload_too_large} before any resource reads it.
 *
 * <p>The limit is the smaller of {@code snapshot.json.max-document-bytes} and
 * {@code quarkus.http.limits.max-body-size} (application.properties derives the second from the first, so one
 * setting moves both). Quarkus enforces its own limit too, but answers with an empty 413; this filter runs first
 * (route order {@code -PRIORITY}, before Quarkus' upload limit at order -2), so callers always get the problem:
 * <ul>
 *   <li>with a {@code Content-Length} header, the declared length is checked before a byte is read;</li>
 *   <li>an HTTP/1.1 chunked body (no {@code Content-Length}) is read here, counting bytes, and handed to the
 *       resource as the request's body once complete ({@code RoutingContext#setBody}, which Quarkus REST reads in
 *       place of the stream); the first byte over the limit answers 413;</li>
 *   <li>an HTTP/2 request without {@code Content-Length} is left to Quarkus' limit (see {@link #isChunked}).</li>
 * </ul>
 * After a refusal an HTTP/1.x connection is closed once the rest of the body is drained (at most
 * {@link #DRAIN_BYTES} more bytes are read), so the client can read the answer instead of seeing a reset.
 */
@Singleton
public class BodySizeLimit {
    /** Filter priority: route order -100, ahead of Quarkus' upload limit (order -2). */
    static final int PRIORITY = 100;
    /** Bytes still read (and dropped) after a refusal before the connection is closed regardless. */
    static final long DRAIN_BYTES = 1L << 20;

    private final long limit;
    private final SnapshotJson json;

    public BodySizeLimit(SnapshotConfig config,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> httpLimit,
                         SnapshotJson json) {
        long documentLimit = config.json().maxDocumentBytes();
        this.limit = httpLimit.map(size -> Math.min(size.asLongValue(), documentLimit)).orElse(documentLimit);
        this.json = json;
    }

    /** The effective limit in bytes. */
    public long limit() {
        return limit;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            if (exceeds(declared)) {
                refuse(context, new Drain(request));
            } else {
                context.next();
            }
            return;
        }
        if (request.isEnded() || !isChunked(request)) {
            context.next();
            return;
        }
        new ChunkedBody(context).read();
    }

    private boolean exceeds(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException malformed) {
            // Netty refuses a malformed Content-Length before any route runs; nothing to add here.
            return false;
        }
    }

    /**
     * An HTTP/1.1 body sent in chunks. HTTP/2 has no chunked encoding: a request without {@code Content-Length}
     * (every GET, and a body streamed without a declared length) goes on as it is, because Quarkus REST pauses the
     * request when it starts, which an HTTP/2 stream read to its end refuses (it would be a 500). Such a body is
     * bounded by Quarkus' own {@code quarkus.http.limits.max-body-size}, whose refusal is a plain 413.
     */
    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return request.version() != HttpVersion.HTTP_2
                && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private void refuse(RoutingContext context, Drain drain) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("limit_bytes", JsonValue.of(limit));
        Rejection rejection = Rejection.of(RequestReason.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + limit + " bytes", new JsonValue.JsonObject(details));
        response.setStatusCode(Problems.status(RequestReason.PAYLOAD_TOO_LARGE))
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE);
        boolean http1 = context.request().version() != HttpVersion.HTTP_2;
        if (http1) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            drain.start();
        }
        response.end(Buffer.buffer(Problems.body(rejection, json))).onComplete(written -> {
            if (http1) {
                drain.answered();
            }
        });
    }

    /**
     * Reads and drops what is left of a refused HTTP/1.x body, then closes the connection once the answer is
     * written and the body is read (or more than {@link #DRAIN_BYTES} were dropped).
     */
    private static final class Drain {
        private final HttpServerRequest request;
        private long dropped;
        private boolean answered;
        private boolean bodyRead;
        private boolean closed;

        Drain(HttpServerRequest request) {
            this.request = request;
        }

        void start() {
            if (request.isEnded()) {
                bodyRead = true;
                return;
            }
            request.handler(chunk -> {
                dropped += chunk.length();
                if (dropped > DRAIN_BYTES) {
                    bodyRead = true;
                    closeWhenDone();
                }
            });
            request.endHandler(ended -> {
                bodyRead = true;
                closeWhenDone();
            });
            request.exceptionHandler(failure -> {
                bodyRead = true;
                closeWhenDone();
            });
            request.resume();
        }

        void answered() {
            answered = true;
            closeWhenDone();
        }

        private void closeWhenDone() {
            if (answered && bodyRead && !closed) {
                closed = true;
                request.connection().close();
            }
        }
    }

    /** A chunked body read in full, up to the limit, before the route goes on. */
    private final class ChunkedBody {
        private final RoutingContext context;
        private final Buffer body = Buffer.buffer();
        private boolean refused;

        ChunkedBody(RoutingContext context) {
            this.context = context;
        }

        void read() {
            HttpServerRequest request = context.request();
            Drain drain = new Drain(request);
            request.handler(chunk -> {
                if (refused) {
                    return;
                }
                if ((long) body.length() + chunk.length() > limit) {
                    refused = true;
                    refuse(context, drain);
                    return;
                }
                body.appendBuffer(chunk);
            });
            request.endHandler(ended -> {
                if (!refused) {
                    context.setBody(body);
                    context.next();
                }
            });
            request.exceptionHandler(context::fail);
            request.resume();
        }
    }
}
