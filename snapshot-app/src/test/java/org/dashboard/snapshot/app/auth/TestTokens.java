package org.dashboard.snapshot.app.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;

/** Bearer tokens signed with the committed test key pair ({@code src/test/resources/auth}). */
public final class TestTokens {
    public static final String ISSUER = "https://issuer.snapshot.test";

    private TestTokens() {
    }

    /** An instructor's token: user 7, granted {@code sections}, valid for an hour. */
    public static String instructor(long... sections) {
        return sign(claims(7, "instructor", sections), "auth/private-key.pem");
    }

    /** An admin's token: user 9, no section grants, valid for an hour. */
    public static String admin() {
        return sign(claims(9, "admin"), "auth/private-key.pem");
    }

    /** Claims of a token valid for an hour from now: subject {@code userId}, {@code role}, {@code section_ids}. */
    public static JwtClaimsBuilder claims(long userId, String role, long... sections) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(Long.toString(userId)).claim("role", role)
                .issuedAt(now).expiresAt(now.plusSeconds(3600));
        List<Long> granted = java.util.Arrays.stream(sections).boxed().toList();
        return sections.length == 0 ? claims : claims.claim("section_ids", granted);
    }

    /** The claims signed with a private key of the test resources. */
    public static String sign(JwtClaimsBuilder claims, String privateKey) {
        return claims.jws().sign(key(privateKey));
    }

    private static PrivateKey key(String resource) {
        try {
            return KeyUtils.readPrivateKey(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
