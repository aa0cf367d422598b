package org.dashboard.snapshot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.wire.SnapshotJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The operations of the service at the four sample section sizes, each invocation timed (sample mode, so the
 * summary can quote percentiles), with two library baselines measured in the same run:
 * {@code deflate_only} (java.util.zip over exactly the CSV bytes {@code build_zip} writes) and
 * {@code jackson_payloads} (plain Jackson writing exactly the oracle payloads the snapshot carries).
 *
 * <p>Method names are the operation names of the benchmark summary.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SnapshotBenchmarks {

    @Param({"20", "200", "2000", "20000"})
    public int students;

    private SectionFixture fixture;
    private final SnapshotJson json = new SnapshotJson();
    private final ObjectMapper plainJackson = new ObjectMapper();

    @Setup(Level.Trial)
    public void prepare() {
        fixture = SectionFixture.of(students);
    }

    @Benchmark
    public Snapshot assembly() {
        return fixture.assemble();
    }

    @Benchmark
    public Map<Capability, Derivation> derive_all() {
        return fixture.projections.deriveAll(fixture.snapshot, fixture.catalog.capabilities()).value();
    }

    @Benchmark
    public Derivation derive_summary() {
        return derive("summary");
    }

    @Benchmark
    public Derivation derive_progress() {
        return derive("progress");
    }

    @Benchmark
    public Derivation derive_student_support() {
        return derive("student_support");
    }

    @Benchmark
    public Derivation derive_challenging_objectives() {
        return derive("challenging_objectives");
    }

    @Benchmark
    public Derivation derive_assessments() {
        return derive("assessments");
    }

    @Benchmark
    public Derivation derive_ai_context() {
        return derive("ai_context");
    }

    @Benchmark
    public ExportArchive build_zip() {
        return fixture.export.buildZip(fixture.bundle(), SectionFixture.EXPORT).value();
    }

    @Benchmark
    public byte[] snapshot_json() {
        return json.write(fixture.bundle(), false);
    }

    /** What the export's ZIP step alone costs: the same CSV bytes, the same compression level. */
    @Benchmark
    public byte[] deflate_only() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> file : fixture.csvFiles().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** What Jackson alone costs to write the oracle payloads the snapshot is built from. */
    @Benchmark
    public byte[] jackson_payloads() throws IOException {
        return plainJackson.writeValueAsBytes(fixture.plainPayloads());
    }

    private Derivation derive(String capability) {
        return fixture.projections.derive(Capability.of(capability), fixture.snapshot).value();
    }
}
