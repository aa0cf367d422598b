package org.dashboard.snapshot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SnapshotBenchmarks} at every size and writes {@code target/bench-summary.json}: p50, p95 and p99
 * per operation and size, and each operation's ratio to its baseline measured in the same run.
 *
 * <p>{@code quick} (default): every benchmark in this JVM (no forks, so each section is generated once and the
 * JIT warms once, as in a long-running service), short iterations, all sizes: about three minutes on 2 cores.
 * {@code full}: two forked JVMs per benchmark and size, longer iterations. Any further argument is a regular expression selecting
 * benchmark methods, for example {@code derive_.*}.
 */
public final class QuickProfile {
    /** The operation each operation is read against; the rest have none. */
    static final Map<String, String> BASELINES = Map.of(
            "build_zip", "deflate_only",
            "snapshot_json", "jackson_payloads");

    private QuickProfile() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        boolean full = false;
        String include = SnapshotBenchmarks.class.getSimpleName() + "\\.";
        String methods = ".*";
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.equals("full")) {
                full = true;
            } else if (!arg.equals("quick") && !arg.isBlank()) {
                methods = arg;
            }
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include + methods + "$")
                .forks(full ? 2 : 0)
                .warmupIterations(full ? 5 : 2)
                .warmupTime(TimeValue.milliseconds(full ? 2000 : 500))
                .measurementIterations(full ? 5 : 3)
                .measurementTime(TimeValue.milliseconds(full ? 2000 : 500))
                .jvmArgsAppend("-Xms1g", "-Xmx2g")
                .shouldDoGC(full)
                .resultFormat(ResultFormatType.JSON)
                .result(target.resolve("jmh-result.json").toString());
        Collection<RunResult> results = new Runner(options.build()).run();
        Path summary = target.resolve("bench-summary.json");
        Files.write(summary, summaryJson(rows(results)));
        System.out.println("wrote " + summary.toAbsolutePath());
    }

    /** One row per operation and size, sorted by size then operation name. */
    static List<Row> rows(Collection<RunResult> results) {
        Map<String, Row> bySize = new TreeMap<>();
        for (RunResult result : results) {
            String operation = result.getParams().getBenchmark();
            operation = operation.substring(operation.lastIndexOf('.') + 1);
            int students = Integer.parseInt(result.getParams().getParam("students"));
            var statistics = result.getPrimaryResult().getStatistics();
            Row row = new Row(operation, students, statistics.getPercentile(50), statistics.getPercentile(95),
                    statistics.getPercentile(99));
            bySize.put(String.format("%06d %s", students, operation), row);
        }
        return List.copyOf(bySize.values());
    }

    static byte[] summaryJson(List<Row> rows) throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row row : rows) {
            String baseline = BASELINES.get(row.operation());
            Double ratio = null;
            if (baseline != null) {
                for (Row other : rows) {
                    if (other.operation().equals(baseline) && other.students() == row.students() && other.p50() > 0) {
                        ratio = round(row.p50() / other.p50());
                    }
                }
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("operation", row.operation());
            line.put("students", row.students());
            line.put("p50_ms", round(row.p50()));
            line.put("p95_ms", round(row.p95()));
            line.put("p99_ms", round(row.p99()));
            line.put("baseline", baseline);
            line.put("baseline_ratio", ratio);
            out.add(line);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("machine", machine);
        summary.put("results", out);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
    }

    /** Three significant decimals below 1 ms, two above. */
    static double round(double millis) {
        double scale = millis < 1 ? 1000 : 100;
        return Math.round(millis * scale) / scale;
    }

    record Row(String operation, int students, double p50, double p95, double p99) {
    }
}
