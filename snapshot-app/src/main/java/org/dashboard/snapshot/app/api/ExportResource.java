package org.dashboard.snapshot.app.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dashboard.snapshot.app.auth.CurrentCaller;
import org.dashboard.snapshot.domain.assembly.SnapshotRequest;
import org.dashboard.snapshot.domain.assembly.SnapshotRequestReader;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.port.SnapshotTelemetry;
import org.dashboard.snapshot.domain.port.TelemetryScope;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.ScopeRequest;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.export.request.ExportRequestReader;
import org.dashboard.snapshot.export.wire.JsonValueReader;
import org.dashboard.snapshot.export.wire.SnapshotJson;

/**
 * CSV ZIP exports, transform-only over the same bundle the tiles read: the projection-only POST (oracle results in
 * the body) and the get_or_build POST for a section. Success is {@code application/zip} with a
 * {@code Content-Disposition} file name; a failed-closed export is a 422 problem with the export reason code and
 * no ZIP bytes at all.
 */
@Path("/api/v1")
public class ExportResource {
    /** Fields of the section export body: the snapshot body without context and oracle results. */
    private static final Set<String> SECTION_EXPORT_FIELDS = Set.of("scope", "request_token", "parameters",
            "capabilities", "projection_version", "snapshot_version", "metadata", "export");

    private final DataSnapshot dataSnapshot;
    private final BuildBulkhead builds;
    private final SnapshotRequestReader requestReader;
    private final JsonValueReader jsonReader;
    private final SnapshotJson json;
    private final CsvExport csvExport;
    private final SnapshotTelemetry telemetry;
    private final CurrentCaller caller;

    public ExportResource(DataSnapshot dataSnapshot, SnapshotRequestReader requestReader, JsonValueReader jsonReader,
                          SnapshotJson json, CsvExport csvExport, SnapshotTelemetry telemetry, CurrentCaller caller,
                          BuildBulkhead builds) {
        this.builds = builds;
        this.caller = caller;
        this.dataSnapshot = dataSnapshot;
        this.requestReader = requestReader;
        this.jsonReader = jsonReader;
        this.json = json;
        this.csvExport = csvExport;
        this.telemetry = telemetry;
    }

    /** Builds the ZIP from the caller's oracle results. */
    @POST
    @Path("/exports")
    @Consumes(MediaType.WILDCARD)
    @Produces({"application/zip", Problems.MEDIA_TYPE})
    public Response export(byte[] body) {
        Outcome<JsonValue> document = jsonReader.read(body);
        if (!document.isAccepted()) {
            return Problems.response(document.rejection(), json);
        }
        Outcome<SnapshotRequest> request = requestReader.read(document.value(), Set.of("export"));
        if (!request.isAccepted()) {
            return Problems.response(request.rejection(), json);
        }
        Outcome<ExportRequest> export = exportBlock(document.value());
        if (!export.isAccepted()) {
            return Problems.response(export.rejection(), json);
        }
        return zip(dataSnapshot.project(request.value()), export.value());
    }

    /** Builds the ZIP for a section through get_or_build. */
    @POST
    @Path("/sections/{section_id}/exports")
    @Consumes(MediaType.WILDCARD)
    @Produces({"application/zip", Problems.MEDIA_TYPE})
    public Response exportSection(@PathParam("section_id") String sectionId, byte[] body) {
        Outcome<Long> id = ScopeQuery.sectionId(sectionId);
        if (!id.isAccepted()) {
            return Problems.response(id.rejection(), json);
        }
        JsonValue document = JsonObject.EMPTY;
        if (body != null && body.length > 0) {
            Outcome<JsonValue> read = jsonReader.read(body);
            if (!read.isAccepted()) {
                return Problems.response(read.rejection(), json);
            }
            document = read.value();
        }
        if (!(document instanceof JsonObject object)) {
            return Problems.response(Rejection.ofField(RequestReason.MALFORMED_REQUEST, "$", document,
                    "the request body must be a JSON object"), json);
        }
        for (String field : object.members().keySet()) {
            if (!SECTION_EXPORT_FIELDS.contains(field)) {
                return Problems.response(Rejection.ofField(RequestReason.UNKNOWN_FIELD, field, object.getOrNull(field),
                        "unknown field '" + field + "'"), json);
            }
        }
        Map<String, JsonValue> asSnapshotBody = new LinkedHashMap<>(object.members());
        asSnapshotBody.put("context", new JsonObject(Map.of(
                "dashboard_context_type", JsonValue.of("section"),
                "dashboard_context_id", JsonValue.of(id.value()),
                "user_id", JsonValue.of(caller.userId(1)))));
        asSnapshotBody.putIfAbsent("scope", new JsonObject(Map.of("container_type", JsonValue.of("course"))));
        asSnapshotBody.put("oracle_results", JsonObject.EMPTY);
        Outcome<SnapshotRequest> request = requestReader.read(new JsonObject(asSnapshotBody), Set.of("export"));
        if (!request.isAccepted()) {
            return Problems.response(request.rejection(), json);
        }
        Outcome<ExportRequest> export = exportBlock(object);
        if (!export.isAccepted()) {
            return Problems.response(export.rejection(), json);
        }
        SnapshotRequest read = request.value();
        ScopeRequest scopeRequest = new ScopeRequest(read.context(), read.requestToken(), read.options(),
                ScopeRequest.CURRENT_DATA);
        return zip(builds.getOrBuild(dataSnapshot, scopeRequest), export.value());
    }

    private static Outcome<ExportRequest> exportBlock(JsonValue document) {
        JsonValue block = document instanceof JsonObject object ? object.getOrNull("export") : JsonValue.nullValue();
        return block.isNull() ? Outcome.accepted(ExportRequest.defaults()) : ExportRequestReader.read(block);
    }

    private Response zip(Outcome<Snapshot> bundle, ExportRequest request) {
        if (!bundle.isAccepted()) {
            return Problems.response(bundle.rejection(), json);
        }
        long started = System.nanoTime();
        Outcome<ExportArchive> archive = csvExport.buildZip(bundle.value(), request);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        TelemetryScope tags = new TelemetryScope(bundle.value().metadata().contextType().wire(),
                bundle.value().scope().containerType());
        String profile = csvExport.registry().datasetsFor(request.profile()).isAccepted() ? request.profile() : "unknown";
        telemetry.exported(tags, profile, archive.isAccepted() ? Optional.empty()
                : Optional.of(archive.rejection().reasonCode()), elapsed);
        if (!archive.isAccepted()) {
            return Problems.response(archive.rejection(), json);
        }
        return Response.ok(archive.value().zip(), ExportArchive.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + archive.value().filename() + "\"")
                .build();
    }
}
