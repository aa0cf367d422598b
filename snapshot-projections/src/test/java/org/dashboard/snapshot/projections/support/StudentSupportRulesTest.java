package org.dashboard.snapshot.projections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of DOMAIN.md 3.3 and 3.9 on the pure derivation. */
class StudentSupportRulesTest {
    static final Instant NOW = Instant.parse("2026-02-04T16:25:18Z");
    static final Instant RECENT = Instant.parse("2026-02-04T10:00:00Z");

    static StudentInfo info(long id, String given, String family) {
        return new StudentInfo(id, "s" + id + "@x.edu", given, family, null, RECENT);
    }

    static StudentInfo seen(long id, String name, Instant last) {
        return new StudentInfo(id, "s" + id + "@x.edu", name, null, null, last);
    }

    static ProgressProficiency metrics(long id, Double progress, Double fraction) {
        return new ProgressProficiency(id, progress, fraction);
    }

    static StudentSupportBody derive(List<ProgressProficiency> progress, List<StudentInfo> students) {
        return StudentSupport.derive(progress, students, SupportParameters.DEFAULTS, NOW, 1);
    }

    /** The bucket id of the only student. */
    static String bucketOf(Double progress, Double fraction) {
        StudentSupportBody body = derive(List.of(metrics(1, progress, fraction)), List.of(info(1, "A", "B")));
        for (StudentSupportBody.Bucket bucket : body.buckets()) {
            if (bucket.count() == 1) {
                return bucket.id();
            }
        }
        throw new AssertionError("no bucket holds the student");
    }

    static List<Long> ids(StudentSupportBody.Bucket bucket) {
        return bucket.students().stream().map(StudentRow::studentId).toList();
    }

    // ---- buckets ----

    @ParameterizedTest(name = "progress {0}, proficiency {1} -> {2}")
    @CsvSource({
        "80, 0.8, excelling",
        "100, 1, excelling",
        "80, 0.799, on_track",
        "79.9, 0.8, on_track",
        "39.9, 0.4, struggling",
        "40, 0.4, on_track",
        "39.9, 0.401, on_track",
        "0, 0, struggling",
        "80, 0.4, on_track",
        "80.1, 0.4, struggling",
        "81, 0.4, struggling",
        "81, 0.401, on_track",
        "100, 0, struggling",
        "60, 0.6, on_track",
        "90, 0.79, on_track",
        "39.95, 0.3, on_track",
        "39.94, 0.3, struggling",
        "79.95, 0.9, excelling",
        "80.05, 0.2, on_track",
        "90, 0.7995, excelling",
        "10, 0.4004, struggling",
        "10, 0.4005, on_track",
    })
    void bucketFollowsTheRulesOnRoundedValues(double progress, double fraction, String bucket) {
        assertEquals(bucket, bucketOf(progress, fraction));
    }

    @Test
    void eitherMetricMissingIsNotEnoughInformation() {
        assertEquals("not_enough_information", bucketOf(null, 0.9));
        assertEquals("not_enough_information", bucketOf(90.0, null));
        assertEquals("not_enough_information", bucketOf(null, null));
    }

    @Test
    void bucketRuleOnTheParametersRecord() {
        SupportParameters p = SupportParameters.DEFAULTS;
        assertEquals(SupportBucket.EXCELLING, p.bucket(80.0, 80.0));
        assertEquals(SupportBucket.STRUGGLING, p.bucket(39.9, 40.0));
        assertEquals(SupportBucket.STRUGGLING, p.bucket(80.1, 40.0));
        assertEquals(SupportBucket.ON_TRACK, p.bucket(80.0, 40.0));
        assertEquals(SupportBucket.ON_TRACK, p.bucket(40.0, 40.0));
        assertEquals(SupportBucket.NOT_ENOUGH_INFORMATION, p.bucket(null, 50.0));
        assertEquals(SupportBucket.NOT_ENOUGH_INFORMATION, p.bucket(50.0, null));
        SupportParameters custom = new SupportParameters(7, 20, 30, 60, 70);
        assertEquals(SupportBucket.EXCELLING, custom.bucket(60.0, 70.0));
        assertEquals(SupportBucket.ON_TRACK, custom.bucket(60.0, 69.9));
        assertEquals(SupportBucket.STRUGGLING, custom.bucket(60.1, 30.0));
        assertEquals(SupportBucket.ON_TRACK, custom.bucket(20.0, 30.0));
        assertEquals(SupportBucket.STRUGGLING, custom.bucket(19.9, 30.0));
        assertEquals(SupportBucket.ON_TRACK, custom.bucket(19.9, 30.1));
    }

    @Test
    void rowsShowTheRoundedValues() {
        StudentSupportBody body = derive(List.of(metrics(1, 82.46, 0.845), metrics(2, 33.333, 0.4005)),
                List.of(info(1, "A", "B"), info(2, "C", "D")));
        StudentRow excelling = body.buckets().get(2).students().get(0);
        assertEquals(82.5, excelling.progressPct());
        assertEquals(84.5, excelling.proficiencyPct());
        StudentRow onTrack = body.buckets().get(1).students().get(0);
        assertEquals(33.3, onTrack.progressPct());
        assertEquals(40.1, onTrack.proficiencyPct());
    }

    @Test
    void roundedMetricsOfAMissingRowAreNull() {
        assertNull(StudentSupport.roundedProgress(null));
        assertNull(StudentSupport.roundedProficiency(null));
        assertNull(StudentSupport.roundedProgress(metrics(1, null, 0.5)));
        assertNull(StudentSupport.roundedProficiency(metrics(1, 50.0, null)));
        assertEquals(40.0, StudentSupport.roundedProgress(metrics(1, 39.95, null)));
        assertEquals(40.1, StudentSupport.roundedProficiency(metrics(1, null, 0.4005)));
    }

    // ---- students ----

    @Test
    void studentWithoutProgressRowHasNullMetrics() {
        StudentSupportBody body = derive(List.of(metrics(1, 50.0, 0.5)),
                List.of(info(1, "A", "B"), info(2, "C", "D")));
        assertEquals(List.of(1L), ids(body.buckets().get(1)));
        StudentRow missing = body.buckets().get(3).students().get(0);
        assertEquals(2L, missing.studentId());
        assertNull(missing.progressPct());
        assertNull(missing.proficiencyPct());
    }

    @Test
    void progressRowsWithoutInfoAreDropped() {
        StudentSupportBody body = derive(List.of(metrics(1, 50.0, 0.5), metrics(2, 10.0, 0.1)),
                List.of(info(1, "A", "B")));
        assertEquals(new StudentSupportBody.Totals(1, 1, 0), body.totals());
        assertEquals(0, body.buckets().get(0).count());
        assertEquals(1.0, body.buckets().get(1).pct());
    }

    @Test
    void duplicatedStudentIdsKeepTheLastRowOfEachList() {
        StudentSupportBody body = derive(
                List.of(metrics(1, 10.0, 0.1), metrics(1, 90.0, 0.9)),
                List.of(info(1, "First", "Row"), info(1, "Last", "Row")));
        assertEquals(new StudentSupportBody.Totals(1, 1, 0), body.totals());
        assertEquals("excelling", body.defaultBucketId());
        StudentRow row = body.buckets().get(2).students().get(0);
        assertEquals("Last Row", row.displayName());
        assertEquals(90.0, row.progressPct());
        assertEquals(90.0, row.proficiencyPct());
    }

    @Test
    void studentInfoDuplicatesAreIndexedLastWins() {
        Map<Long, StudentInfo> index = StudentInfo.byStudent(List.of(info(1, "A", "B"), info(2, "C", "D"),
                info(1, "E", "F")));
        assertEquals(2, index.size());
        assertEquals("E", index.get(1L).givenName());
        Map<Long, ProgressProficiency> progress = ProgressProficiency.byStudent(List.of(metrics(3, 1.0, null),
                metrics(3, 2.0, null)));
        assertEquals(Map.of(3L, metrics(3, 2.0, null)), progress);
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", value = {
        "Ada|Lovelace|ada@x.edu|Ada Lovelace",
        "Ada|NULL|ada@x.edu|Ada",
        "NULL|Lovelace|ada@x.edu|Lovelace",
        "\"  Ada \"|\" Lovelace  \"|ada@x.edu|Ada   Lovelace",
        "\"   \"|Lovelace|ada@x.edu|Lovelace",
        "Ada|\"  \"|ada@x.edu|Ada",
        "\"\"|\"\"|ada@x.edu|ada@x.edu",
        "NULL|NULL|ada@x.edu|ada@x.edu",
        "\" \"|NULL|\" ada@x.edu \"|ada@x.edu",
        "NULL|NULL|\"\"|Student 7",
        "NULL|NULL|\"   \"|Student 7",
        "NULL|NULL|NULL|Student 7",
        "Émile|Zoë|e@x.edu|Émile Zoë",
    })
    void displayNameFallsBackFromNameToEmailToStudentId(String given, String family, String email,
                                                        String expected) {
        assertEquals(expected, new StudentInfo(7, email, given, family, null, null).displayName());
    }

    @Test
    void trimmingRemovesControlCharactersButNotOtherSpaces() {
        assertEquals("Ada", new StudentInfo(1, null, "\tAda\n", "\u0000", null, null).displayName());
        assertEquals("\u00a0", new StudentInfo(1, "a@x.edu", "\u00a0", null, null, null).displayName());
    }

    // ---- order ----

    @Test
    void studentsAreOrderedInactiveFirstThenByNameCaseInsensitivelyThenById() {
        Instant old = NOW.minus(Duration.ofDays(30));
        List<StudentInfo> students = List.of(
                seen(1, "bob", RECENT), seen(2, "Alice", RECENT), seen(3, "Zed", old), seen(4, "alice", RECENT),
                seen(5, "Carl", null), seen(6, "Alice", RECENT));
        StudentSupportBody body = derive(List.of(), students);
        assertEquals(List.of(5L, 3L, 2L, 4L, 6L, 1L), ids(body.buckets().get(3)));
        assertEquals(List.of("inactive", "inactive", "active", "active", "active", "active"),
                body.buckets().get(3).students().stream().map(StudentRow::activityStatus).toList());
    }

    @Test
    void namesCompareByUnicodeCodePointNotUtf16Unit() {
        String mathA = new String(Character.toChars(0x1D49C)) + "lice";
        List<StudentInfo> students = List.of(seen(1, mathA, RECENT), seen(2, "\uFF21nne", RECENT),
                seen(3, "Émile", RECENT), seen(4, "Zoe", RECENT), seen(5, "zach", RECENT), seen(6, "Ölaf", RECENT));
        StudentSupportBody body = derive(List.of(), students);
        assertEquals(List.of(5L, 4L, 3L, 6L, 2L, 1L), ids(body.buckets().get(3)));
        assertEquals(mathA, body.buckets().get(3).students().get(5).displayName());
    }

    @Test
    void codePointComparison() {
        String supplementary = new String(Character.toChars(0x1D49C));
        assertTrue(StudentSupport.compareCodePoints("\uFF41", supplementary) < 0);
        assertTrue(StudentSupport.compareCodePoints(supplementary, "\uFF41") > 0);
        assertTrue("\uFF41".compareTo(supplementary) > 0);
        assertEquals(0, StudentSupport.compareCodePoints("abc", "abc"));
        assertEquals(0, StudentSupport.compareCodePoints("", ""));
        assertEquals(-1, StudentSupport.compareCodePoints("ab", "abc"));
        assertEquals(1, StudentSupport.compareCodePoints("abc", "ab"));
        assertEquals(-1, StudentSupport.compareCodePoints("", "a"));
        assertTrue(StudentSupport.compareCodePoints("abd", "abc") > 0);
        assertTrue(StudentSupport.compareCodePoints(supplementary + "a", supplementary + "b") < 0);
        assertTrue(StudentSupport.compareCodePoints(supplementary + "b", supplementary + "a") > 0);
    }

    // ---- activity ----

    @Test
    void exactlySevenDaysAgoIsActiveAndOneSecondMoreIsInactive() {
        StudentSupportBody body = derive(List.of(), List.of(
                seen(1, "Exactly", NOW.minus(Duration.ofDays(7))),
                seen(2, "Later", NOW.minus(Duration.ofDays(7)).minusSeconds(1)),
                seen(3, "Millis", NOW.minus(Duration.ofDays(7)).minusMillis(1)),
                seen(4, "Never", null),
                seen(5, "Future", NOW.plusSeconds(60))));
        StudentSupportBody.Bucket bucket = body.buckets().get(3);
        assertEquals(List.of(2L, 3L, 4L, 1L, 5L), ids(bucket));
        assertEquals(List.of("inactive", "inactive", "inactive", "active", "active"),
                bucket.students().stream().map(StudentRow::activityStatus).toList());
        assertEquals(new StudentSupportBody.Totals(5, 2, 3), body.totals());
        assertEquals(2, bucket.activeCount());
        assertEquals(3, bucket.inactiveCount());
        assertEquals("2026-01-28T16:25:18Z", bucket.students().get(3).lastInteractionAt());
        assertEquals("2026-01-28T16:25:17Z", bucket.students().get(0).lastInteractionAt());
    }

    @Test
    void inactivityUsesTheConfiguredDays() {
        SupportParameters oneDay = new SupportParameters(1, 40, 40, 80, 80);
        assertFalse(oneDay.inactive(NOW.minus(Duration.ofHours(24)), NOW));
        assertTrue(oneDay.inactive(NOW.minus(Duration.ofHours(24)).minusSeconds(1), NOW));
        SupportParameters year = new SupportParameters(365, 40, 40, 80, 80);
        assertFalse(year.inactive(NOW.minus(Duration.ofDays(365)), NOW));
        assertTrue(year.inactive(NOW.minus(Duration.ofDays(365)).minusSeconds(1), NOW));
        assertTrue(year.inactive(null, NOW));
    }

    @Test
    void activityNeverChangesTheBucket() {
        StudentSupportBody body = derive(List.of(metrics(1, 90.0, 0.9), metrics(2, 90.0, 0.9)),
                List.of(seen(1, "Active", RECENT), seen(2, "Inactive", null)));
        StudentSupportBody.Bucket excelling = body.buckets().get(2);
        assertEquals(List.of(2L, 1L), ids(excelling));
        assertEquals(1, excelling.activeCount());
        assertEquals(1, excelling.inactiveCount());
        assertEquals(2, excelling.count());
        assertEquals(1.0, excelling.pct());
    }

    // ---- body fields ----

    @Test
    void bucketsCarryCountsPctAndActivityCounts() {
        List<StudentInfo> students = new ArrayList<>();
        List<ProgressProficiency> progress = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            students.add(seen(id, "S" + id, id % 2 == 0 ? null : RECENT));
            progress.add(metrics(id, id <= 3 ? 10.0 : 50.0, 0.3));
        }
        StudentSupportBody body = derive(progress, students);
        assertEquals(new StudentSupportBody.Bucket("struggling", "Struggling", 3, 0.4286, 2, 1,
                body.buckets().get(0).students()), body.buckets().get(0));
        assertEquals(List.of(2L, 1L, 3L), ids(body.buckets().get(0)));
        assertEquals(new StudentSupportBody.Bucket("on_track", "On Track", 4, 0.5714, 2, 2,
                body.buckets().get(1).students()), body.buckets().get(1));
        assertEquals(new StudentSupportBody.Bucket("excelling", "Excelling", 0, 0.0, 0, 0, List.of()),
                body.buckets().get(2));
        assertEquals(new StudentSupportBody.Totals(7, 4, 3), body.totals());
        assertTrue(body.parityFacts().contains("student_support|bucket|struggling|percentage=42.9"));
        assertTrue(body.parityFacts().contains("student_support|bucket|on_track|percentage=57.1"));
    }

    @Test
    void defaultBucketIsTheFirstNonEmptyInOrder() {
        assertEquals("on_track", derive(List.of(metrics(1, 50.0, 0.5), metrics(2, 90.0, 0.9)),
                List.of(info(1, "A", "B"), info(2, "C", "D"))).defaultBucketId());
        assertEquals("excelling", derive(List.of(metrics(1, 90.0, 0.9)), List.of(info(1, "A", "B")))
                .defaultBucketId());
        assertEquals("not_enough_information", derive(List.of(), List.of(info(1, "A", "B"))).defaultBucketId());
        assertNull(derive(List.of(metrics(1, 90.0, 0.9)), List.of()).defaultBucketId());
    }

    @ParameterizedTest(name = "progress {0}, proficiency {1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
        "NULL, NULL, false",
        "0, NULL, false",
        "0.04, NULL, false",
        "0.05, NULL, true",
        "50, NULL, true",
        "NULL, 0, true",
        "0, 0, true",
        "NULL, 0.5, true",
    })
    void hasActivityDataWhenSomeProgressIsNotZeroOrSomeProficiencyExists(Double progress, Double fraction,
                                                                       boolean expected) {
        StudentSupportBody body = derive(List.of(metrics(1, 0.0, null), metrics(2, progress, fraction)),
                List.of(info(1, "A", "B"), info(2, "C", "D")));
        assertEquals(expected, body.hasActivityData());
    }

    @Test
    void activityDataOfDroppedProgressRowsDoesNotCount() {
        assertFalse(derive(List.of(metrics(9, 50.0, 0.5)), List.of(info(1, "A", "B"))).hasActivityData());
    }

    @Test
    void rowsCopyEmailPictureAndTimestampAndVersionTwoTheNameParts() {
        StudentInfo student = new StudentInfo(3, "ada@x.edu", " Ada", null, "https://p/3.png",
                Instant.parse("2026-02-01T12:34:56.999Z"));
        List<ProgressProficiency> progress = List.of(metrics(3, 55.0, 0.55));
        StudentSupportBody v1 = StudentSupport.derive(progress, List.of(student), SupportParameters.DEFAULTS, NOW, 1);
        assertEquals(new StudentRow.V1(3, "Ada", "ada@x.edu", "https://p/3.png", 55.0, 55.0, "active",
                "2026-02-01T12:34:56Z"), v1.buckets().get(1).students().get(0));
        StudentSupportBody v2 = StudentSupport.derive(progress, List.of(student), SupportParameters.DEFAULTS, NOW, 2);
        assertEquals(new StudentRow.V2(3, "Ada", " Ada", null, "ada@x.edu", "https://p/3.png", 55.0, 55.0, "active",
                "2026-02-01T12:34:56Z"), v2.buckets().get(1).students().get(0));
        assertEquals(v1.totals(), v2.totals());
    }

    @Test
    void bucketCountsUseTheSameRulesWithoutNames() {
        List<ProgressProficiency> progress = List.of(metrics(1, 10.0, 0.1), metrics(2, 50.0, 0.5),
                metrics(3, 90.0, 0.9), metrics(3, 10.0, 0.1), metrics(8, 90.0, 0.9));
        List<StudentInfo> students = List.of(info(1, "A", "B"), info(2, "C", "D"), info(3, "E", "F"),
                info(4, "G", "H"), info(2, "I", "J"));
        Map<SupportBucket, Integer> counts = StudentSupport.bucketCounts(progress, students,
                SupportParameters.DEFAULTS);
        assertEquals(List.of(SupportBucket.STRUGGLING, SupportBucket.ON_TRACK, SupportBucket.EXCELLING,
                SupportBucket.NOT_ENOUGH_INFORMATION), List.copyOf(counts.keySet()));
        assertEquals(List.of(2, 1, 0, 1), List.copyOf(counts.values()));
        StudentSupportBody body = derive(progress, students);
        assertEquals(List.of(2, 1, 0, 1), body.buckets().stream().map(StudentSupportBody.Bucket::count).toList());
    }

    @Test
    void bucketIdsAndLabels() {
        assertEquals("struggling", SupportBucket.STRUGGLING.id());
        assertEquals("Struggling", SupportBucket.STRUGGLING.label());
        assertEquals("on_track", SupportBucket.ON_TRACK.id());
        assertEquals("On Track", SupportBucket.ON_TRACK.label());
        assertEquals("excelling", SupportBucket.EXCELLING.id());
        assertEquals("Excelling", SupportBucket.EXCELLING.label());
        assertEquals("not_enough_information", SupportBucket.NOT_ENOUGH_INFORMATION.id());
        assertEquals("Not enough information", SupportBucket.NOT_ENOUGH_INFORMATION.label());
    }
}
