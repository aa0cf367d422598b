package org.dashboard.snapshot.app.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulkhead of get_or_build, one build running and one waiting: the next request is refused at once with 503
 * {@code service_overloaded}, and the waiting one runs when the running one ends.
 */
@QuarkusTest
@TestProfile(BuildBulkheadTest.OneRunningOneWaiting.class)
class BuildBulkheadTest {

    public static class OneRunningOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("snapshot.builds.max-concurrent", "1", "snapshot.builds.max-waiting", "1");
        }
    }

    @Inject
    BuildBulkhead builds;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        threads.shutdown();
        assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
    }

    /** A build that holds its place in the bulkhead until released. */
    private Future<Outcome<String>> held(CountDownLatch running) {
        return threads.submit(() -> builds.run(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return Outcome.accepted("built");
        }));
    }

    /** Waits until the thread of a submitted build waits in the bulkhead's queue. */
    private static void awaitQueued(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "the second build never waited");
            Thread.sleep(1);
        }
    }

    private void fill() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        held(running);
        assertTrue(running.await(30, TimeUnit.SECONDS));
        Thread[] waiter = new Thread[1];
        CountDownLatch started = new CountDownLatch(1);
        threads.submit(() -> {
            waiter[0] = Thread.currentThread();
            started.countDown();
            return builds.run(() -> Outcome.accepted("second"));
        });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        awaitQueued(waiter[0]);
    }

    @Test
    void aBuildBeyondRunningAndWaitingIsRefusedAtOnceAndTheWaitingOneRunsLater() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Future<Outcome<String>> first = held(running);
        assertTrue(running.await(30, TimeUnit.SECONDS));
        CountDownLatch started = new CountDownLatch(1);
        Thread[] waiter = new Thread[1];
        Future<Outcome<String>> second = threads.submit(() -> {
            waiter[0] = Thread.currentThread();
            started.countDown();
            return builds.run(() -> Outcome.accepted("second"));
        });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        awaitQueued(waiter[0]);

        Outcome<String> third = builds.run(() -> Outcome.accepted("third"));
        assertEquals(RequestReason.SERVICE_OVERLOADED, third.rejection().reasonCode());
        assertEquals("{\"max_concurrent\":1,\"max_waiting\":1}", JsonText.write(third.rejection().details()));

        release.countDown();
        assertEquals("built", first.get(30, TimeUnit.SECONDS).value());
        assertEquals("second", second.get(30, TimeUnit.SECONDS).value(), "the waiting build ran");
        assertEquals("fourth", builds.run(() -> Outcome.accepted("fourth")).value(), "the bulkhead is free again");
    }

    @Test
    void aFullBulkheadAnswers503ProblemWithRetryAfterAndHealthStaysUp() throws Exception {
        fill();
        given().when().get("/api/v1/sections/1001/snapshot")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("reason_code", equalTo("service_overloaded"))
                .body("details.max_concurrent", equalTo(1));
        given().when().get("/api/v1/sections/1001/projections/summary")
                .then().statusCode(503).body("reason_code", equalTo("service_overloaded"));
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/sections/1001/exports")
                .then().statusCode(503).body("reason_code", equalTo("service_overloaded"));
        given().when().get("/q/health/ready").then().statusCode(200);

        release.countDown();
        given().when().get("/api/v1/sections/1001/snapshot").then().statusCode(200);
    }
}
