package org.dashboard.snapshot.adapters.http;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One guarded upstream call. The fault tolerance strategies apply per attempt, outermost first: retry, circuit
 * breaker, timeout. Defaults (each overridable at runtime with
 * {@code quarkus.fault-tolerance."org.dashboard.snapshot.adapters.http.OracleUpstream/fetch".<strategy>.<key>}):
 * <ul>
 *   <li>timeout 2,000 ms per attempt; a timeout is never retried;</li>
 *   <li>2 retries, 50 ms apart, no jitter, on {@link UpstreamUnavailable} only (5xx, no connection);</li>
 *   <li>circuit breaker {@value #CIRCUIT}: opens when half of the last 20 attempts failed (5xx, no connection,
 *       timeout), stays open 5,000 ms, closes after one successful trial; while open, calls fail fast with
 *       {@link CircuitBreakerOpenException}.</li>
 * </ul>
 * Any answer below 500 (2xx, 404, other 4xx) is an {@link UpstreamReply}: the upstream is up, so it neither
 * retries nor counts against the breaker.
 */
@ApplicationScoped
public class OracleUpstream {
    /** The circuit breaker's name, for {@code CircuitBreakerMaintenance}. */
    public static final String CIRCUIT = "oracle-upstream";

    private final OracleUpstreamClient client;

    public OracleUpstream(@RestClient OracleUpstreamClient client) {
        this.client = client;
    }

    /**
     * Asks the upstream for one oracle. Fails with {@link TimeoutException} (no answer in time),
     * {@link CircuitBreakerOpenException} (breaker open) or {@link UpstreamUnavailable} (5xx or no connection,
     * after the retries).
     */
    @AsynchronousNonBlocking
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 50, jitter = 0, retryOn = UpstreamUnavailable.class,
            abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    @CircuitBreakerName(CIRCUIT)
    public Uni<UpstreamReply> fetch(OracleCall call) {
        Long containerId = call.scope().containerId().isPresent() ? call.scope().containerId().getAsLong() : null;
        return client.fetch(call.sectionId(), call.key().value(), call.scope().containerType(), containerId,
                        call.requestToken())
                .onItemOrFailure().transformToUni(OracleUpstream::settle);
    }

    /**
     * An answer below 500 is a reply; a 5xx answer or a transport failure fails with
     * {@link UpstreamUnavailable}, a client-side timeout with {@link TimeoutException}.
     */
    static Uni<UpstreamReply> settle(Response response, Throwable failure) {
        try {
            return Uni.createFrom().item(reply(response, failure));
        } catch (RuntimeException unavailable) {
            return Uni.createFrom().failure(unavailable);
        }
    }

    private static UpstreamReply reply(Response response, Throwable failure) {
        if (failure == null) {
            return answered(response);
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            return answered(web.getResponse());
        }
        if (isTimeout(failure)) {
            throw new TimeoutException("no answer from the upstream in time: " + describe(failure));
        }
        throw new UpstreamUnavailable(null, "no answer from the upstream: " + describe(failure), failure);
    }

    private static UpstreamReply answered(Response response) {
        try {
            int status = response.getStatus();
            if (status >= 500) {
                throw new UpstreamUnavailable(status, "the upstream answered HTTP " + status, null);
            }
            return new UpstreamReply(status, body(response));
        } finally {
            response.close();
        }
    }

    private static String body(Response response) {
        try {
            if (!response.hasEntity()) {
                return "";
            }
            String text = response.readEntity(String.class);
            return text == null ? "" : text;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.util.concurrent.TimeoutException || cause instanceof TimeoutException
                    || cause.getClass().getSimpleName().endsWith("TimeoutException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The innermost message, bounded: enough to diagnose, never a whole payload. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
