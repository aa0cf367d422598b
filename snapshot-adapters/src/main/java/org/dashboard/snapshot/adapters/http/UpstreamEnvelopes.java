package org.dashboard.snapshot.adapters.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Turns what the upstream did into what the port promises: an envelope, an error envelope, or nothing.
 * <ul>
 *   <li>2xx with a valid envelope: that envelope (an upstream error envelope is kept as sent);</li>
 *   <li>404: nothing (the oracle is unavailable);</li>
 *   <li>timeout: error {@code {"code": "timeout", "message"}} (reason code {@code oracle_timeout});</li>
 *   <li>open circuit: error {@code {"code": "circuit_open", "message"}} ({@code oracle_error});</li>
 *   <li>anything else (5xx, no connection, other statuses, malformed JSON, invalid envelope): error
 *       {@code {"code": "upstream_error", "status": <HTTP status or null>, "message"}} ({@code oracle_error}).</li>
 * </ul>
 */
public final class UpstreamEnvelopes {
    public static final String TIMEOUT = "timeout";
    public static final String CIRCUIT_OPEN = "circuit_open";
    public static final String UPSTREAM_ERROR = "upstream_error";

    private UpstreamEnvelopes() {
    }

    /** The envelope of an answer below 500, or empty for 404. */
    public static Optional<OracleResult> fromReply(OracleKey key, UpstreamReply reply) {
        if (reply.status() == 404) {
            return Optional.empty();
        }
        if (!reply.isSuccess()) {
            return Optional.of(upstreamError(reply.status(), "the upstream answered HTTP " + reply.status()));
        }
        JsonValue body;
        try {
            body = JacksonJsonValues.parse(reply.body());
        } catch (IOException malformed) {
            return Optional.of(upstreamError(reply.status(), "malformed JSON: " + OracleUpstream.describe(malformed)));
        }
        if (body instanceof JsonObject object && object.has("oracle_key")
                && !object.getOrNull("oracle_key").equals(JsonValue.of(key.value()))) {
            return Optional.of(upstreamError(reply.status(), "the envelope names oracle_key "
                    + object.getOrNull("oracle_key").preview() + ", not " + key.value()));
        }
        Outcome<OracleResult> envelope = SnapshotRequestReader.readEnvelope(key.value(), body);
        if (!envelope.isAccepted()) {
            return Optional.of(upstreamError(reply.status(), "invalid envelope: "
                    + envelope.rejection().reasonCode().code() + ": " + envelope.rejection().message()));
        }
        return Optional.of(envelope.value());
    }

    /** The error envelope of a failed call (after retries). */
    public static OracleResult.Error fromFailure(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TimeoutException) {
            return timedOut("no answer from the upstream in time");
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return error(CIRCUIT_OPEN, Optional.empty(), "the upstream circuit is open; not called");
        }
        if (cause instanceof UpstreamUnavailable unavailable) {
            return upstreamError(unavailable.status().orElse(null), unavailable.getMessage());
        }
        return upstreamError(null, OracleUpstream.describe(cause));
    }

    /** A timeout error: reason {@code {"code": "timeout", "message"}}. */
    public static OracleResult.Error timedOut(String message) {
        return error(TIMEOUT, Optional.empty(), message);
    }

    /** An upstream error: reason {@code {"code": "upstream_error", "status", "message"}}. */
    public static OracleResult.Error upstreamError(Integer status, String message) {
        return error(UPSTREAM_ERROR, Optional.of(status == null ? JsonValue.nullValue() : JsonValue.of(status)),
                message);
    }

    private static OracleResult.Error error(String code, Optional<JsonValue> status, String message) {
        Map<String, JsonValue> reason = new LinkedHashMap<>();
        reason.put("code", JsonValue.of(code));
        status.ifPresent(value -> reason.put("status", value));
        reason.put("message", JsonValue.of(message == null ? code : message));
        return new OracleResult.Error(0, false, new JsonObject(reason), Map.of());
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
