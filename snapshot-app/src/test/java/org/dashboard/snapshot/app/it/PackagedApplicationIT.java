package org.dashboard.snapshot.app.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The packaged application starts and serves its operational endpoints: health (liveness, readiness), Prometheus
 * metrics, the OpenAPI document, and problem+json for a path it does not serve.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void isLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesPrometheusMetrics() {
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("# TYPE jvm_"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("info.title", equalTo("Instructor-dashboard data snapshot service"));
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("reason_code", equalTo("not_found"));
    }
}
