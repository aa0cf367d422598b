package org.dashboard.snapshot.app.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dashboard.snapshot.app.auth.CurrentCaller;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.service.CapabilityView;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.ScopeRequest;
import org.dashboard.snapshot.export.wire.JsonValueReader;
import org.dashboard.snapshot.export.wire.SnapshotJson;

/** Snapshots and projections: the projection-only POST and the get_or_build GETs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SnapshotResource {
    private final DataSnapshot dataSnapshot;
    private final BuildBulkhead builds;
    private final SnapshotRequestReader requestReader;
    private final JsonValueReader jsonReader;
    private final SnapshotJson json;
    private final CurrentCaller caller;

    public SnapshotResource(DataSnapshot dataSnapshot, SnapshotRequestReader requestReader,
                            JsonValueReader jsonReader, SnapshotJson json, CurrentCaller caller,
                            BuildBulkhead builds) {
        this.builds = builds;
        this.caller = caller;
        this.dataSnapshot = dataSnapshot;
        this.requestReader = requestReader;
        this.jsonReader = jsonReader;
        this.json = json;
    }

    /** Assembles the caller's oracle results and derives the requested capabilities. */
    @POST
    @Path("/snapshots")
    @Consumes(MediaType.WILDCARD)
    public Response project(byte[] body) {
        Outcome<SnapshotRequest> request = jsonReader.read(body).flatMap(requestReader::read);
        if (!request.isAccepted()) {
            return Problems.response(request.rejection(), json);
        }
        Outcome<Snapshot> bundle = dataSnapshot.project(request.value());
        if (!bundle.isAccepted()) {
            return Problems.response(bundle.rejection(), json);
        }
        return Response.ok(json.fresh().write(bundle.value(), request.value().includeOracles()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** get_or_build for one section and scope. */
    @GET
    @Path("/sections/{section_id}/snapshot")
    public Response snapshot(@PathParam("section_id") String sectionId, @Context UriInfo uri) {
        Outcome<Snapshot> bundle = ScopeQuery.sectionId(sectionId)
                .flatMap(id -> ScopeQuery.read(id, uri.getQueryParameters(),
                        dataSnapshot.projections().catalog(), List.of()))
                .flatMap(request -> asCaller(request, uri))
                .flatMap(request -> builds.getOrBuild(dataSnapshot, request));
        if (!bundle.isAccepted()) {
            return Problems.response(bundle.rejection(), json);
        }
        boolean includeOracles = "true".equals(uri.getQueryParameters().getFirst("include_oracles"));
        return Response.ok(json.write(bundle.value(), includeOracles), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * One capability: {@code {capability, status, projection, fingerprint}}. A projection that is not published
     * (failed, unavailable, or partial without {@code allow_partial=true}) is a 422 problem carrying its status.
     */
    @GET
    @Path("/sections/{section_id}/projections/{capability}")
    public Response projection(@PathParam("section_id") String sectionId, @PathParam("capability") String key,
                               @Context UriInfo uri) {
        if (dataSnapshot.projections().catalog().find(key).isEmpty()) {
            return Problems.response(DataSnapshot.unknownCapability(key), json);
        }
        Capability capability = Capability.of(key);
        boolean allowPartial = "true".equals(uri.getQueryParameters().getFirst("allow_partial"));
        Outcome<Snapshot> bundle = ScopeQuery.sectionId(sectionId)
                .flatMap(id -> ScopeQuery.read(id, uri.getQueryParameters(),
                        dataSnapshot.projections().catalog(), List.of(capability)))
                .flatMap(request -> asCaller(request, uri))
                .flatMap(request -> builds.getOrBuild(dataSnapshot, request));
        if (!bundle.isAccepted()) {
            return Problems.response(bundle.rejection(), json);
        }
        Outcome<CapabilityView> view = dataSnapshot.getProjection(bundle.value(), capability, allowPartial);
        if (!view.isAccepted()) {
            return notPublished(view.rejection(), bundle.value(), capability);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("capability", capability.key());
        body.put("status", view.value().status());
        body.put("projection", view.value().projection());
        body.put("fingerprint", view.value().fingerprint());
        return Response.ok(json.write(body), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** With authorization on, the request is made as the token's user (see {@link CurrentCaller#actingAs}). */
    private Outcome<ScopeRequest> asCaller(ScopeRequest request, UriInfo uri) {
        return caller.actingAs(request, Optional.ofNullable(uri.getQueryParameters().getFirst("user_id"))
                .filter(value -> !value.isBlank()));
    }

    private Response notPublished(Rejection rejection, Snapshot bundle, Capability capability) {
        Map<String, JsonValue> details = new LinkedHashMap<>(rejection.details().members());
        var status = bundle.projectionStatuses().get(capability);
        if (status != null) {
            details.put("projection_status", Statuses.json(status));
        }
        return Problems.response(Rejection.of(rejection.reasonCode(), rejection.message(),
                new JsonValue.JsonObject(details)), json);
    }
}
