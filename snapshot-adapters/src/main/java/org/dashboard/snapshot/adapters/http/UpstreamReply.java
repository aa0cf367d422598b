package org.dashboard.snapshot.adapters.http;

import java.util.Objects;

/**
 * An answer of the upstream that is not a transient failure: its HTTP status (never 5xx) and its body text
 * (empty when there was none).
 */
public record UpstreamReply(int status, String body) {
    public UpstreamReply {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 499) {
            throw new IllegalArgumentException("a reply has a status in 100..499 (5xx is a failure), got " + status);
        }
    }

    /** True for 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }
}
