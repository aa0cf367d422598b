package org.dashboard.snapshot.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.ExportReason;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.json.JsonValue.JsonObject;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.dashboard.snapshot.export.InclusionPolicy.Decision;
import org.dashboard.snapshot.export.InclusionPolicy.Exclude;
import org.dashboard.snapshot.export.InclusionPolicy.Fail;
import org.dashboard.snapshot.export.InclusionPolicy.Include;
import org.dashboard.snapshot.export.csv.CsvTable;
import org.dashboard.snapshot.export.csv.CsvWriter;
import org.dashboard.snapshot.export.dataset.DatasetRegistry;
import org.dashboard.snapshot.export.dataset.DatasetSpec;
import org.dashboard.snapshot.export.request.ExportRequest;

/**
 * The CSV ZIP export ({@code build_zip}, FR-006..FR-009): a pure transform of a snapshot bundle and an export
 * request. It never calls an oracle, a cache, a coordinator or a clock; its only "now" is the bundle's
 * {@code generated_at}. The same bundle and request give byte-identical ZIPs.
 *
 * <p>Order of work: the profile's datasets are looked up; the inclusion policy is decided for every dataset
 * (a fail-closed dataset whose projection is not published fails the export, the first in registry order
 * naming the reason); the included datasets are serialized in registry order (a serializer error excludes the
 * dataset, or fails the export when the dataset is fail-closed; a dataset without rows is excluded with
 * {@code dataset_no_data}); then the ZIP is written: the CSVs in registry order and {@code manifest.json} last.
 * A failure returns a rejection with the export reason code and no bytes at all.
 */
public final class CsvExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private final DatasetRegistry registry;

    public CsvExport(DatasetRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The export over the datasets of DOMAIN.md 5. */
    public static CsvExport standard() {
        return new CsvExport(DatasetRegistry.standard());
    }

    public DatasetRegistry registry() {
        return registry;
    }

    /** Builds the ZIP, or refuses with an export reason code (DOMAIN.md 6) and details. */
    public Outcome<ExportArchive> buildZip(Snapshot bundle, ExportRequest request) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(request, "request");
        Outcome<List<DatasetSpec>> datasets = registry.datasetsFor(request.profile());
        if (!datasets.isAccepted()) {
            return Outcome.rejected(datasets.rejection());
        }
        List<Decision> decisions = new ArrayList<>();
        for (DatasetSpec dataset : datasets.value()) {
            Decision decision = InclusionPolicy.decide(dataset, bundle, request.allowPartial());
            if (decision instanceof Fail fail) {
                return Outcome.rejected(fail.rejection());
            }
            decisions.add(decision);
        }
        List<DeterministicZip.Entry> entries = new ArrayList<>();
        List<Manifest.DatasetEntry> lines = new ArrayList<>();
        SortedMap<Capability, String> parity = new TreeMap<>();
        for (Decision decision : decisions) {
            DatasetSpec dataset = decision.dataset();
            if (decision instanceof Exclude exclude) {
                lines.add(Manifest.DatasetEntry.excluded(dataset.datasetId(), dataset.filename(), exclude.state(),
                        exclude.reason(), OptionalInt.empty()));
                continue;
            }
            Include include = (Include) decision;
            CsvTable table;
            try {
                table = Objects.requireNonNull(dataset.serializer().serialize(bundle, request),
                        "the serializer returned no table");
            } catch (RuntimeException | StackOverflowError thrown) {
                if (!include.lenient()) {
                    return Outcome.rejected(serializerError(dataset, thrown));
                }
                lines.add(Manifest.DatasetEntry.excluded(dataset.datasetId(), dataset.filename(), include.state(),
                        ExportReason.SERIALIZER_ERROR, OptionalInt.empty()));
                continue;
            }
            if (table.rowCount() == 0) {
                lines.add(Manifest.DatasetEntry.excluded(dataset.datasetId(), dataset.filename(), include.state(),
                        ExportReason.DATASET_NO_DATA, OptionalInt.of(0)));
                continue;
            }
            byte[] csv = CsvWriter.write(table);
            entries.add(new DeterministicZip.Entry(dataset.filename(), csv));
            lines.add(Manifest.DatasetEntry.included(dataset.datasetId(), dataset.filename(), include.state(),
                    table.rowCount(), sha256(csv)));
            for (Capability capability : dataset.requiredCapabilities()) {
                parity.put(capability, fingerprint(bundle, capability));
            }
        }
        Manifest manifest = new Manifest(request.profile(), bundle.metadata().generatedAt(), bundle.requestToken(),
                bundle.snapshotVersion(), bundle.projectionVersion(), bundle.scope(), lines, parity);
        if (request.includeManifest()) {
            entries.add(new DeterministicZip.Entry(Manifest.FILENAME, manifest.toJson()));
        }
        if (entries.isEmpty()) {
            return Outcome.rejected(nothingToExport(lines));
        }
        Outcome<byte[]> zip = DeterministicZip.write(entries, bundle.metadata().generatedAt());
        if (!zip.isAccepted()) {
            return Outcome.rejected(zip.rejection());
        }
        return Outcome.accepted(new ExportArchive(zip.value(), manifest, filename(bundle)));
    }

    /** {@code dashboard_export_<section id>_<course | container-<id>>_<YYYY-MM-DD>.zip}, dated in the bundle's zone. */
    public static String filename(Snapshot bundle) {
        Scope scope = bundle.scope();
        String scopePart = scope.containerId().isPresent() ? "container-" + scope.containerId().getAsLong()
                : "course";
        Instant generatedAt = bundle.metadata().generatedAt();
        return "dashboard_export_" + bundle.metadata().contextId() + "_" + scopePart + "_"
                + DATE.format(generatedAt.atZone(bundle.metadata().timezone())) + ".zip";
    }

    /** The fingerprint the bundle recorded for the projection, else the one of its facts. */
    private static String fingerprint(Snapshot bundle, Capability capability) {
        String recorded = bundle.fingerprints().get(capability);
        if (recorded != null) {
            return recorded;
        }
        Projection projection = bundle.projections().get(capability);
        return ParityFingerprint.of(projection.body());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(ParityFingerprint.sha256().digest(bytes));
    }

    private static Rejection serializerError(DatasetSpec dataset, Throwable thrown) {
        Map<String, JsonValue> details = new LinkedHashMap<>();
        details.put("dataset_id", JsonValue.of(dataset.datasetId()));
        details.put("error", JsonValue.of(describe(thrown)));
        return Rejection.of(ExportReason.SERIALIZER_ERROR, "the serializer of fail-closed dataset "
                + dataset.datasetId() + " failed: " + describe(thrown), new JsonObject(details));
    }

    private static Rejection nothingToExport(List<Manifest.DatasetEntry> lines) {
        List<JsonValue> datasets = new ArrayList<>();
        for (Manifest.DatasetEntry line : lines) {
            Map<String, JsonValue> dataset = new LinkedHashMap<>();
            dataset.put("dataset_id", JsonValue.of(line.datasetId()));
            dataset.put("reason_code", JsonValue.of(line.reasonCode().orElseThrow().code()));
            datasets.add(new JsonObject(dataset));
        }
        return Rejection.of(ExportReason.EXPORT_FAILED, "nothing to export: no dataset was included and "
                + "include_manifest is false", new JsonObject(Map.of("datasets", JsonValue.JsonArray.of(datasets))));
    }

    /** The exception's class and message, never a stack trace. */
    private static String describe(Throwable thrown) {
        return thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
    }
}
