package org.dashboard.snapshot.app.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import org.dashboard.snapshot.app.api.Problems;
import org.junit.jupiter.api.Test;

/**
 * Authorization on, as in production: every case of the bearer token (none, malformed, wrong key, expired, wrong
 * issuer, unusable claims) and of the grant (section not granted, instructor granted, admin), over the endpoints
 * that read stored data and the projection-only ones that do not.
 */
@QuarkusTest
@TestProfile(AuthOn.class)
class AuthorizationTest {
    private static final String SNAPSHOT = "/api/v1/sections/{id}/snapshot?generated_at=2026-02-04T16:25:18Z"
            + "&capabilities=summary";
    private static final String PROJECTION = "/api/v1/sections/{id}/projections/progress"
            + "?generated_at=2026-02-04T16:25:18Z";
    private static final String PROJECT_BODY = "{\"context\": {\"dashboard_context_type\": \"section\", "
            + "\"dashboard_context_id\": 42, \"user_id\": 3}, \"scope\": {\"container_type\": \"course\"}, "
            + "\"oracle_results\": {}, \"capabilities\": [\"summary\"]}";
    private static final String EXPORT_BODY = PROJECT_BODY.replace("\"capabilities\": [\"summary\"]",
            "\"export\": {\"allow_partial\": true}");

    private static ValidatableResponse snapshot(String authorization, long section) {
        var request = given();
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        return request.when().get(SNAPSHOT, section).then();
    }

    private static ValidatableResponse unauthenticated(ValidatableResponse response, String cause) {
        return response.statusCode(401).contentType(Problems.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("reason_code", equalTo("unauthenticated"))
                .body("status", equalTo(401))
                .body("details.field", equalTo("authorization"))
                .body("details.cause", equalTo(cause));
    }

    @Test
    void noTokenIsUnauthenticated() {
        unauthenticated(snapshot(null, 1001), "missing_token");
    }

    @Test
    void anotherSchemeThanBearerIsUnauthenticated() {
        unauthenticated(snapshot("Basic dXNlcjpwYXNz", 1001), "missing_token");
    }

    @Test
    void aTokenThatIsNoJwtIsUnauthenticated() {
        unauthenticated(snapshot("Bearer not.a.token", 1001), "malformed_token");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthenticated() {
        String forged = TestTokens.sign(TestTokens.claims(7, "instructor", 1001), "auth/other-private-key.pem");
        unauthenticated(snapshot("Bearer " + forged, 1001), "invalid_signature");
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        String expired = TestTokens.sign(TestTokens.claims(7, "instructor", 1001).issuedAt(twoHoursAgo)
                .expiresAt(twoHoursAgo.plusSeconds(3600)), "auth/private-key.pem");
        unauthenticated(snapshot("Bearer " + expired, 1001), "expired");
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthenticated() {
        String foreign = TestTokens.sign(TestTokens.claims(7, "instructor", 1001).issuer("https://elsewhere.test"),
                "auth/private-key.pem");
        unauthenticated(snapshot("Bearer " + foreign, 1001), "wrong_issuer");
    }

    @Test
    void aTokenWithoutAKnownRoleIsUnauthenticatedNamingTheClaim() {
        String student = TestTokens.sign(TestTokens.claims(7, "student", 1001), "auth/private-key.pem");
        snapshot("Bearer " + student, 1001).statusCode(401).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("unauthenticated"))
                .body("details.field", equalTo("token.role"))
                .body("details.value", equalTo("student"));
    }

    @Test
    void aTokenWhoseSubjectIsNoUserIdIsUnauthenticatedNamingTheClaim() {
        String named = TestTokens.sign(TestTokens.claims(7, "instructor", 1001).subject("ada@example.edu"),
                "auth/private-key.pem");
        snapshot("Bearer " + named, 1001).statusCode(401)
                .body("reason_code", equalTo("unauthenticated"))
                .body("details.field", equalTo("token.sub"));
    }

    @Test
    void aSectionTheTokenDoesNotGrantIsUnauthorizedScope() {
        snapshot("Bearer " + TestTokens.instructor(1001), 1002).statusCode(403).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("unauthorized_scope"))
                .body("status", equalTo(403))
                .body("details.field", equalTo("section_id"))
                .body("details.value", equalTo(1002));
    }

    @Test
    void anUnknownSectionNotGrantedIsUnauthorizedScopeNotUnknown() {
        snapshot("Bearer " + TestTokens.instructor(1001), 999).statusCode(403)
                .body("reason_code", equalTo("unauthorized_scope"));
    }

    @Test
    void anInstructorReadsAGrantedSectionAsItsOwnUser() {
        snapshot("Bearer " + TestTokens.instructor(1001, 1003), 1001).statusCode(200)
                .contentType(ContentType.JSON)
                .body("metadata.dashboard_context_id", equalTo(1001))
                .body("projection_statuses.summary.status", equalTo("ready"));
    }

    @Test
    void aUserIdQueryNamingAnotherUserIsUnauthorizedScope() {
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(SNAPSHOT + "&user_id=8", 1001)
                .then().statusCode(403)
                .body("reason_code", equalTo("unauthorized_scope"))
                .body("details.field", equalTo("user_id"))
                .body("details.value", equalTo(8));
    }

    @Test
    void aUserIdQueryNamingTheTokensUserIsAccepted() {
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(SNAPSHOT + "&user_id=7", 1001)
                .then().statusCode(200);
    }

    @Test
    void anAdminReadsEverySection() {
        snapshot("Bearer " + TestTokens.admin(), 1002).statusCode(200)
                .body("metadata.dashboard_context_id", equalTo(1002));
        snapshot("Bearer " + TestTokens.admin(), 1004).statusCode(200)
                .body("metadata.dashboard_context_id", equalTo(1004));
    }

    @Test
    void anAdminAskingForAnUnknownSectionLearnsItIsUnknown() {
        snapshot("Bearer " + TestTokens.admin(), 999).statusCode(404)
                .body("reason_code", equalTo("unknown_section"));
    }

    @Test
    void theSnapshotStreamNeedsTheGrantToo() {
        String stream = "/api/v1/sections/{id}/snapshot/stream?generated_at=2026-02-04T16:25:18Z";
        given().when().get(stream, 1001).then().statusCode(401)
                .body("reason_code", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(stream, 1002).then().statusCode(403).contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("unauthorized_scope"))
                .body("details.value", equalTo(1002));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(stream + "&user_id=8", 1001).then().statusCode(403)
                .body("details.field", equalTo("user_id"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(stream, 1001).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("event:snapshot"));
    }

    @Test
    void oneProjectionNeedsTheGrantToo() {
        given().when().get(PROJECTION, 1001).then().statusCode(401)
                .body("reason_code", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(PROJECTION, 1002).then().statusCode(403)
                .body("reason_code", equalTo("unauthorized_scope"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001))
                .when().get(PROJECTION, 1001).then().statusCode(200)
                .body("capability", equalTo("progress"));
    }

    @Test
    void theSectionExportNeedsTheGrant() {
        String body = "{\"parameters\": {\"generated_at\": \"2026-02-04T16:25:18Z\"}}";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sections/1001/exports").then().statusCode(401)
                .body("reason_code", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1002)).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/sections/1001/exports").then().statusCode(403)
                .contentType(Problems.MEDIA_TYPE)
                .body("reason_code", equalTo("unauthorized_scope"));
        given().header("Authorization", "Bearer " + TestTokens.instructor(1001)).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/sections/1001/exports").then().statusCode(200)
                .contentType("application/zip");
    }

    @Test
    void theProjectionOnlyPathsNeedATokenButNoGrant() {
        given().contentType(ContentType.JSON).body(PROJECT_BODY)
                .when().post("/api/v1/snapshots").then().statusCode(401)
                .body("reason_code", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.instructor()).contentType(ContentType.JSON)
                .body(PROJECT_BODY).when().post("/api/v1/snapshots").then().statusCode(200)
                .body("metadata.dashboard_context_id", equalTo(42));
        given().contentType(ContentType.JSON).body(EXPORT_BODY)
                .when().post("/api/v1/exports").then().statusCode(401)
                .body("reason_code", equalTo("unauthenticated"));
        given().header("Authorization", "Bearer " + TestTokens.instructor()).contentType(ContentType.JSON)
                .body(EXPORT_BODY).when().post("/api/v1/exports").then().statusCode(200)
                .contentType("application/zip");
    }

    @Test
    void healthMetricsAndOpenApiStayOpenWhateverTheHeader() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().header("Authorization", "Bearer not.a.token").when().get("/q/health/live").then().statusCode(200);
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_"));
        given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", equalTo("3.1.0"));
    }
}
