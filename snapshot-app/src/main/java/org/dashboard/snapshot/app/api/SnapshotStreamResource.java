package org.dashboard.snapshot.app.api;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Flow;
import org.dashboard.snapshot.app.auth.CurrentCaller;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.SnapshotStreams;
import org.dashboard.snapshot.domain.service.StreamEvent;
import org.dashboard.snapshot.domain.service.StreamEvent.BundleReady;
import org.dashboard.snapshot.domain.service.StreamEvent.Ended;
import org.dashboard.snapshot.domain.service.StreamEvent.OracleSettled;
import org.dashboard.snapshot.domain.service.StreamEvent.ProjectionSettled;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * get_or_build as a stream of server-sent events: {@code oracle} as each oracle settles, {@code projection} as
 * each capability's oracles have all settled, then {@code snapshot} (the bundle, byte for byte what
 * {@code GET .../snapshot} returns for the same query), or {@code error} (a problem body) when the stream ends
 * otherwise (superseded by a newer request, or a failure). A request refused before the stream starts is a plain
 * problem+json answer with the status of its reason code, exactly as the snapshot GET refuses it.
 */
@Path("/api/v1")
public class SnapshotStreamResource {
    private static final Logger LOG = Logger.getLogger(SnapshotStreamResource.class);

    private final DataSnapshot dataSnapshot;
    private final SnapshotStreams streams;
    private final SnapshotJson json;
    private final CurrentCaller caller;

    public SnapshotStreamResource(DataSnapshot dataSnapshot, SnapshotStreams streams, SnapshotJson json,
                                  CurrentCaller caller) {
        this.dataSnapshot = dataSnapshot;
        this.streams = streams;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Path("/sections/{section_id}/snapshot/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public Multi<OutboundSseEvent> stream(@PathParam("section_id") String sectionId, @Context UriInfo uri,
                                          @Context Sse sse) {
        Outcome<Flow.Publisher<StreamEvent>> opened = ScopeQuery.sectionId(sectionId)
                .flatMap(id -> ScopeQuery.read(id, uri.getQueryParameters(),
                        dataSnapshot.projections().catalog(), List.of()))
                .flatMap(request -> caller.actingAs(request, Optional.ofNullable(uri.getQueryParameters()
                        .getFirst("user_id")).filter(value -> !value.isBlank())))
                .flatMap(streams::open);
        if (!opened.isAccepted()) {
            throw new Refused(opened.rejection());
        }
        boolean includeOracles = "true".equals(uri.getQueryParameters().getFirst("include_oracles"));
        return Multi.createFrom().publisher(opened.value())
                .map(event -> sseEvent(sse, event, includeOracles))
                .onFailure().recoverWithItem(failure -> {
                    LOG.error("an incremental snapshot build failed", failure);
                    return event(sse, "error", Problems.body(500, "internal_error",
                            "the stream could not be completed; the error is logged", JsonValue.JsonObject.EMPTY,
                            json));
                });
    }

    /** The refusal before streaming: the same problem+json the snapshot GET answers. */
    @ServerExceptionMapper
    public Response refused(Refused refused) {
        return Problems.response(refused.rejection, json);
    }

    private OutboundSseEvent sseEvent(Sse sse, StreamEvent event, boolean includeOracles) {
        if (event instanceof OracleSettled oracle) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("request_token", oracle.requestToken());
            body.put("oracle_key", oracle.key().value());
            body.put("status", oracle.status());
            return event(sse, "oracle", json.write(body));
        }
        if (event instanceof ProjectionSettled projection) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("request_token", projection.requestToken());
            body.put("capability", projection.capability().key());
            body.put("status", projection.status());
            body.put("projection", projection.projection().orElse(null));
            body.put("fingerprint", projection.fingerprint().orElse(null));
            return event(sse, "projection", json.write(body));
        }
        if (event instanceof BundleReady ready) {
            return event(sse, "snapshot", json.write(ready.bundle(), includeOracles));
        }
        return event(sse, "error", Problems.body(((Ended) event).rejection(), json));
    }

    private static OutboundSseEvent event(Sse sse, String name, byte[] data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, new String(data, StandardCharsets.UTF_8)).build();
    }

    /** A request refused before its stream starts. */
    public static final class Refused extends RuntimeException {
        private final transient Rejection rejection;

        Refused(Rejection rejection) {
            super(rejection.message(), null, false, false);
            this.rejection = rejection;
        }
    }
}
