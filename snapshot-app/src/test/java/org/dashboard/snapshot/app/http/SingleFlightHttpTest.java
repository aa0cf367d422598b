package org.dashboard.snapshot.app.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dashboard.snapshot.adapters.cache.CaffeineOracleResultCache;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single flight over HTTP: identical concurrent snapshot requests, with the grades oracle held open by the stub,
 * call the upstream once per oracle; every request gets the same projections under its own token.
 */
@QuarkusTest
@TestProfile(HttpSourceProfile.Patient.class)
class SingleFlightHttpTest {
    private static final String JOINED = "snapshot_oracle_loads_joined_total";
    private static final String PATH = "/api/v1/sections/1001/snapshot?generated_at=2026-02-04T16:25:18Z";

    @StubUpstream.InjectStub
    StubUpstream upstream;

    @Inject
    CaffeineOracleResultCache cache;

    @Inject
    DataSnapshot dataSnapshot;

    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService clients = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
    }

    static double joined() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(JOINED + " ") || line.startsWith(JOINED + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(0);
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        for (int read = 0; read < 1200; read++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("never happened: " + what);
    }

    private Future<Response> get() {
        return clients.submit(() -> given().when().get(PATH).andReturn());
    }

    @Test
    void identicalConcurrentRequestsCallTheUpstreamOncePerOracle() throws Exception {
        upstream.reset();
        cache.clear();
        upstream.answer(OracleKey.GRADES, StubUpstream.Answer.held(release));
        double joinedBefore = joined();

        List<Future<Response>> responses = new ArrayList<>();
        responses.add(get());
        awaitTrue(() -> upstream.calls(OracleKey.GRADES) == 1, "the held grades call");
        awaitTrue(() -> dataSnapshot.oraclesInFlight() == upstream.totalCalls(), "every oracle called");
        int oracles = dataSnapshot.oraclesInFlight();
        assertTrue(oracles > 1, "the first request loads several oracles: " + oracles);
        for (int i = 0; i < 3; i++) {
            responses.add(get());
        }
        awaitTrue(() -> joined() - joinedBefore == 3.0 * oracles, "three requests joining every oracle in flight");

        release.countDown();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> bodies = new ArrayList<>();
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (Future<Response> response : responses) {
            Response answered = response.get(60, TimeUnit.SECONDS);
            assertEquals(200, answered.statusCode(), answered.asString());
            String token = mapper.readTree(answered.asByteArray()).get("request_token").asText();
            tokens.add(token);
            bodies.add(mapper.readTree(answered.asString().replace(token, "the-token")));
        }
        assertEquals(1, upstream.calls(OracleKey.GRADES));
        assertEquals(oracles, upstream.totalCalls(), "one upstream call per oracle for four requests");
        for (JsonNode body : bodies.subList(1, bodies.size())) {
            assertEquals(bodies.get(0).get("projections"), body.get("projections"));
            assertEquals(bodies.get(0).get("projection_statuses"), body.get("projection_statuses"));
        }
        assertEquals(4, tokens.size(), "each its own token");
        assertEquals("ready", bodies.get(3).at("/projection_statuses/assessments/status").asText());
        assertEquals(0, dataSnapshot.oraclesInFlight());
    }
}
