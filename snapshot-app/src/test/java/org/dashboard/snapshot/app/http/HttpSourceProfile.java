package org.dashboard.snapshot.app.http;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The HTTP oracle source against {@link StubUpstream}, with test-sized timeouts (1.5 s: generous for a loaded machine, far below the stub's 6 s delay) and retry delays. */
public class HttpSourceProfile implements QuarkusTestProfile {
    static final String GUARD = "quarkus.fault-tolerance.\"org.dashboard.snapshot.adapters.http.OracleUpstream/fetch\".";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.oracle-source", "http",
                "snapshot.http-source.load-deadline", "5s",
                GUARD + "timeout.value", "1500",
                GUARD + "retry.delay", "10",
                "quarkus.rest-client.oracle-upstream.read-timeout", "5000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(StubUpstream.class));
    }

    /**
     * The same with timeouts far beyond any test (60 s per call, 120 s per load), so that only a cancellation
     * can end a load whose oracle the stub holds.
     */
    public static class Patient extends HttpSourceProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "snapshot.oracle-source", "http",
                    "snapshot.http-source.load-deadline", "120s",
                    GUARD + "timeout.value", "60000",
                    "quarkus.rest-client.oracle-upstream.read-timeout", "120000");
        }
    }

    /** The same, pointed at a closed port of 127.0.0.1. */
    public static class Unreachable extends HttpSourceProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StubUpstream.class, Map.of("refuse", "true")));
        }
    }
}
