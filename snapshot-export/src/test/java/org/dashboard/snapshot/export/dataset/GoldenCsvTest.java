package org.dashboard.snapshot.export.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.export.CsvExport;
import org.dashboard.snapshot.export.fixtures.GoldenSection;
import org.dashboard.snapshot.export.fixtures.Zips;
import org.dashboard.snapshot.export.request.ExportRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of every dataset for the hand-written {@link GoldenSection}: quoting of commas, quotes and line
 * breaks, unicode, the formula-injection guard, number and date formats, row order.
 */
class GoldenCsvTest {
    private static Map<String, byte[]> files;

    @BeforeAll
    static void export() {
        Snapshot bundle = GoldenSection.fixtures().bundle();
        files = Zips.entries(CsvExport.standard().buildZip(bundle,
                ExportRequest.defaults().withProfile("with_optional_ai")).value().zip());
    }

    private static void assertCsv(String file, String... lines) {
        String expected = String.join("\r\n", lines) + "\r\n";
        assertEquals(expected, new String(files.get(file), StandardCharsets.UTF_8));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), files.get(file));
    }

    @Test
    void theArchiveHoldsEveryDatasetInRegistryOrderThenTheManifest() {
        assertEquals(List.of("dashboard_metadata.csv", "course_summary_metrics.csv", "student_progress.csv",
                "student_support_summary.csv", "student_support_list.csv", "challenging_learning_objectives.csv",
                "assessment_scores_distribution.csv", "assessment_summary.csv", "ai_context.csv", "manifest.json"),
                List.copyOf(files.keySet()));
    }

    @Test
    void dashboardMetadata() {
        assertCsv("dashboard_metadata.csv",
                "field,value",
                "course_name,\"Gardening, \"\"Advanced\"\" Pretest\"",
                "course_section,Section",
                "dashboard_scope,Entire Course",
                "generated_at,2026-02-04 11:25:18 -05:00",
                "time_zone,America/New_York",
                "completion_threshold,100%",
                "inactive_threshold,>7 days",
                "struggling_proficiency,\u2264 40%",
                "struggling_progress,< 40% OR > 80%",
                "excelling_proficiency,\u2265 80%",
                "excelling_progress,\u2265 80%",
                "proficiency_definition,Learning objective proficiency based on first-attempt correctness",
                "total_students,8");
    }

    @Test
    void courseSummaryMetrics() {
        assertCsv("course_summary_metrics.csv",
                "metric,value,unit",
                "average_class_proficiency,41.7,percent",
                "average_assessment_score,76.2,percent",
                "average_student_progress,49.4,percent");
    }

    @Test
    void studentProgress() {
        assertCsv("student_progress.csv",
                "content_item,students_completed,completion_rate",
                "\"Unit 1: Soil, Water\",6,75.0",
                "'=Unit 2,1,12.5",
                "Unit\u00e9 3 \u2014 \u690d\u7269,0,0.0");
    }

    @Test
    void studentSupportSummary() {
        assertCsv("student_support_summary.csv",
                "category,student_count,percentage",
                "struggling,3,42.9",
                "on_track,2,28.6",
                "excelling,1,14.3",
                "not_enough_information,1,14.3");
    }

    @Test
    void studentSupportList() {
        assertCsv("student_support_list.csv",
                "student_id,student_name,progress_pct,proficiency_pct,support_category,inactive",
                "5,'-Minus Person,85,20,struggling,True",
                "6,'@At Sign,0,0,struggling,False",
                "1,\"Ada Lovelace, Countess\",25,35,struggling,False",
                "7,blank@example.edu,70,70,on_track,False",
                "3,\"Zo\u00eb \"\"Zed\"\" \u00d1\u00fa\u00f1ez\",55.5,60.5,on_track,False",
                "2,'=cmd|' /C calc'!A0,100,90,excelling,False",
                "4,\"'+Plus Line\nBreak\",,,not_enough_information,True");
    }

    @Test
    void challengingLearningObjectives() {
        assertCsv("challenging_learning_objectives.csv",
                "label,objective,sub_objective,proficiency",
                "LO 1,\"Water, \"\"Cycles\"\"\",,Low",
                "2.1,'-Understand plant anatomy,\"Analyze root\nsystems\",Low",
                ",\"'@Orphan, Low\",,Low");
    }

    @Test
    void assessmentScoresDistribution() {
        assertCsv("assessment_scores_distribution.csv",
                "assessment_name,score_range,student_count",
                "\"Quiz, \"\"One\"\"\",0-10,2",
                "\"Quiz, \"\"One\"\"\",50-60,1",
                "\"Quiz, \"\"One\"\"\",80-90,3",
                "\"Final Exam\nPart A\",90-100,9");
    }

    @Test
    void assessmentSummary() {
        assertCsv("assessment_summary.csv",
                "assessment_name,available_from,due_date,students_completed,students_not_completed,score_min,"
                        + "score_median,score_mean,score_max,score_std_dev",
                "\"Quiz, \"\"One\"\"\",2026-02-02,2026-02-08,6,2,50,70,82.5,95,8.7",
                "\"Final Exam\nPart A\",2026-03-01,,9,0,40,60,70,100,0",
                "'=SUM(A1),,,0,8,,,,,");
    }

    @Test
    void aiContext() {
        assertCsv("ai_context.csv",
                "field,value",
                "scope_label,Entire Course",
                "class_size,8",
                "challenging_objectives|0,\"Water, \"\"Cycles\"\"\"",
                "note,'=not a formula");
    }

    @Test
    void dashboardMetadataFollowsTheRequestTheScopeAndTheParameters() {
        Snapshot bundle = GoldenSection.fixtures().scope(Scope.container(101))
                .parameters("{'timezone': 'Etc/UTC', 'progress': {'completion_threshold': 50},"
                        + " 'student_support': {'inactivity_days': 14, 'struggling_progress_low_lt': 35,"
                        + " 'struggling_proficiency_lte': 45, 'excelling_progress_gte': 90,"
                        + " 'excelling_proficiency_gte': 85}}")
                .bundle();
        ExportRequest request = ExportRequest.defaults().withCourseName("=Biology 101").withCourseSection("Sec, 2")
                .withDashboardScopeLabel("Unit 1").withProficiencyDefinition("Mastery \"on\" first try");
        Map<String, String> texts = Zips.texts(CsvExport.standard().buildZip(bundle, request).value().zip());
        assertEquals(String.join("\r\n",
                "field,value",
                "course_name,'=Biology 101",
                "course_section,\"Sec, 2\"",
                "dashboard_scope,Unit 1",
                "generated_at,2026-02-04 16:25:18 +00:00",
                "time_zone,Etc/UTC",
                "completion_threshold,50%",
                "inactive_threshold,>14 days",
                "struggling_proficiency,\u2264 45%",
                "struggling_progress,< 35% OR > 90%",
                "excelling_proficiency,\u2265 85%",
                "excelling_progress,\u2265 90%",
                "proficiency_definition,\"Mastery \"\"on\"\" first try\"",
                "total_students,8") + "\r\n", texts.get("dashboard_metadata.csv"));
    }

    @Test
    void withoutATitleOrLabelTheDefaultsApply() {
        Snapshot bundle = GoldenSection.fixtures().scope(Scope.container(101))
                .ok(OracleKey.SCOPE_RESOURCES, "{'course_title': '  ', 'items': [{'resource_id': 101,"
                        + " 'resource_type_id': 2, 'title': 'Unit 1'}]}")
                .parameters("{'timezone': 'Asia/Kolkata'}").bundle();
        Map<String, String> texts = Zips.texts(CsvExport.standard().buildZip(bundle, ExportRequest.defaults())
                .value().zip());
        String metadata = texts.get("dashboard_metadata.csv");
        assertEquals(List.of("field,value", "course_name,Course", "course_section,Section",
                "dashboard_scope,Selected Scope", "generated_at,2026-02-04 21:55:18 +05:30", "time_zone,Asia/Kolkata"),
                List.of(metadata.split("\r\n")).subList(0, 6));
    }

    @Test
    void theDefaultProfileHasNoAiContext() {
        Snapshot bundle = GoldenSection.fixtures().bundle();
        Map<String, byte[]> standard = Zips.entries(CsvExport.standard().buildZip(bundle, ExportRequest.defaults())
                .value().zip());
        assertEquals(List.of("dashboard_metadata.csv", "course_summary_metrics.csv", "student_progress.csv",
                "student_support_summary.csv", "student_support_list.csv", "challenging_learning_objectives.csv",
                "assessment_scores_distribution.csv", "assessment_summary.csv", "manifest.json"),
                List.copyOf(standard.keySet()));
        for (String file : standard.keySet()) {
            if (!file.equals("manifest.json")) {
                assertArrayEquals(files.get(file), standard.get(file), file);
            }
        }
    }
}
