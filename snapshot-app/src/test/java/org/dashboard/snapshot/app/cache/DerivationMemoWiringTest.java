package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.dashboard.snapshot.adapters.cache.CaffeineDerivationMemo;
import org.dashboard.snapshot.app.wiring.CachedRenderedBodies;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.projection.DerivationKey;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.ScopeRequest;
import org.junit.jupiter.api.Test;

/**
 * The running service reuses derivations and their JSON for a repeated get_or_build: the second answer differs
 * from the first only in its request token, and the remembered body is the same object.
 */
@QuarkusTest
class DerivationMemoWiringTest {
    private static final String SNAPSHOT = "/api/v1/sections/1002/snapshot?generated_at=2026-02-04T16:25:18Z"
            + "&request_token=";

    @Inject
    DataSnapshot dataSnapshot;
    @Inject
    CaffeineDerivationMemo memo;
    @Inject
    CachedRenderedBodies bodies;

    private static String get(String token) {
        return new String(given().when().get(SNAPSHOT + token).then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedGetAnswersTheSameBytesButItsToken() {
        memo.clear();
        String first = get("memo-aaaa");
        String second = get("memo-bbbb");
        assertNotEquals(first, second);
        assertEquals(first.replace("memo-aaaa", "memo-bbbb"), second);
    }

    @Test
    void theServiceRemembersPublishedDerivationsAndTheirBodies() {
        memo.clear();
        get("memo-0"); // derives, remembers and renders
        ScopeRequest request = new ScopeRequest(DashboardContext.section(1002, 1), Optional.of("memo-1"),
                AssemblyOptions.of(Scope.course(), List.of()).withParameters(
                        new org.dashboard.snapshot.domain.json.JsonValue.JsonObject(java.util.Map.of("generated_at",
                                org.dashboard.snapshot.domain.json.JsonValue.of("2026-02-04T16:25:18Z")))),
                ScopeRequest.CURRENT_DATA);
        Snapshot first = dataSnapshot.getOrBuild(request).value();
        Capability support = Capability.of("student_support");
        DerivationKey key = dataSnapshot.projections().keyOf(support, first).orElseThrow();
        assertTrue(memo.get(key).isPresent());
        Snapshot second = dataSnapshot.getOrBuild(new ScopeRequest(request.context(), Optional.of("memo-2"),
                request.options(), request.dataVersion())).value();
        ProjectionBody body = second.projections().get(support).body();
        assertSame(first.projections().get(support).body(), body);
        assertEquals("memo-2", second.projections().get(support).requestToken());
        assertSame(first.projections().get(support).body(), body);
        assertTrue(bodies.members(body, b -> {
            throw new AssertionError("the body was rendered already");
        }).getValue().startsWith("\"parameters\":"));
    }
}
