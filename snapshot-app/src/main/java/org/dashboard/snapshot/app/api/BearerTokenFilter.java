package org.dashboard.snapshot.app.api;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.app.auth.Caller;
import org.dashboard.snapshot.app.auth.CallerClaims;
import org.dashboard.snapshot.app.auth.CurrentCaller;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Authentication of every {@code /api/v1} request while {@code snapshot.auth.enabled} is true: the
 * {@code Authorization: Bearer <token>} header must carry a token SmallRye JWT verifies (signature by the
 * configured public key, issuer, expiry: {@code mp.jwt.verify.*}), and its claims must name a caller
 * ({@link CallerClaims}). Anything else is 401 problem+json {@code unauthenticated} with
 * {@code details: {field: "authorization", cause}} ({@code missing_token}, {@code malformed_token},
 * {@code invalid_signature}, {@code expired}, {@code wrong_issuer}, {@code invalid_token}) or the claim at fault.
 * The verified caller is kept in {@link CurrentCaller}. Health, metrics and OpenAPI ({@code /q/*}) are not
 * resources and never pass here.
 */
public class BearerTokenFilter {
    private static final String BEARER = "bearer ";

    private final boolean enabled;
    private final CallerClaims claims;
    private final JWTParser parser;
    private final CurrentCaller current;
    private final SnapshotJson json;

    public BearerTokenFilter(SnapshotConfig config, JWTParser parser, CurrentCaller current, SnapshotJson json) {
        this.enabled = config.auth().enabled();
        this.claims = new CallerClaims(config.auth().userIdClaim(), config.auth().roleClaim(),
                config.auth().sectionsClaim());
        this.parser = parser;
        this.current = current;
        this.json = json;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!enabled) {
            return Optional.empty();
        }
        Outcome<Caller> caller = verify(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!caller.isAccepted()) {
            return Optional.of(Response.fromResponse(Problems.response(caller.rejection(), json))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
        }
        current.set(caller.value());
        return Optional.empty();
    }

    private Outcome<Caller> verify(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || header.substring(BEARER.length()).isBlank()) {
            return refused("missing_token", "a bearer token is required");
        }
        JsonWebToken token;
        try {
            token = parser.parse(header.substring(BEARER.length()).trim());
        } catch (ParseException invalid) {
            String cause = cause(invalid);
            return refused(cause, "the bearer token is not valid (" + cause.replace('_', ' ') + ")");
        }
        return claims.read(token);
    }

    private static Outcome<Caller> refused(String cause, String message) {
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("field", JsonValue.of("authorization"));
        details.put("cause", JsonValue.of(cause));
        return Outcome.rejected(Rejection.of(RequestReason.UNAUTHENTICATED, message,
                new JsonValue.JsonObject(details)));
    }

    /** Why verification failed, in a stable word: the jose4j error codes the failure carries. */
    static String cause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                if (invalid.hasExpired()) {
                    return "expired";
                }
                if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
                    return "invalid_signature";
                }
                if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
                    return "wrong_issuer";
                }
                if (invalid.hasErrorCode(ErrorCodes.JSON_INVALID) || invalid.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
                    return "malformed_token";
                }
                return "invalid_token";
            }
        }
        return "invalid_token";
    }
}
