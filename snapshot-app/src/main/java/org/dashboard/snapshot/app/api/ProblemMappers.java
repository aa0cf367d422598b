package org.dashboard.snapshot.app.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP answers: framework refusals (unknown route, wrong method, wrong media
 * type, body too large) keep their status as problem+json; anything unexpected is a 500 problem that names no
 * class and carries no stack trace (the log has it).
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final SnapshotJson json;

    public ProblemMappers(SnapshotJson json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String code = switch (status) {
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "bad_request";
        };
        return problem(status, code, status >= 500 ? "the request could not be served" : exception.getMessage());
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException exception) {
        LOG.error("unhandled error while serving a request", exception);
        return problem(500, "internal_error", "the request could not be served; the error is logged");
    }

    private Response problem(int status, String code, String detail) {
        return Problems.response(status, code, detail == null ? Problems.title(code) : detail, json);
    }
}
