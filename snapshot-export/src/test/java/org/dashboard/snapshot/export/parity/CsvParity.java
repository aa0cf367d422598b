package org.dashboard.snapshot.export.parity;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dashboard.snapshot.domain.contract.Capability;
import org.dashboard.snapshot.domain.contract.Projection;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.projection.ParityFingerprint;
import org.dashboard.snapshot.export.ExportArchive;
import org.dashboard.snapshot.export.Manifest;
import org.dashboard.snapshot.export.csv.CsvWriter;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.dashboard.snapshot.export.request.ExportRequest;

/**
 * The parity check of DOMAIN.md 7 (FR-012, AC-002, NFR-COR-001): every CSV of an export is parsed back (Commons
 * CSV, RFC 4180) into canonical parity facts, and for every capability the union of the facts of the datasets
 * rendered from it must equal the projection's {@code parityFacts()}, except the facts a dataset legitimately
 * omits:
 * <ul>
 *   <li>{@code summary|scope|label} when the request sets {@code dashboard_scope_label} (dashboard_metadata shows
 *       the request's label instead);</li>
 *   <li>{@code summary|scope|course_title} when the request sets {@code course_name}, or the title is null, blank
 *       or literally {@code Course} (the CSV then shows the request's name or the fallback "Course", and the
 *       title cannot be read back).</li>
 * </ul>
 * The formula-injection guard is undone on the way back ({@code '=x} reads as {@code =x}); a value that itself
 * begins with {@code '} followed by a formula character cannot be told from a guarded one, so such values are
 * outside the check (the fixtures and generated sections contain none).
 */
final class CsvParity {
    static final String DEFAULT_COURSE_NAME = "Course";

    private CsvParity() {
    }

    /** One capability whose CSV facts differ from its projection's. */
    record Mismatch(Capability capability, Set<String> onlyInProjection, Set<String> onlyInCsv) {
    }

    /**
     * The mismatches between the export and the bundle it came from; empty when the CSVs say exactly what the
     * projections say. Also checks the manifest's fingerprints against the projections' facts.
     */
    static List<Mismatch> check(Snapshot bundle, ExportRequest request, ExportArchive archive) {
        Map<String, byte[]> files = Zips.entries(archive.zip());
        Map<Capability, Set<String>> csvFacts = factsOf(files, request);
        List<Mismatch> mismatches = new ArrayList<>();
        Set<Capability> checked = new TreeSet<>();
        for (Manifest.DatasetEntry dataset : archive.manifest().datasets()) {
            boolean rendered = dataset.status() == Manifest.Status.INCLUDED
                    || dataset.reasonCode().map(r -> r.code().equals("dataset_no_data")).orElse(false);
            if (rendered) {
                checked.addAll(capabilitiesOf(dataset.datasetId()));
            }
        }
        for (Capability capability : checked) {
            Projection projection = bundle.projections().get(capability);
            Set<String> expected = expectedFacts(projection, request);
            Set<String> actual = csvFacts.getOrDefault(capability, Set.of());
            if (!expected.equals(actual)) {
                Set<String> onlyInProjection = new TreeSet<>(expected);
                onlyInProjection.removeAll(actual);
                Set<String> onlyInCsv = new TreeSet<>(actual);
                onlyInCsv.removeAll(expected);
                mismatches.add(new Mismatch(capability, onlyInProjection, onlyInCsv));
            }
            String fingerprint = archive.manifest().parity().get(capability);
            if (fingerprint != null && !fingerprint.equals(ParityFingerprint.of(projection.body().parityFacts()))) {
                mismatches.add(new Mismatch(capability, Set.of("fingerprint " + fingerprint), Set.of()));
            }
        }
        for (Capability capability : csvFacts.keySet()) {
            if (!checked.contains(capability)) {
                mismatches.add(new Mismatch(capability, Set.of(), csvFacts.get(capability)));
            }
        }
        return mismatches;
    }

    /** The projection's facts without the ones the export legitimately omits for this request. */
    static Set<String> expectedFacts(Projection projection, ExportRequest request) {
        Set<String> facts = new TreeSet<>(projection.body().parityFacts());
        if (projection.capability().key().equals("summary")) {
            if (request.dashboardScopeLabel().isPresent()) {
                facts.removeIf(f -> f.startsWith("summary|scope|label="));
            }
            String titleFact = "summary|scope|course_title=";
            facts.removeIf(f -> f.startsWith(titleFact) && (request.courseName().isPresent()
                    || f.substring(titleFact.length()).isBlank()
                    || f.substring(titleFact.length()).equals(DEFAULT_COURSE_NAME)));
        }
        return facts;
    }

    static List<Capability> capabilitiesOf(String datasetId) {
        switch (datasetId) {
            case "dashboard_metadata":
            case "course_summary_metrics":
                return List.of(Capability.of("summary"));
            case "student_progress":
                return List.of(Capability.of("progress"));
            case "student_support_summary":
            case "student_support_list":
                return List.of(Capability.of("student_support"));
            case "challenging_learning_objectives":
                return List.of(Capability.of("challenging_objectives"));
            case "assessment_scores_distribution":
            case "assessment_summary":
                return List.of(Capability.of("assessments"));
            case "ai_context":
                return List.of(Capability.of("ai_context"));
            default:
                throw new IllegalArgumentException("unknown dataset " + datasetId);
        }
    }

    /** Parses every CSV of the archive back into facts, by capability. */
    static Map<Capability, Set<String>> factsOf(Map<String, byte[]> files, ExportRequest request) {
        Map<Capability, Set<String>> facts = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().equals(Manifest.FILENAME)) {
                continue;
            }
            String datasetId = file.getKey().substring(0, file.getKey().length() - ".csv".length());
            List<List<String>> rows = rows(file.getValue());
            Set<String> target = facts.computeIfAbsent(capabilitiesOf(datasetId).get(0), c -> new TreeSet<>());
            target.addAll(datasetFacts(datasetId, rows, files, request));
        }
        return facts;
    }

    private static List<String> datasetFacts(String datasetId, List<List<String>> rows, Map<String, byte[]> files,
                                             ExportRequest request) {
        List<String> out = new ArrayList<>();
        switch (datasetId) {
            case "dashboard_metadata": {
                Map<String, String> fields = new LinkedHashMap<>();
                rows.forEach(r -> fields.put(r.get(0), r.get(1)));
                out.add("summary|total_students=" + fields.get("total_students"));
                if (request.dashboardScopeLabel().isEmpty()) {
                    out.add("summary|scope|label=" + fields.get("dashboard_scope"));
                }
                String courseName = fields.get("course_name");
                if (request.courseName().isEmpty() && !courseName.equals(DEFAULT_COURSE_NAME)) {
                    out.add("summary|scope|course_title=" + courseName);
                }
                break;
            }
            case "course_summary_metrics":
                for (List<String> row : rows) {
                    if (!row.get(2).equals("percent")) {
                        throw new AssertionError("unit " + row.get(2));
                    }
                    out.add("summary|metric|" + row.get(0) + "=" + row.get(1));
                }
                break;
            case "student_progress":
                for (int i = 0; i < rows.size(); i++) {
                    List<String> row = rows.get(i);
                    out.add("progress|" + i + "|content_item=" + row.get(0));
                    out.add("progress|" + i + "|students_completed=" + row.get(1));
                    out.add("progress|" + i + "|completion_rate=" + row.get(2));
                }
                break;
            case "student_support_summary":
                for (List<String> row : rows) {
                    out.add("student_support|bucket|" + row.get(0) + "|student_count=" + row.get(1));
                    out.add("student_support|bucket|" + row.get(0) + "|percentage=" + row.get(2));
                }
                break;
            case "student_support_list":
                for (List<String> row : rows) {
                    String key = "student_support|student|" + row.get(0) + "|";
                    out.add(key + "student_name=" + row.get(1));
                    out.add(key + "progress_pct=" + row.get(2));
                    out.add(key + "proficiency_pct=" + row.get(3));
                    out.add(key + "support_category=" + row.get(4));
                    out.add(key + "inactive=" + row.get(5));
                }
                break;
            case "challenging_learning_objectives":
                for (int i = 0; i < rows.size(); i++) {
                    List<String> row = rows.get(i);
                    String key = "challenging_objectives|" + i + "|";
                    out.add(key + "label=" + row.get(0));
                    out.add(key + "objective=" + row.get(1));
                    out.add(key + "sub_objective=" + row.get(2));
                    out.add(key + "proficiency=" + row.get(3));
                }
                break;
            case "assessment_summary": {
                String[] names = {"assessment_name", "available_from", "due_date", "students_completed",
                    "students_not_completed", "score_min", "score_median", "score_mean", "score_max",
                    "score_std_dev"};
                for (int i = 0; i < rows.size(); i++) {
                    for (int c = 0; c < names.length; c++) {
                        out.add("assessments|" + i + "|" + names[c] + "=" + rows.get(i).get(c));
                    }
                }
                break;
            }
            case "assessment_scores_distribution":
                out.addAll(histogramFacts(rows, files.get("assessment_summary.csv")));
                break;
            case "ai_context":
                for (List<String> row : rows) {
                    out.add("ai_context|" + row.get(0) + "=" + row.get(1));
                }
                break;
            default:
                throw new IllegalArgumentException("unknown dataset " + datasetId);
        }
        return out;
    }

    /**
     * Histogram facts keyed by the assessment's position: the distribution rows are matched, in order, to the
     * summary's rows by title, a new assessment starting when the title changes or the ranges start over.
     */
    private static List<String> histogramFacts(List<List<String>> rows, byte[] summaryCsv) {
        List<String> titles = new ArrayList<>();
        if (summaryCsv != null) {
            for (List<String> row : rows(summaryCsv)) {
                titles.add(row.get(0));
            }
        }
        List<String> out = new ArrayList<>();
        int position = -1;
        int lastRange = Integer.MAX_VALUE;
        for (List<String> row : rows) {
            int range = Integer.parseInt(row.get(1).substring(0, row.get(1).indexOf('-')));
            boolean sameAssessment = position >= 0 && titles.get(position).equals(row.get(0)) && range > lastRange;
            if (!sameAssessment) {
                position++;
                while (position < titles.size() && !titles.get(position).equals(row.get(0))) {
                    position++;
                }
                if (position >= titles.size()) {
                    throw new AssertionError("no assessment row for distribution row " + row);
                }
            }
            lastRange = range;
            out.add("assessments|" + position + "|histogram|" + row.get(1) + "=" + row.get(2));
        }
        return out;
    }

    /** The data rows of a CSV (header dropped), cells with the injection guard undone. */
    static List<List<String>> rows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180)
                .get()) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (String cell : record) {
                    row.add(unguarded(cell));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The cell before the formula-injection guard. */
    static String unguarded(String cell) {
        if (cell.startsWith("'") && CsvWriter.guarded(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }
}
