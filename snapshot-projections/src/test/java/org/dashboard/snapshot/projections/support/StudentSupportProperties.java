package org.dashboard.snapshot.projections.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.projection.InvalidParameters;
import org.dashboard.snapshot.projections.common.Decimals;

/** Invariants of the support derivation over generated sections. */
class StudentSupportProperties {
    static final Instant NOW = Instant.parse("2026-02-04T16:25:18Z");

    /** A generated section: info rows and progress rows with distinct ids, and valid parameters. */
    record Section(List<StudentInfo> students, List<ProgressProficiency> progress, SupportParameters parameters) {
    }

    @Provide
    Arbitrary<Section> sections() {
        Arbitrary<List<Long>> ids = Arbitraries.longs().between(1, 400).set().ofMaxSize(60).map(ArrayList::new);
        return Combinators.combine(ids, Arbitraries.randoms(), parameters()).flatAs((studentIds, random, params) -> {
            int n = studentIds.size();
            Arbitrary<List<StudentInfo>> infos = info().list().ofSize(n).map(rows -> withIds(rows, studentIds));
            Arbitrary<List<ProgressProficiency>> progress = progressRow().list().ofSize(n)
                    .map(rows -> progressWithIds(rows, studentIds, random));
            return Combinators.combine(infos, progress).as((i, p) -> new Section(i, p, params));
        });
    }

    @Provide
    Arbitrary<SupportParameters> parameters() {
        return Arbitraries.oneOf(Arbitraries.just(SupportParameters.DEFAULTS),
                Combinators.combine(Arbitraries.integers().between(1, 365), Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(1, 100))
                        .filter((d, low, lte, gte, pgte) -> low < gte && lte < pgte)
                        .as(SupportParameters::new));
    }

    private Arbitrary<StudentInfo> info() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("Ada", "ada", "Émile", "Zoë", "zach", "\uFF21nne", "", " ", "Ölaf",
                        new String(Character.toChars(0x1D49C)) + "lice"),
                Arbitraries.strings().withCharRange('a', 'e').withCharRange('A', 'C').ofMaxLength(3),
                Arbitraries.just(null));
        Arbitrary<String> emails = Arbitraries.of("a@x.edu", "B@x.edu", "", "  ").injectNull(0.3);
        Arbitrary<Instant> last = Arbitraries.oneOf(
                Arbitraries.longs().between(-20L * 86400, 86400).map(NOW::plusSeconds),
                Arbitraries.of(NOW.minus(Duration.ofDays(7)), NOW.minus(Duration.ofDays(7)).minusSeconds(1)))
                .injectNull(0.2);
        return Combinators.combine(emails, names, names, last)
                .as((email, given, family, at) -> new StudentInfo(1, email, given, family, null, at));
    }

    private Arbitrary<ProgressProficiency> progressRow() {
        Arbitrary<Double> progress = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10000).map(x -> x / 100.0),
                Arbitraries.of(0.0, 39.95, 40.0, 79.95, 80.0, 80.05, 81.0, 100.0)).injectNull(0.15);
        Arbitrary<Double> fraction = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 10000).map(x -> x / 10000.0),
                Arbitraries.of(0.0, 0.4, 0.4004, 0.4005, 0.7995, 0.8, 1.0)).injectNull(0.15);
        return Combinators.combine(progress, fraction).as((p, f) -> new ProgressProficiency(1, p, f));
    }

    private static List<StudentInfo> withIds(List<StudentInfo> rows, List<Long> ids) {
        List<StudentInfo> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StudentInfo r = rows.get(i);
            out.add(new StudentInfo(ids.get(i), r.email(), r.givenName(), r.familyName(), r.picture(),
                    r.lastInteractionAt()));
        }
        return out;
    }

    /** Progress for most of the students (some have none), plus a row for an id without info. */
    private static List<ProgressProficiency> progressWithIds(List<ProgressProficiency> rows, List<Long> ids,
                                                             Random random) {
        List<ProgressProficiency> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (random.nextInt(5) != 0) {
                out.add(new ProgressProficiency(ids.get(i), rows.get(i).progressPct(),
                        rows.get(i).proficiencyFraction()));
            }
        }
        out.add(new ProgressProficiency(1000, 50.0, 0.5));
        return out;
    }

    private static StudentSupportBody derive(Section s, List<StudentInfo> students, List<ProgressProficiency> p) {
        return StudentSupport.derive(p, students, s.parameters(), NOW, 1);
    }

    @Property(tries = 200)
    void derivationIsDeterministicAndIndependentOfRowOrder(@ForAll("sections") Section section,
                                                           @ForAll Random random) {
        StudentSupportBody body = derive(section, section.students(), section.progress());
        List<StudentInfo> students = new ArrayList<>(section.students());
        List<ProgressProficiency> progress = new ArrayList<>(section.progress());
        Collections.shuffle(students, random);
        Collections.shuffle(progress, random);
        StudentSupportBody shuffled = derive(section, students, progress);
        assertEquals(body, shuffled);
        assertEquals(body.parityFacts(), shuffled.parityFacts());
        assertEquals(SupportJson.write(body), SupportJson.write(derive(section, section.students(),
                section.progress())));
    }

    @Property(tries = 200)
    void earlierDuplicateRowsNeverMatter(@ForAll("sections") Section section) {
        List<StudentInfo> students = new ArrayList<>();
        List<ProgressProficiency> progress = new ArrayList<>();
        for (StudentInfo info : section.students()) {
            students.add(new StudentInfo(info.studentId(), "old@x.edu", "Old", "Name", "p", null));
        }
        for (ProgressProficiency row : section.progress()) {
            progress.add(new ProgressProficiency(row.studentId(), 1.0, 0.01));
        }
        students.addAll(section.students());
        progress.addAll(section.progress());
        assertEquals(derive(section, section.students(), section.progress()), derive(section, students, progress));
    }

    @Property(tries = 200)
    void everyStudentIsInExactlyOneBucketAndCountsAddUp(@ForAll("sections") Section section) {
        StudentSupportBody body = derive(section, section.students(), section.progress());
        Set<Long> seen = new HashSet<>();
        int sum = 0;
        int active = 0;
        List<String> ids = new ArrayList<>();
        for (StudentSupportBody.Bucket bucket : body.buckets()) {
            ids.add(bucket.id());
            assertEquals(bucket.students().size(), bucket.count());
            assertEquals(bucket.count(), bucket.activeCount() + bucket.inactiveCount());
            sum += bucket.count();
            active += bucket.activeCount();
            for (StudentRow row : bucket.students()) {
                assertTrue(seen.add(row.studentId()), "student " + row.studentId() + " in two buckets");
            }
        }
        assertEquals(List.of("struggling", "on_track", "excelling", "not_enough_information"), ids);
        Set<Long> expected = new HashSet<>();
        section.students().forEach(s -> expected.add(s.studentId()));
        assertEquals(expected, seen);
        assertEquals(body.totals().totalStudents(), sum);
        assertEquals(section.students().size(), sum);
        assertEquals(body.totals().activeStudents(), active);
        assertEquals(sum, body.totals().activeStudents() + body.totals().inactiveStudents());
    }

    @Property(tries = 200)
    void pctIsTheExactRatioWithinZeroAndOne(@ForAll("sections") Section section) {
        StudentSupportBody body = derive(section, section.students(), section.progress());
        double pctSum = 0;
        for (StudentSupportBody.Bucket bucket : body.buckets()) {
            assertTrue(bucket.pct() >= 0.0 && bucket.pct() <= 1.0, () -> "pct " + bucket.pct());
            assertEquals(Decimals.ratio(bucket.count(), body.totals().totalStudents(), 4), bucket.pct());
            pctSum += bucket.pct();
        }
        if (body.totals().totalStudents() > 0) {
            assertEquals(1.0, pctSum, 0.0003);
        }
    }

    @Property(tries = 200)
    void everyRowFollowsTheRulesAndTheBucketOrder(@ForAll("sections") Section section) {
        StudentSupportBody body = derive(section, section.students(), section.progress());
        SupportParameters p = section.parameters();
        Map<Long, ProgressProficiency> progress = ProgressProficiency.byStudent(section.progress());
        Map<Long, StudentInfo> info = StudentInfo.byStudent(section.students());
        String firstNonEmpty = null;
        for (StudentSupportBody.Bucket bucket : body.buckets()) {
            if (firstNonEmpty == null && bucket.count() > 0) {
                firstNonEmpty = bucket.id();
            }
            StudentRow previous = null;
            for (StudentRow row : bucket.students()) {
                ProgressProficiency metrics = progress.get(row.studentId());
                assertEquals(StudentSupport.roundedProgress(metrics), row.progressPct());
                assertEquals(StudentSupport.roundedProficiency(metrics), row.proficiencyPct());
                assertEquals(bucket.id(), p.bucket(row.progressPct(), row.proficiencyPct()).id());
                StudentInfo student = info.get(row.studentId());
                assertEquals(student.displayName(), row.displayName());
                assertEquals(p.inactive(student.lastInteractionAt(), NOW) ? "inactive" : "active",
                        row.activityStatus());
                if (previous != null) {
                    assertTrue(ordered(previous, row), () -> "out of order in " + bucket.id());
                }
                previous = row;
            }
        }
        assertEquals(firstNonEmpty, body.defaultBucketId());
    }

    private static boolean ordered(StudentRow a, StudentRow b) {
        boolean aInactive = a.activityStatus().equals("inactive");
        boolean bInactive = b.activityStatus().equals("inactive");
        if (aInactive != bInactive) {
            return aInactive;
        }
        int byName = StudentSupport.compareCodePoints(a.displayName().toLowerCase(Locale.ROOT),
                b.displayName().toLowerCase(Locale.ROOT));
        return byName < 0 || (byName == 0 && a.studentId() < b.studentId());
    }

    @Property(tries = 200)
    void bucketCountsMatchTheBody(@ForAll("sections") Section section) {
        StudentSupportBody body = derive(section, section.students(), section.progress());
        Map<SupportBucket, Integer> counts = StudentSupport.bucketCounts(section.progress(), section.students(),
                section.parameters());
        assertEquals(body.buckets().stream().map(StudentSupportBody.Bucket::count).toList(),
                List.copyOf(counts.values()));
    }

    @Property(tries = 100)
    void versionTwoDiffersOnlyByTheNameParts(@ForAll("sections") Section section) {
        StudentSupportBody one = StudentSupport.derive(section.progress(), section.students(), section.parameters(),
                NOW, 1);
        StudentSupportBody two = StudentSupport.derive(section.progress(), section.students(), section.parameters(),
                NOW, 2);
        assertEquals(one.parityFacts(), two.parityFacts());
        for (int b = 0; b < 4; b++) {
            List<StudentRow> v1 = one.buckets().get(b).students();
            List<StudentRow> v2 = two.buckets().get(b).students();
            for (int i = 0; i < v1.size(); i++) {
                StudentRow.V2 row = (StudentRow.V2) v2.get(i);
                assertEquals(v1.get(i), new StudentRow.V1(row.studentId(), row.displayName(), row.email(),
                        row.picture(), row.progressPct(), row.proficiencyPct(), row.activityStatus(),
                        row.lastInteractionAt()));
            }
        }
    }

    @Property(tries = 100)
    void theEngineDerivesFromPayloadsWhatThePureDerivationGives(@ForAll("sections") Section section) {
        List<JsonValue> progress = new ArrayList<>();
        for (ProgressProficiency row : section.progress()) {
            Map<String, JsonValue> fields = new LinkedHashMap<>();
            fields.put("student_id", JsonValue.of(row.studentId()));
            fields.put("progress_pct", row.progressPct() == null ? JsonValue.nullValue()
                    : JsonValue.of(row.progressPct()));
            fields.put("proficiency_pct", row.proficiencyFraction() == null ? JsonValue.nullValue()
                    : JsonValue.of(row.proficiencyFraction()));
            progress.add(new JsonValue.JsonObject(fields));
        }
        List<JsonValue> students = new ArrayList<>();
        for (StudentInfo info : section.students()) {
            Map<String, JsonValue> fields = new LinkedHashMap<>();
            fields.put("student_id", JsonValue.of(info.studentId()));
            fields.put("email", text(info.email()));
            fields.put("given_name", text(info.givenName()));
            fields.put("family_name", text(info.familyName()));
            fields.put("last_interaction_at", info.lastInteractionAt() == null ? JsonValue.nullValue()
                    : JsonValue.of(info.lastInteractionAt().toString()));
            students.add(new JsonValue.JsonObject(fields));
        }
        SupportParameters p = section.parameters();
        StudentSupportBody body = SupportFixture.fixture()
                .ok(OracleKey.PROGRESS_PROFICIENCY, new JsonValue.JsonArray(progress))
                .ok(OracleKey.STUDENT_INFO, new JsonValue.JsonArray(students))
                .parameters("{'student_support': {'inactivity_days': " + p.inactivityDays()
                        + ", 'struggling_progress_low_lt': " + p.strugglingProgressLowLt()
                        + ", 'struggling_proficiency_lte': " + p.strugglingProficiencyLte()
                        + ", 'excelling_progress_gte': " + p.excellingProgressGte()
                        + ", 'excelling_proficiency_gte': " + p.excellingProficiencyGte() + "}}")
                .version(2)
                .body();
        assertEquals(StudentSupport.derive(section.progress(), section.students(), p, NOW, 2), body);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.nullValue() : JsonValue.of(value);
    }

    @Property(tries = 300)
    void parametersAreAcceptedExactlyWhenValid(@ForAll @IntRange(min = -2, max = 367) int days,
                                               @ForAll @IntRange(min = -2, max = 102) int low,
                                               @ForAll @IntRange(min = -2, max = 102) int lte,
                                               @ForAll @IntRange(min = -2, max = 102) int gte,
                                               @ForAll @IntRange(min = -2, max = 102) int proficiencyGte) {
        boolean valid = days >= 1 && days <= 365 && low >= 0 && low <= 100 && lte >= 0 && lte <= 100
                && gte >= 0 && gte <= 100 && proficiencyGte >= 0 && proficiencyGte <= 100 && low < gte
                && lte < proficiencyGte;
        JsonValue.JsonObject block = new JsonValue.JsonObject(Map.of(
                "inactivity_days", JsonValue.of(days), "struggling_progress_low_lt", JsonValue.of(low),
                "struggling_proficiency_lte", JsonValue.of(lte), "excelling_progress_gte", JsonValue.of(gte),
                "excelling_proficiency_gte", JsonValue.of(proficiencyGte)));
        if (valid) {
            assertEquals(new SupportParameters(days, low, lte, gte, proficiencyGte),
                    SupportParameters.of(SupportParameters.validate(block)));
        } else {
            assertThrows(InvalidParameters.class, () -> SupportParameters.validate(block));
            assertThrows(IllegalArgumentException.class,
                    () -> new SupportParameters(days, low, lte, gte, proficiencyGte));
        }
    }
}
