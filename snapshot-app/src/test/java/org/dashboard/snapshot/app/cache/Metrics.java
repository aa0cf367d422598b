package org.dashboard.snapshot.app.cache;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the cache failure counters off {@code /q/metrics}. */
final class Metrics {
    private static final Pattern FAILURES = Pattern.compile(
            "(?m)^snapshot_cache_failures_total\\{operation=\"(get|put)\"[^}]*}\\s+([0-9.E+-]+)$");

    private Metrics() {
    }

    /** {@code snapshot_cache_failures_total} for one operation ({@code get} or {@code put}); 0 when absent. */
    static double cacheFailures(String operation) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        Matcher matcher = FAILURES.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(operation)) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }

    static double cacheFailures() {
        return cacheFailures("get") + cacheFailures("put");
    }
}
