package org.dashboard.snapshot.app.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files of an export ZIP (snapshot-export/README.md, DOMAIN.md 5), parsed with Commons CSV's RFC 4180
 * reader, and turned into facts keyed like {@link DashboardPage#read()}. The formula-injection guard
 * ({@code '=...}) is undone, as the export's parity suite does.
 */
final class ExportedCsv {
    private final Map<String, List<CSVRecord>> files;

    private ExportedCsv(Map<String, List<CSVRecord>> files) {
        this.files = files;
    }

    static ExportedCsv read(Path zip) throws IOException {
        Map<String, List<CSVRecord>> files = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().endsWith(".csv")) {
                    String text = new String(entries.readAllBytes(), StandardCharsets.UTF_8);
                    files.put(entry.getName(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                            .get().parse(new StringReader(text)).getRecords());
                }
            }
        }
        return new ExportedCsv(files);
    }

    /** The files in the ZIP. */
    List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    /** Every value the tiles show, as the CSV files say it. */
    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        metadata(facts);
        summary(facts);
        progress(facts);
        support(facts);
        students(facts);
        objectives(facts);
        assessments(facts);
        return facts;
    }

    private void metadata(Map<String, String> facts) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (CSVRecord record : file("dashboard_metadata.csv")) {
            fields.put(cell(record, "field"), cell(record, "value"));
        }
        for (String field : List.of("course_name", "dashboard_scope", "time_zone", "total_students",
                "completion_threshold")) {
            facts.put("metadata|" + field, fields.get(field));
        }
    }

    /** A null metric has no row: the tile then shows "--" or hides the card. */
    private void summary(Map<String, String> facts) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CSVRecord record : optionalFile("course_summary_metrics.csv")) {
            values.put(cell(record, "metric"), cell(record, "value"));
        }
        for (String metric : DashboardPage.METRICS) {
            facts.put("summary|" + metric, values.getOrDefault(metric, ""));
        }
    }

    private void progress(Map<String, String> facts) {
        List<CSVRecord> records = optionalFile("student_progress.csv");
        for (int i = 0; i < records.size(); i++) {
            for (String column : List.of("content_item", "students_completed", "completion_rate")) {
                facts.put("progress|" + i + "|" + column, cell(records.get(i), column));
            }
        }
    }

    private void support(Map<String, String> facts) {
        for (CSVRecord record : file("student_support_summary.csv")) {
            String category = cell(record, "category");
            facts.put("support|" + category + "|student_count", cell(record, "student_count"));
            facts.put("support|" + category + "|percentage", cell(record, "percentage"));
        }
    }

    private void students(Map<String, String> facts) {
        for (CSVRecord record : optionalFile("student_support_list.csv")) {
            String id = cell(record, "student_id");
            for (String column : List.of("student_name", "progress_pct", "proficiency_pct", "support_category",
                    "inactive")) {
                facts.put("student|" + id + "|" + column, cell(record, column));
            }
        }
    }

    private void objectives(Map<String, String> facts) {
        List<CSVRecord> records = optionalFile("challenging_learning_objectives.csv");
        for (int i = 0; i < records.size(); i++) {
            for (String column : List.of("label", "objective", "sub_objective", "proficiency")) {
                facts.put("objectives|" + i + "|" + column, cell(records.get(i), column));
            }
        }
    }

    private void assessments(Map<String, String> facts) {
        List<CSVRecord> records = optionalFile("assessment_summary.csv");
        for (int i = 0; i < records.size(); i++) {
            for (String column : List.of("assessment_name", "available_from", "due_date", "students_completed",
                    "students_not_completed", "score_min", "score_median", "score_mean", "score_max",
                    "score_std_dev")) {
                facts.put("assessments|" + i + "|" + column, cell(records.get(i), column));
            }
        }
        for (CSVRecord record : optionalFile("assessment_scores_distribution.csv")) {
            facts.put("histogram|" + cell(record, "assessment_name") + "|" + cell(record, "score_range"),
                    cell(record, "student_count"));
        }
    }

    private List<CSVRecord> file(String name) {
        List<CSVRecord> records = files.get(name);
        if (records == null) {
            throw new AssertionError(name + " is not in the export; it holds " + files.keySet());
        }
        return records;
    }

    /** A dataset without rows is left out of the ZIP (dataset_no_data): no rows, not an error. */
    private List<CSVRecord> optionalFile(String name) {
        return files.getOrDefault(name, List.of());
    }

    /** The cell as written before the injection guard: {@code '=x} -> {@code =x}. */
    private static String cell(CSVRecord record, String column) {
        String value = record.get(column);
        if (value.startsWith("'")) {
            String rest = value.substring(1).replaceFirst("^[\\uFEFF \\t\\r\\n]*", "");
            if (!rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0) {
                return value.substring(1);
            }
        }
        return value;
    }
}
