package org.dashboard.snapshot.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.Timestamps;
import org.dashboard.snapshot.projections.common.Decimals;

/**
 * The pure {@code student_support} derivation (DOMAIN.md 3.3, 3.9) over already-read rows: no payload, no clock.
 * Students are the distinct ids of student_info (the last row of a duplicated id wins, in both lists); a progress
 * row without an info row is ignored. One pass classifies, one sort orders.
 */
public final class StudentSupport {
    /**
     * Inactive first, then the lower-cased display name by Unicode code point, then the id. Written out rather
     * than composed from {@code Comparator.comparing(...).thenComparing(...)}: the composed form's shared lambda
     * code is called from every sort in the process and stays megamorphic, several times slower on large cohorts.
     */
    private static final Comparator<Classified> ORDER = StudentSupport::compareForList;

    private StudentSupport() {
    }

    /**
     * Derives the body.
     *
     * @param progress the progress_proficiency rows (any order; duplicates: last wins)
     * @param students the student_info rows (any order; duplicates: last wins)
     * @param parameters the effective thresholds
     * @param now the snapshot's {@code generated_at}
     * @param projectionVersion the projection version: 2 or later writes {@link StudentRow.V2} rows, else
     *     {@link StudentRow.V1}
     */
    public static StudentSupportBody derive(List<ProgressProficiency> progress, List<StudentInfo> students,
                                            SupportParameters parameters, Instant now, int projectionVersion) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(now, "now");
        List<Classified> classified = classify(progress, students, parameters, now);
        classified.sort(ORDER);
        boolean versionTwo = projectionVersion >= 2;
        Map<SupportBucket, List<StudentRow>> rows = new EnumMap<>(SupportBucket.class);
        Map<SupportBucket, Integer> inactive = new EnumMap<>(SupportBucket.class);
        for (SupportBucket bucket : SupportBucket.values()) {
            rows.put(bucket, new ArrayList<>());
            inactive.put(bucket, 0);
        }
        int inactiveStudents = 0;
        boolean hasActivityData = false;
        for (Classified student : classified) {
            rows.get(student.bucket()).add(student.row(versionTwo));
            if (student.inactive()) {
                inactive.merge(student.bucket(), 1, Integer::sum);
                inactiveStudents++;
            }
            hasActivityData |= (student.progress() != null && student.progress() != 0.0)
                    || student.proficiency() != null;
        }
        int total = classified.size();
        List<StudentSupportBody.Bucket> buckets = new ArrayList<>(4);
        String defaultBucketId = null;
        for (SupportBucket bucket : SupportBucket.values()) {
            List<StudentRow> members = rows.get(bucket);
            int count = members.size();
            int bucketInactive = inactive.get(bucket);
            if (defaultBucketId == null && count > 0) {
                defaultBucketId = bucket.id();
            }
            buckets.add(new StudentSupportBody.Bucket(bucket.id(), bucket.label(), count,
                    Decimals.ratio(count, total, 4), count - bucketInactive, bucketInactive, members));
        }
        StudentSupportBody.Totals totals = new StudentSupportBody.Totals(total, total - inactiveStudents,
                inactiveStudents);
        return new StudentSupportBody(parameters, totals, defaultBucketId, hasActivityData, buckets);
    }

    /**
     * The number of students in each bucket, all four in order (zeros included), by the same rules as
     * {@link #derive}; no names are read. For capabilities that need only the counts.
     */
    public static Map<SupportBucket, Integer> bucketCounts(List<ProgressProficiency> progress,
                                                           List<StudentInfo> students, SupportParameters parameters) {
        Map<Long, ProgressProficiency> metrics = ProgressProficiency.byStudent(progress);
        Map<SupportBucket, Integer> counts = new EnumMap<>(SupportBucket.class);
        for (SupportBucket bucket : SupportBucket.values()) {
            counts.put(bucket, 0);
        }
        for (long studentId : StudentInfo.byStudent(students).keySet()) {
            ProgressProficiency row = metrics.get(studentId);
            SupportBucket bucket = parameters.bucket(roundedProgress(row), roundedProficiency(row));
            counts.merge(bucket, 1, Integer::sum);
        }
        return counts;
    }

    /** The 1 dp progress of a row, or null when it has none. */
    public static Double roundedProgress(ProgressProficiency row) {
        return row == null || row.progressPct() == null ? null : Decimals.round1(row.progressPct());
    }

    /** The proficiency of a row as a 1 dp percentage ({@code x * 100}, then half-up), or null when it has none. */
    public static Double roundedProficiency(ProgressProficiency row) {
        return row == null || row.proficiencyFraction() == null ? null
                : Decimals.percentOfFraction(row.proficiencyFraction());
    }

    /**
     * Compares two strings by Unicode code point (not by UTF-16 unit: a supplementary character sorts after
     * U+FFFF); a proper prefix sorts first.
     */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static List<Classified> classify(List<ProgressProficiency> progress, List<StudentInfo> students,
                                             SupportParameters parameters, Instant now) {
        Map<Long, ProgressProficiency> metrics = ProgressProficiency.byStudent(progress);
        Collection<StudentInfo> distinct = StudentInfo.byStudent(students).values();
        List<Classified> out = new ArrayList<>(distinct.size());
        for (StudentInfo info : distinct) {
            ProgressProficiency row = metrics.get(info.studentId());
            Double p = roundedProgress(row);
            Double q = roundedProficiency(row);
            String name = info.displayName();
            String sortName = name.toLowerCase(Locale.ROOT);
            out.add(new Classified(info, name, sortName, !hasSurrogates(sortName), p, q, parameters.bucket(p, q),
                    parameters.inactive(info.lastInteractionAt(), now)));
        }
        return out;
    }

    private static int compareForList(Classified a, Classified b) {
        if (a.inactive() != b.inactive()) {
            return a.inactive() ? -1 : 1;
        }
        int byName = a.plain() && b.plain() ? a.sortName().compareTo(b.sortName())
                : compareCodePoints(a.sortName(), b.sortName());
        return byName != 0 ? byName : Long.compare(a.info().studentId(), b.info().studentId());
    }

    /** Whether the text has a surrogate: without one, UTF-16 order is code point order. */
    static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One student with everything the ordering and the row need, computed once; {@code plain}: the sort name
     * has no surrogate, so {@link String#compareTo} orders it by code point.
     */
    private record Classified(StudentInfo info, String displayName, String sortName, boolean plain, Double progress,
                              Double proficiency, SupportBucket bucket, boolean inactive) {
        StudentRow row(boolean versionTwo) {
            String status = inactive ? StudentRow.INACTIVE : StudentRow.ACTIVE;
            String last = info.lastInteractionAt() == null ? null : Timestamps.format(info.lastInteractionAt());
            if (versionTwo) {
                return new StudentRow.V2(info.studentId(), displayName, info.givenName(), info.familyName(),
                        info.email(), info.picture(), progress, proficiency, status, last);
            }
            return new StudentRow.V1(info.studentId(), displayName, info.email(), info.picture(), progress,
                    proficiency, status, last);
        }
    }
}
