package org.dashboard.snapshot.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar started plainly, as production starts it (the {@code prod} profile): without a verification key
 * it refuses to start and says which settings are missing; with one it serves {@code /api/v1} only to a bearer
 * token, while health stays open.
 */
class ProductionStartIT {

    @Test
    void withoutAKeyTheServiceRefusesToStart() throws Exception {
        Process process = PackagedJar.launch();
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the service started without a key:\n" + output);
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("authorization is on (snapshot.auth.enabled=true, the default) but "
                + "mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey) and mp.jwt.verify.issuer are not set"),
                output);
    }

    @Test
    void withAKeyItServesApiCallsOnlyWithATokenAndHealthToAnyone() throws Exception {
        Path key = Path.of("src", "test", "resources", "auth", "public-key.pem").toAbsolutePath();
        try (PackagedJar jar = PackagedJar.start("-Dmp.jwt.verify.publickey.location=file:" + key,
                "-Dmp.jwt.verify.issuer=https://issuer.snapshot.test")) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> api = client.send(HttpRequest.newBuilder(
                    URI.create(jar.url("/api/v1/sections/1001/snapshot"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, api.statusCode());
            assertEquals("application/problem+json", api.headers().firstValue("Content-Type").orElse(""));
            assertTrue(api.body().contains("\"reason_code\":\"unauthenticated\""), api.body());
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                    URI.create(jar.url("/q/health/ready"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
    }
}
