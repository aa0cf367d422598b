package org.dashboard.snapshot.adapters.http;

import java.util.Optional;

/**
 * A transient upstream failure that is worth retrying: an HTTP 5xx answer (with its status) or no answer at all
 * (connection refused or reset; no status). Thrown inside the guarded call only; it never crosses the port.
 */
public final class UpstreamUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Integer status;

    public UpstreamUnavailable(Integer status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status of a 5xx answer; empty when the upstream did not answer. */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }
}
