package org.dashboard.snapshot.bench.soak;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.dashboard.snapshot.bench.soak.RequestMix.Kind;
import org.dashboard.snapshot.bench.soak.RequestMix.Planned;

/**
 * What the soak run's requests got, by kind and by class; thread-safe. Each request falls in exactly one class:
 * <ul>
 *   <li>{@value #OK}: a valid request answered 2xx (an export's ZIP also verified, see {@link ExportZipCheck});</li>
 *   <li>{@value #REFUSED}: an invalid request answered 4xx {@code application/problem+json}, as it must be;</li>
 *   <li>{@value #VALID_4XX}: a valid request answered 4xx (a projection whose required oracle the upstream failed);</li>
 *   <li>{@value #VALID_5XX}, {@value #INVALID_5XX}: any 5xx answer;</li>
 *   <li>{@value #UNEXPECTED}: an invalid request answered anything but a 4xx problem (2xx, 3xx, another media
 *       type), or a valid one answered 1xx or 3xx;</li>
 *   <li>{@value #ZIP_CORRUPT}: an export answered 2xx whose body is not a sound ZIP;</li>
 *   <li>{@value #TIMEOUT}, {@value #CONNECTION}: no answer (the client's timeout; a connection failure);</li>
 *   <li>{@value #NOT_SENT}: not sent because the in-flight limit was reached (the generator's saturation).</li>
 * </ul>
 * {@value #EXPORT_LOST} counts, besides, every valid export without a 2xx answer (including timeouts and
 * connection failures). Latency is measured from send to the last byte of the answer.
 */
final class Outcomes {
    static final String OK = "2xx";
    static final String REFUSED = "4xx";
    static final String VALID_4XX = "4xx_valid";
    static final String VALID_5XX = "5xx_valid";
    static final String INVALID_5XX = "5xx_invalid";
    static final String UNEXPECTED = "unexpected_answer";
    static final String ZIP_CORRUPT = "zip_corrupt";
    static final String EXPORT_LOST = "export_lost";
    static final String TIMEOUT = "timeout";
    static final String CONNECTION = "connection";
    static final String NOT_SENT = "not_sent_in_flight_limit";
    private static final List<String> CLASSES = List.of(OK, REFUSED, VALID_4XX, VALID_5XX, INVALID_5XX, UNEXPECTED,
            ZIP_CORRUPT, EXPORT_LOST, TIMEOUT, CONNECTION, NOT_SENT);
    /** Classes that are an error for the request's kind (the other classes are the expected answers). */
    private static final List<String> ERRORS = List.of(VALID_4XX, VALID_5XX, INVALID_5XX, UNEXPECTED, ZIP_CORRUPT,
            TIMEOUT, CONNECTION, NOT_SENT);
    private static final int KEPT_EXAMPLES = 30;
    private static final int EXCERPT_CHARS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long started;
    private final Map<Kind, PerKind> kinds = new EnumMap<>(Kind.class);
    /** Valid requests answered 4xx, by reason code. */
    private final Map<String, LongAdder> valid4xxReasons = new ConcurrentHashMap<>();
    /** Unexpected answers by class, status and route. */
    private final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> examples = new ArrayList<>();
    private final LongAdder zipsVerified = new LongAdder();
    private final LongAdder partialZips = new LongAdder();

    Outcomes(long startedNanos) {
        this.started = startedNanos;
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new PerKind());
        }
    }

    /** A request the in-flight limit kept from being sent. */
    void notSent(Planned request) {
        kinds.get(request.kind()).add(NOT_SENT);
    }

    /** An answer, classified (and an export's ZIP verified). */
    void answered(Planned request, int status, String contentType, byte[] body, long elapsedNanos) {
        PerKind perKind = kinds.get(request.kind());
        perKind.latency(elapsedNanos);
        String type = contentType == null ? "" : contentType;
        String outcome;
        String detail = null;
        if (status >= 500) {
            outcome = request.kind().valid() ? VALID_5XX : INVALID_5XX;
        } else if (!request.kind().valid()) {
            outcome = status >= 400 && status < 500 && type.startsWith("application/problem+json") ? REFUSED
                    : UNEXPECTED;
        } else if (status >= 200 && status < 300) {
            outcome = OK;
            if (request.isExport()) {
                ExportZipCheck.Verdict verdict = ExportZipCheck.check(body);
                detail = verdict.problem().orElse(type.startsWith("application/zip") ? null
                        : "a ZIP answered as " + type);
                outcome = detail == null ? OK : ZIP_CORRUPT;
                if (outcome.equals(OK)) {
                    zipsVerified.increment();
                    if (verdict.excluded() > 0) {
                        partialZips.increment();
                    }
                }
            }
        } else {
            outcome = status >= 400 && status < 500 ? VALID_4XX : UNEXPECTED;
            if (outcome.equals(VALID_4XX)) {
                valid4xxReasons.computeIfAbsent(reasonCode(body), key -> new LongAdder()).increment();
            }
        }
        perKind.add(outcome);
        if (request.isExport() && !(status >= 200 && status < 300)) {
            perKind.add(EXPORT_LOST);
        }
        if (!outcome.equals(OK) && !outcome.equals(REFUSED) && !outcome.equals(VALID_4XX)) {
            unexpected(request, outcome, status, detail != null ? detail : excerpt(type, body));
        }
    }

    /** No answer: a timeout or a connection failure. */
    void failed(Planned request, Throwable failure, long elapsedNanos) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String outcome = cause instanceof HttpTimeoutException ? TIMEOUT : CONNECTION;
        PerKind perKind = kinds.get(request.kind());
        perKind.add(outcome);
        if (request.isExport()) {
            perKind.add(EXPORT_LOST);
        }
        unexpected(request, outcome, 0, cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }

    /** Every class's count over all kinds, classes in a fixed order. */
    Map<String, Long> byClass() {
        Map<String, Long> total = new LinkedHashMap<>();
        for (String outcome : CLASSES) {
            total.put(outcome, kinds.values().stream().mapToLong(kind -> kind.count(outcome)).sum());
        }
        return total;
    }

    /** Requests per kind (sent or not). */
    Map<String, Long> requestsByKind() {
        Map<String, Long> result = new LinkedHashMap<>();
        kinds.forEach((kind, perKind) -> result.put(kind.label, perKind.requests()));
        return result;
    }

    long count(Kind kind, String outcome) {
        return kinds.get(kind).count(outcome);
    }

    long zipsVerified() {
        return zipsVerified.sum();
    }

    long partialZips() {
        return partialZips.sum();
    }

    Map<String, Long> valid4xxReasons() {
        return sorted(valid4xxReasons);
    }

    /** Unexpected answers counted by {@code class status route}. */
    Map<String, Long> unexpected() {
        return sorted(unexpected);
    }

    /** The first unexpected answers, each with its class, route, path, status, time and an excerpt of its body. */
    List<Map<String, Object>> examples() {
        synchronized (examples) {
            return List.copyOf(examples);
        }
    }

    /**
     * One load-summary scenario per kind, then {@code soak_all} over every kind: {@code name}, {@code rate_rps} (the
     * offered rate), {@code duration_s}, {@code requests}, {@code errors}, {@code p50_ms}, {@code p95_ms},
     * {@code p99_ms}, {@code throughput_rps} (requests without error per second) and {@code errors_by_class}.
     */
    List<Map<String, Object>> scenarios(double rate, double seconds) {
        List<Map<String, Object>> scenarios = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        Map<String, Long> allErrors = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            PerKind perKind = kinds.get(kind);
            List<Long> latencies = perKind.latencies();
            all.addAll(latencies);
            Map<String, Long> errors = perKind.errors();
            errors.forEach((outcome, count) -> allErrors.merge(outcome, count, Long::sum));
            scenarios.add(scenario("soak_" + kind.label, rate * kind.share, seconds, perKind.requests(), errors,
                    latencies));
        }
        scenarios.add(scenario("soak_all", rate, seconds,
                kinds.values().stream().mapToLong(PerKind::requests).sum(), allErrors, all));
        return scenarios;
    }

    private static Map<String, Object> scenario(String name, double rate, double seconds, long requests,
                                                Map<String, Long> errorsByClass, List<Long> latencies) {
        long errors = errorsByClass.values().stream().mapToLong(Long::longValue).sum();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("name", name);
        result.put("rate_rps", round(rate));
        result.put("duration_s", Math.round(seconds));
        result.put("requests", requests);
        result.put("errors", errors);
        result.put("p50_ms", percentileMillis(sorted, 50));
        result.put("p95_ms", percentileMillis(sorted, 95));
        result.put("p99_ms", percentileMillis(sorted, 99));
        result.put("throughput_rps", round((requests - errors) / seconds));
        result.put("errors_by_class", errorsByClass);
        return result;
    }

    /** The nearest-rank percentile, in milliseconds; 0 without samples. */
    static double percentileMillis(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
        return round(sortedNanos[Math.max(0, rank - 1)] / 1e6);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private void unexpected(Planned request, String outcome, int status, String excerpt) {
        unexpected.computeIfAbsent(outcome + " " + status + " " + request.route(), key -> new LongAdder())
                .increment();
        synchronized (examples) {
            if (examples.size() < KEPT_EXAMPLES) {
                Map<String, Object> example = new LinkedHashMap<>();
                example.put("class", outcome);
                example.put("at_s", round((System.nanoTime() - started) / 1e9));
                example.put("method", request.method());
                example.put("path", request.path());
                example.put("status", status);
                example.put("body", excerpt);
                examples.add(example);
            }
        }
    }

    private static String excerpt(String type, byte[] body) {
        if (body == null || body.length == 0) {
            return "(empty)";
        }
        if (type.startsWith("application/zip")) {
            return "(" + body.length + " bytes of " + type + ")";
        }
        String text = new String(body, 0, Math.min(body.length, EXCERPT_CHARS * 4), StandardCharsets.UTF_8);
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "...";
    }

    private static String reasonCode(byte[] body) {
        try {
            return JSON.readTree(body).path("reason_code").asText("(none)");
        } catch (IOException | RuntimeException notJson) {
            return "(not a problem body)";
        }
    }

    private static Map<String, Long> sorted(Map<String, LongAdder> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((key, count) -> result.put(key, count.sum()));
        return result;
    }

    /** One kind's counts by class and its latencies. */
    private static final class PerKind {
        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        private final List<Long> latencies = new ArrayList<>();

        void add(String outcome) {
            counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }

        long count(String outcome) {
            LongAdder count = counts.get(outcome);
            return count == null ? 0 : count.sum();
        }

        synchronized void latency(long nanos) {
            latencies.add(nanos);
        }

        synchronized List<Long> latencies() {
            return new ArrayList<>(latencies);
        }

        /** Requests of this kind: every class but the export-lost overlay, which recounts some of them. */
        long requests() {
            return CLASSES.stream().filter(outcome -> !outcome.equals(EXPORT_LOST)).mapToLong(this::count).sum();
        }

        /** The error classes with a count, sorted. */
        Map<String, Long> errors() {
            Map<String, Long> errors = new TreeMap<>();
            for (String outcome : ERRORS) {
                if (count(outcome) > 0) {
                    errors.put(outcome, count(outcome));
                }
            }
            return errors;
        }
    }
}
