package org.dashboard.snapshot.app.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The HTTP oracle source when nothing listens at the upstream URL: errors, never an exception. */
@QuarkusTest
@TestProfile(HttpSourceProfile.Unreachable.class)
class HttpOracleSourceUnreachableTest {

    @Inject
    CircuitBreakerMaintenance circuits;

    @Test
    void aRefusedConnectionFailsTheOraclesWithoutAStatus() {
        // warm-up: the first request of a fresh application loads the REST client (slower than the test timeout)
        given().when().get("/api/v1/sections/1001/snapshot?capabilities=assessments").then().statusCode(200);
        circuits.resetAll();
        given().when().get("/api/v1/sections/1001/projections/assessments?request_token=dash-7-0002")
                .then().statusCode(422)
                .body("reason_code", equalTo("required_oracle_failed"));
        given().when().get("/api/v1/sections/1001/snapshot?capabilities=assessments")
                .then().statusCode(200)
                .body("oracle_statuses.oracle_instructor_grades.status", equalTo("failed"))
                .body("oracle_statuses.oracle_instructor_grades.reason_code", equalTo("oracle_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.code", equalTo("upstream_error"))
                .body("oracle_statuses.oracle_instructor_grades.reason.status", nullValue())
                .body("projection_statuses.assessments.status", equalTo("failed"))
                .body("projection_statuses.assessments.reason_code", equalTo("required_oracle_failed"));
    }
}
