package org.dashboard.snapshot.app.auth;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production setting of authorization in a test: on, verifying {@link TestTokens}' tokens. */
public class AuthOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "snapshot.auth.enabled", "true",
                "mp.jwt.verify.publickey.location", "auth/public-key.pem",
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }
}
