package org.dashboard.snapshot.app.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The start-up check of the authorization settings names exactly what is missing. */
class AuthStartupTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void withoutKeyAndIssuerBothAreNamed() {
        List<String> missing = AuthStartup.missing(config(Map.of()));

        assertEquals(List.of("mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)", "mp.jwt.verify.issuer"),
                missing);
        assertEquals("authorization is on (snapshot.auth.enabled=true, the default) but "
                + "mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey) and mp.jwt.verify.issuer are not set: "
                + "configure the token issuer's public key and issuer, or start with -Dquarkus.profile=dev to run "
                + "without authorization", AuthStartup.message(missing));
    }

    @Test
    void aBlankKeyCountsAsMissing() {
        assertEquals(List.of("mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey)"),
                AuthStartup.missing(config(Map.of("mp.jwt.verify.publickey.location", " ",
                        "mp.jwt.verify.issuer", "https://sso.example.edu"))));
    }

    @Test
    void anInlineKeyOrAKeyLocationWithAnIssuerIsEnough() {
        assertEquals(List.of(), AuthStartup.missing(config(Map.of("mp.jwt.verify.publickey", "MIIB...",
                "mp.jwt.verify.issuer", "https://sso.example.edu"))));
        assertEquals(List.of(), AuthStartup.missing(config(Map.of("mp.jwt.verify.publickey.location",
                "file:/etc/key.pem", "mp.jwt.verify.issuer", "https://sso.example.edu"))));
    }

    @Test
    void aMissingIssuerAloneIsNamedAlone() {
        List<String> missing = AuthStartup.missing(config(Map.of("mp.jwt.verify.publickey.location", "k.pem")));

        assertEquals(List.of("mp.jwt.verify.issuer"), missing);
        assertEquals(true, AuthStartup.message(missing).contains("but mp.jwt.verify.issuer is not set"));
    }
}
