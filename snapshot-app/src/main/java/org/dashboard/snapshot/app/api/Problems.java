package org.dashboard.snapshot.app.api;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.AssemblyReason;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.ProjectionReason;
import org.dashboard.snapshot.domain.contract.ReasonCode;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.export.wire.SnapshotJson;

/**
 * Every refusal as {@code application/problem+json}: {@code type}, {@code title}, {@code status},
 * {@code reason_code}, {@code detail} and {@code details}. The HTTP status follows the reason code:
 * request shape 400, unknown section or capability 404, body too large 413, wrong media type 415, not
 * authenticated 401, section not granted 403, a stream superseded by a newer request 409 (sent as the stream's
 * {@code error} event), too many builds running and waiting 503 (with {@code Retry-After}), everything the contract refuses (assembly, projection and export
 * reasons) 422.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    /** What a 503 {@code service_overloaded} suggests: a build usually ends well within a second. */
    static final String RETRY_AFTER_SECONDS = "1";
    private static final Map<RequestReason, Integer> REQUEST_STATUS = Map.ofEntries(
            Map.entry(RequestReason.MALFORMED_REQUEST, 400),
            Map.entry(RequestReason.UNKNOWN_FIELD, 400),
            Map.entry(RequestReason.MISSING_FIELD, 400),
            Map.entry(RequestReason.INVALID_FIELD, 400),
            Map.entry(RequestReason.JSON_LIMIT_EXCEEDED, 400),
            Map.entry(RequestReason.UNKNOWN_CAPABILITY, 404),
            Map.entry(RequestReason.UNKNOWN_SECTION, 404),
            Map.entry(RequestReason.PAYLOAD_TOO_LARGE, 413),
            Map.entry(RequestReason.UNSUPPORTED_MEDIA_TYPE, 415),
            Map.entry(RequestReason.UNAUTHENTICATED, 401),
            Map.entry(RequestReason.UNAUTHORIZED_SCOPE, 403),
            Map.entry(RequestReason.REQUEST_SUPERSEDED, 409),
            Map.entry(RequestReason.SERVICE_OVERLOADED, 503));

    private Problems() {
    }

    public static int status(ReasonCode reason) {
        if (reason instanceof RequestReason request) {
            return REQUEST_STATUS.getOrDefault(request, 400);
        }
        if (reason instanceof AssemblyReason || reason instanceof ExportReason || reason instanceof ProjectionReason) {
            return 422;
        }
        return 400;
    }

    /** A refusal of the contract as problem+json; its status follows its reason code. */
    public static Response response(Rejection rejection, SnapshotJson json) {
        Response.ResponseBuilder response = Response.status(status(rejection.reasonCode())).type(MEDIA_TYPE)
                .entity(body(rejection, json));
        if (rejection.reasonCode() == RequestReason.SERVICE_OVERLOADED) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    /** A framework refusal (or an unexpected error) as problem+json. */
    public static Response response(int status, String code, String detail, SnapshotJson json) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(body(status, code, detail, JsonValue.JsonObject.EMPTY, json)).build();
    }

    /** The problem body of a refusal of the contract, as JSON bytes. */
    public static byte[] body(Rejection rejection, SnapshotJson json) {
        return body(status(rejection.reasonCode()), rejection.reasonCode().code(), rejection.message(),
                rejection.details(), json);
    }

    /** {@code {type, title, status, reason_code, detail, details}}, in that order. */
    static byte[] body(int status, String code, String detail, JsonValue.JsonObject details,
                               SnapshotJson json) {
        Map<String, JsonValue> problem = new java.util.LinkedHashMap<>();
        problem.put("type", JsonValue.of("urn:dashboard-snapshot:problem:" + code));
        problem.put("title", JsonValue.of(title(code)));
        problem.put("status", JsonValue.of(status));
        problem.put("reason_code", JsonValue.of(code));
        problem.put("detail", JsonValue.of(detail));
        problem.put("details", details);
        return json.writeOrdered(new JsonValue.JsonObject(problem));
    }

    /** "invalid_scope" -> "Invalid scope". */
    static String title(String code) {
        String words = code.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
