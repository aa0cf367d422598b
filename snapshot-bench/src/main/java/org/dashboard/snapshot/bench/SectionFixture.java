package org.dashboard.snapshot.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dashboard.snapshot.domain.assembly.Assembler;
import org.dashboard.snapshot.domain.assembly.AssemblyOptions;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.contract.Versions;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.ProjectionCatalog;
import org.dashboard.snapshot.domain.projection.Projections;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.dashboard.snapshot.projections.InstructorCapabilities;

/**
 * One built-in sample section (20, 200, 2,000 or 20,000 students) prepared for the benchmarks: its oracle
 * results for the course scope, the assembled snapshot, the derived bundle, the CSV bytes its export writes and
 * its oracle payloads as plain Java values for the Jackson baseline. The clock and request token are fixed, so
 * every run measures the same bytes.
 */
public final class SectionFixture {
    public static final ExportRequest EXPORT = ExportRequest.defaults().withProfile("with_optional_ai");

    public final int students;
    public final ProjectionCatalog catalog = InstructorCapabilities.catalog();
    public final Assembler assembler;
    public final Projections projections = new Projections(catalog);
    public final CsvExport export = CsvExport.standard();
    public final DashboardContext context;
    public final AssemblyOptions options;
    public final Map<OracleKey, OracleResult> results;
    public final Snapshot snapshot;
    private Snapshot bundle;
    private Map<String, byte[]> csvFiles;
    private Map<String, Object> plainPayloads;

    private static final Map<Integer, SectionFixture> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The fixture of a size, made once per JVM (the quick profile runs every benchmark in one JVM). */
    public static SectionFixture of(int students) {
        return MADE.computeIfAbsent(students, SectionFixture::new);
    }

    public SectionFixture(int students) {
        this.students = students;
        int index = SampleSections.sizes().indexOf(students);
        if (index < 0) {
            throw new IllegalArgumentException("no sample section has " + students + " students; sizes are "
                    + SampleSections.sizes());
        }
        SampleSection section = SampleSections.standard(SampleSections.standardSectionIds().get(index));
        this.assembler = new Assembler(catalog, Versions.standard(), Clock.fixed(SampleSection.AS_OF, ZoneOffset.UTC),
                () -> "req-bench");
        this.context = DashboardContext.section(section.sectionId(), 1);
        this.options = AssemblyOptions.of(Scope.course(), catalog.capabilities());
        Map<OracleKey, OracleResult> loaded = new TreeMap<>();
        for (Map.Entry<OracleKey, JsonValue> payload : section.oracles(Scope.course()).entrySet()) {
            loaded.put(payload.getKey(), new OracleResult.Ok(1, false, payload.getValue(), Map.of()));
        }
        this.results = Map.copyOf(loaded);
        this.snapshot = assemble();
    }

    /** The derived bundle (made on first use, so that a benchmark pays only for the state it reads). */
    public synchronized Snapshot bundle() {
        if (bundle == null) {
            bundle = projections.deriveInto(snapshot, catalog.capabilities()).value();
        }
        return bundle;
    }

    /** The CSV files of the bundle's export, in archive order (the manifest excluded). */
    public synchronized Map<String, byte[]> csvFiles() {
        if (csvFiles == null) {
            csvFiles = unzip(export.buildZip(bundle(), EXPORT).value().zip());
        }
        return csvFiles;
    }

    /** The oracle payloads as maps, lists, strings, BigDecimals and booleans. */
    public synchronized Map<String, Object> plainPayloads() {
        if (plainPayloads == null) {
            Map<String, Object> plain = new LinkedHashMap<>();
            results.forEach((key, result) -> plain.put(key.value(), plain(((OracleResult.Ok) result).payload())));
            plainPayloads = new TreeMap<>(plain);
        }
        return plainPayloads;
    }

    public Snapshot assemble() {
        return assembler.assemble(context, Optional.empty(), results, options).value();
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".csv")) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Object plain(JsonValue value) {
        if (value instanceof JsonValue.JsonObject object) {
            Map<String, Object> out = new LinkedHashMap<>();
            object.members().forEach((name, member) -> out.put(name, plain(member)));
            return out;
        }
        if (value instanceof JsonValue.JsonArray array) {
            List<Object> out = new ArrayList<>(array.elements().size());
            array.elements().forEach(element -> out.add(plain(element)));
            return out;
        }
        if (value instanceof JsonValue.JsonString string) {
            return string.value();
        }
        if (value instanceof JsonValue.JsonNumber number) {
            return number.value();
        }
        if (value instanceof JsonValue.JsonBoolean bool) {
            return bool.value();
        }
        return null;
    }
}
