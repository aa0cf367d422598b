package org.dashboard.snapshot.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.app.api.SseEvents;
import org.dashboard.snapshot.app.api.SseEvents.Event;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot stream over the HTTP oracle source with a grades oracle the stub never answers: the capabilities that
 * do not need it arrive first; past the call timeout (1.5 s) grades fail and so do the capabilities that need them
 * (assessments with {@code projection_timeout}). {@link SnapshotStreamHeldOracleTest} releases the oracle instead.
 */
@QuarkusTest
@TestProfile(HttpSourceProfile.class)
class SnapshotStreamHttpTest {
    static final String QUERY = "?request_token=dash-7-0001&generated_at=2026-02-04T16:25:18Z";

    /** Everything that settles without grades: every other oracle and the capabilities that need none of it. */
    static final List<String> EARLY = List.of(
            "oracle oracle_instructor_objectives_proficiency", "oracle oracle_instructor_progress_bins",
            "oracle oracle_instructor_progress_proficiency", "oracle oracle_instructor_recommendation",
            "oracle oracle_instructor_schedule_position", "oracle oracle_instructor_scope_resources",
            "oracle oracle_instructor_student_info",
            "projection progress", "projection student_support", "projection challenging_objectives");

    @StubUpstream.InjectStub
    StubUpstream upstream;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Inject
    CaffeineOracleResultCache cache;

    @TestHTTPResource("/api/v1/sections/1001/snapshot/stream")
    URL stream;

    private final CountDownLatch release = new CountDownLatch(1);

    private static boolean warm;

    /**
     * The first request of a fresh application loads the REST client and Jackson; it is made once, unasserted, so
     * that the other oracles settle well within the 1.5 s call timeout that settles grades.
     */
    @BeforeEach
    void holdTheGradesOracle() throws Exception {
        if (!warm) {
            try (OpenStream open = open()) {
                open.readToEnd();
            }
            warm = true;
        }
        upstream.reset();
        cache.clear();
        circuits.resetAll();
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.held(release));
    }

    @AfterEach
    void releaseTheStub() {
        release.countDown();
    }

    /** Opens the stream and reads events until {@code stop} has been seen, leaving the stream open. */
    static final class OpenStream implements AutoCloseable {
        final List<Event> events = new ArrayList<>();
        private final InputStream body;
        private final BufferedReader reader;

        OpenStream(URI uri) throws IOException, InterruptedException {
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            body = response.body();
            reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        /** Reads until every label in {@code wanted} has been seen; fails at the end of the stream. */
        List<String> readUntil(List<String> wanted) {
            while (!SseEvents.labels(events).containsAll(wanted)) {
                events.add(SseEvents.read(reader).orElseThrow(() -> new AssertionError(
                        "the stream ended before " + wanted + ": " + SseEvents.labels(events))));
            }
            return SseEvents.labels(events);
        }

        /** Reads to the end of the stream. */
        List<String> readToEnd() {
            SseEvents.read(reader).ifPresent(event -> {
                events.add(event);
                readToEnd();
            });
            return SseEvents.labels(events);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    private OpenStream open() throws Exception {
        return new OpenStream(stream.toURI().resolve(stream.getPath() + QUERY));
    }

    static String dataOf(List<Event> events, String label) {
        return events.stream().filter(e -> e.label().equals(label)).map(Event::data).findFirst()
                .orElseThrow(() -> new AssertionError("no " + label));
    }

    @Test
    void pastTheCallTimeoutTheCapabilityNeedingTheOracleFailsWithProjectionTimeout() throws Exception {
        try (OpenStream open = open()) {
            open.readUntil(EARLY);
            List<String> all = open.readToEnd(); // the stub never answers: the 1.5 s call timeout settles grades
            assertEquals(List.of("oracle oracle_instructor_grades", "projection summary", "projection assessments",
                    "projection ai_context", "snapshot"), all.subList(all.size() - 5, all.size()));
            assertTrue(dataOf(open.events, "oracle oracle_instructor_grades")
                    .contains("\"status\":\"failed\""), dataOf(open.events, "oracle oracle_instructor_grades"));
            assertTrue(dataOf(open.events, "projection assessments").contains("\"status\":{\"status\":\"failed\","
                    + "\"reason_code\":\"projection_timeout\""), dataOf(open.events, "projection assessments"));
            assertTrue(dataOf(open.events, "projection summary").contains("\"status\":{\"status\":\"partial\","
                    + "\"reason_code\":\"dependency_unavailable\""), dataOf(open.events, "projection summary"));
        }
    }

    static List<String> duplicates(List<String> labels) {
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        for (String label : labels) {
            if (seen.contains(label)) {
                twice.add(label);
            }
            seen.add(label);
        }
        return twice;
    }
}
