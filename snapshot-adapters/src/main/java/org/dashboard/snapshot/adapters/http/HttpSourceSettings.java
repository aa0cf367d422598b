package org.dashboard.snapshot.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HttpOracleSource} runs one load: at most {@code maxConcurrency} upstream calls in flight, and a
 * {@code loadDeadline} after which the keys still unsettled are reported as timed out (a bound above the
 * per-call timeout and retries, so a load can never hang). The app produces it from {@code snapshot.http-source.*}.
 */
public record HttpSourceSettings(int maxConcurrency, Duration loadDeadline) {
    public HttpSourceSettings {
        Objects.requireNonNull(loadDeadline, "loadDeadline");
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("max concurrency must be >= 1, got " + maxConcurrency);
        }
        if (loadDeadline.isNegative() || loadDeadline.isZero()) {
            throw new IllegalArgumentException("the load deadline must be positive, got " + loadDeadline);
        }
    }

    public static HttpSourceSettings of(int maxConcurrency, Duration loadDeadline) {
        return new HttpSourceSettings(maxConcurrency, loadDeadline);
    }
}
