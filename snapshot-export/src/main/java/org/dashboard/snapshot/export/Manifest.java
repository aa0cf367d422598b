package org.dashboard.snapshot.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.ProjectionState;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Timestamps;

/**
 * {@code manifest.json}: what an export contains and why anything is missing (DOMAIN.md 5). Identifiers and
 * statuses only, never a student name or email.
 *
 * @param exportProfile the profile as requested
 * @param generatedAt the snapshot's {@code generated_at}
 * @param requestToken the snapshot's request token
 * @param snapshotVersion the snapshot version
 * @param projectionVersion the projection version
 * @param scope the snapshot's scope
 * @param datasets one entry per dataset of the profile, in registry order, included or not
 * @param parity capability to parity fingerprint, for the projections the included datasets came from
 */
public record Manifest(String exportProfile, Instant generatedAt, String requestToken, int snapshotVersion,
                       int projectionVersion, Scope scope, List<DatasetEntry> datasets,
                       SortedMap<Capability, String> parity) {
    /** The name of the manifest's ZIP entry. */
    public static final String FILENAME = "manifest.json";
    /** Content is closed explicitly, never by {@code close()}. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT).build();

    public Manifest {
        Objects.requireNonNull(exportProfile, "exportProfile");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(requestToken, "requestToken");
        Objects.requireNonNull(scope, "scope");
        datasets = List.copyOf(datasets);
        parity = Collections.unmodifiableSortedMap(new TreeMap<>(parity));
    }

    /** Whether a dataset made it into the ZIP. */
    public enum Status {
        INCLUDED,
        EXCLUDED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One dataset's line in the manifest.
     *
     * @param datasetId the dataset id
     * @param filename its file name (also when it was left out)
     * @param status included or excluded
     * @param projectionState the combined state of its required projections (the least ready one)
     * @param reasonCode why it was left out; empty when included
     * @param rowCount data rows (header excluded) when its serializer ran to completion (0 for
     *     {@code dataset_no_data}); empty when it was not serialized or its serializer failed
     * @param sha256 SHA-256 (hex) of the CSV bytes in the ZIP; empty when the file is not in the ZIP
     */
    public record DatasetEntry(String datasetId, String filename, Status status, ProjectionState projectionState,
                               Optional<ExportReason> reasonCode, OptionalInt rowCount, Optional<String> sha256) {
        public DatasetEntry {
            Objects.requireNonNull(datasetId, "datasetId");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(projectionState, "projectionState");
            Objects.requireNonNull(reasonCode, "reasonCode");
            Objects.requireNonNull(rowCount, "rowCount");
            Objects.requireNonNull(sha256, "sha256");
            boolean included = status == Status.INCLUDED;
            if (included == reasonCode.isPresent() || included != sha256.isPresent()
                    || (included && rowCount.isEmpty())) {
                throw new IllegalArgumentException("an included dataset has rows and a digest and no reason; an "
                        + "excluded one has a reason and no digest: " + datasetId);
            }
        }

        static DatasetEntry included(String datasetId, String filename, ProjectionState state, int rowCount,
                                     String sha256) {
            return new DatasetEntry(datasetId, filename, Status.INCLUDED, state, Optional.empty(),
                    OptionalInt.of(rowCount), Optional.of(sha256));
        }

        static DatasetEntry excluded(String datasetId, String filename, ProjectionState state, ExportReason reason,
                                     OptionalInt rowCount) {
            return new DatasetEntry(datasetId, filename, Status.EXCLUDED, state, Optional.of(reason), rowCount,
                    Optional.empty());
        }
    }

    /** The entry of a dataset, if the profile has it. */
    public Optional<DatasetEntry> dataset(String datasetId) {
        return datasets.stream().filter(d -> d.datasetId().equals(datasetId)).findFirst();
    }

    /**
     * The manifest as compact UTF-8 JSON, members in the documented order, absent values as {@code null}:
     * <pre>{@code
     * {"export_profile":"default","generated_at":"2026-02-04T16:25:18Z","request_token":"tok-1",
     *  "snapshot_version":1,"projection_version":1,"scope":{"container_type":"course"},
     *  "datasets":[{"dataset_id":"student_progress","filename":"student_progress.csv","status":"included",
     *    "projection_state":"ready","reason_code":null,"row_count":3,"sha256":"..."}],
     *  "parity":{"progress":"..."}}
     * }</pre>
     */
    public byte[] toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("export_profile", exportProfile);
            out.writeStringField("generated_at", Timestamps.format(generatedAt));
            out.writeStringField("request_token", requestToken);
            out.writeNumberField("snapshot_version", snapshotVersion);
            out.writeNumberField("projection_version", projectionVersion);
            out.writeObjectFieldStart("scope");
            out.writeStringField("container_type", scope.containerType());
            if (scope.containerId().isPresent()) {
                out.writeNumberField("container_id", scope.containerId().getAsLong());
            }
            out.writeEndObject();
            out.writeArrayFieldStart("datasets");
            for (DatasetEntry dataset : datasets) {
                writeDataset(out, dataset);
            }
            out.writeEndArray();
            out.writeObjectFieldStart("parity");
            for (Map.Entry<Capability, String> fingerprint : parity.entrySet()) {
                out.writeStringField(fingerprint.getKey().key(), fingerprint.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing JSON to memory failed", impossible);
        }
        return bytes.toByteArray();
    }

    private static void writeDataset(JsonGenerator out, DatasetEntry dataset) throws IOException {
        out.writeStartObject();
        out.writeStringField("dataset_id", dataset.datasetId());
        out.writeStringField("filename", dataset.filename());
        out.writeStringField("status", dataset.status().wire());
        out.writeStringField("projection_state", dataset.projectionState().wire());
        out.writeStringField("reason_code", dataset.reasonCode().map(ExportReason::code).orElse(null));
        out.writeFieldName("row_count");
        if (dataset.rowCount().isPresent()) {
            out.writeNumber(dataset.rowCount().getAsInt());
        } else {
            out.writeNull();
        }
        out.writeStringField("sha256", dataset.sha256().orElse(null));
        out.writeEndObject();
    }
}
