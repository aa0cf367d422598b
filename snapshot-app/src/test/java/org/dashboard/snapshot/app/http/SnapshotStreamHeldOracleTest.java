package org.dashboard.snapshot.app.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.dashboard.snapshot.app.http.SnapshotStreamHttpTest.dataOf;
import static org.dashboard.snapshot.app.http.SnapshotStreamHttpTest.duplicates;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.app.http.SnapshotStreamHttpTest.OpenStream;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The snapshot stream with the grades oracle held open by the stub and call timeouts of a minute, so that only the
 * test decides when grades settle: the capabilities that do not need grades arrive while the call is held, the
 * ones that need them right after the stub answers; and closing the client connection stops the build (it can end
 * no other way while grades are held), as {@code snapshot_stream_builds_running} on {@code /q/metrics} shows.
 */
@QuarkusTest
@TestProfile(HttpSourceProfile.Patient.class)
class SnapshotStreamHeldOracleTest {
    static final String GAUGE = "snapshot_stream_builds_running";

    @StubUpstream.InjectStub
    StubUpstream upstream;

    @Inject
    CaffeineOracleResultCache cache;

    @TestHTTPResource("/api/v1/sections/1001/snapshot/stream")
    URL stream;

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseTheStub() {
        release.countDown();
    }

    private OpenStream open() throws Exception {
        return new OpenStream(stream.toURI().resolve(stream.getPath() + SnapshotStreamHttpTest.QUERY));
    }

    static double gauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(GAUGE + " ") || line.startsWith(GAUGE + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + GAUGE + " on /q/metrics"));
    }

    /** Reads the gauge until it shows {@code expected}; a build that never ends fails after many reads. */
    static void awaitGauge(double expected) throws InterruptedException {
        for (int read = 0; read < 600; read++) {
            if (gauge() == expected) {
                return;
            }
            Thread.sleep(50);
        }
        assertEquals(expected, gauge(), GAUGE);
    }

    @Test
    void capabilitiesWithoutTheSlowOracleArriveFirstAndTheOthersWhenItSettles() throws Exception {
        upstream.reset();
        cache.clear();
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.held(release));
        try (OpenStream open = open()) {
            List<String> early = open.readUntil(SnapshotStreamHttpTest.EARLY);
            assertTrue(!early.contains("oracle oracle_instructor_grades") && !early.contains("projection assessments")
                    && !early.contains("projection summary") && !early.contains("projection ai_context"),
                    "nothing that needs grades before grades settle: " + early);
            assertEquals(1, upstream.calls(OracleKey.GRADES), "the grades call is held open");

            release.countDown();
            List<String> all = open.readToEnd();
            assertEquals(List.of("oracle oracle_instructor_grades", "projection summary", "projection assessments",
                    "projection ai_context", "snapshot"), all.subList(all.size() - 5, all.size()));
            assertEquals(List.of(), duplicates(all), "each event once");
            assertTrue(dataOf(open.events, "projection assessments").contains("\"status\":{\"status\":\"ready\"}"),
                    dataOf(open.events, "projection assessments"));
        }
    }

    @Test
    void closingTheConnectionEndsTheBuildWhileItsOracleIsStillHeld() throws Exception {
        cache.clear();
        upstream.reset();
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.held(release));
        awaitGauge(0);

        OpenStream open = open();
        open.readUntil(SnapshotStreamHttpTest.EARLY);
        assertEquals(1.0, gauge(), "the build runs while grades are held");

        open.close();
        awaitGauge(0);
        assertEquals(1, release.getCount(), "the stub never answered grades");
        assertEquals(List.of(), open.events.stream().filter(e -> e.label().contains("grades")
                || e.name().equals("snapshot")).toList());
    }
}
