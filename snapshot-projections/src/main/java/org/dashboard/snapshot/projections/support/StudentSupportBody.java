package org.dashboard.snapshot.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dashboard.snapshot.domain.contract.ProjectionBody;
import org.dashboard.snapshot.domain.projection.FactDigest;
import org.dashboard.snapshot.domain.projection.SortedFacts;
import org.dashboard.snapshot.projections.common.Decimals;
import org.dashboard.snapshot.projections.common.Facts;

/**
 * The {@code student_support} projection body (DOMAIN.md 3.3, 3.8), fields in wire order.
 *
 * @param parameters the effective thresholds
 * @param totals the student totals
 * @param defaultBucketId the first non-empty bucket's id, or null when there are no students
 * @param hasActivityData some student has a progress other than null or 0, or a proficiency
 * @param buckets always the four buckets, in order struggling, on_track, excelling, not_enough_information
 */
public record StudentSupportBody(SupportParameters parameters, Totals totals, String defaultBucketId,
                                 boolean hasActivityData, List<Bucket> buckets) implements ProjectionBody, SortedFacts {
    public StudentSupportBody {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(totals, "totals");
        buckets = List.copyOf(buckets);
    }

    /**
     * The student totals.
     *
     * @param totalStudents students in student_info (distinct ids)
     * @param activeStudents active students
     * @param inactiveStudents inactive students
     */
    public record Totals(int totalStudents, int activeStudents, int inactiveStudents) {
    }

    /**
     * One support bucket.
     *
     * @param id the bucket id
     * @param label the bucket label
     * @param count students in the bucket
     * @param pct count / total students, 4 dp (0.0 when there are no students)
     * @param activeCount active students in the bucket
     * @param inactiveCount inactive students in the bucket
     * @param students the bucket's students: inactive first, then by display name, then by id
     */
    public record Bucket(String id, String label, int count, double pct, int activeCount, int inactiveCount,
                         List<StudentRow> students) {
        public Bucket {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            students = List.copyOf(students);
        }
    }

    /** The names of a student's facts, in their sorted order; {@link #studentFactValues} follows it. */
    private static final String[] STUDENT_FACTS = {"inactive", "proficiency_pct", "progress_pct", "student_name",
            "support_category"};

    /**
     * The facts of the {@code student_support_summary} and {@code student_support_list} datasets:
     * {@code student_support|bucket|<id>|student_count=<n>}, {@code ...|percentage=<1 dp rate>} for every bucket,
     * and {@code student_support|student|<id>|student_name|progress_pct|proficiency_pct|support_category|inactive}
     * for every student. Listed in sorted order.
     */
    @Override
    public List<String> parityFacts() {
        Facts facts = Facts.of(StudentSupportProjection.CAPABILITY.key());
        for (String fact : bucketFacts()) {
            facts.addFact(fact);
        }
        for (Member member : membersInFactOrder()) {
            long id = member.row().studentId();
            String[] values = studentFactValues(member);
            for (int i = 0; i < STUDENT_FACTS.length; i++) {
                facts.add(values[i], "student", id, STUDENT_FACTS[i]);
            }
        }
        return facts.list();
    }

    /** The same facts as {@link #parityFacts()}, straight into the digest. */
    @Override
    public void writeSortedFacts(FactDigest digest) {
        for (String fact : bucketFacts()) {
            digest.text(fact).end();
        }
        String prefix = StudentSupportProjection.CAPABILITY.key() + "|student|";
        for (Member member : membersInFactOrder()) {
            String[] values = studentFactValues(member);
            for (int i = 0; i < STUDENT_FACTS.length; i++) {
                digest.text(prefix).number(member.row().studentId()).text("|").text(STUDENT_FACTS[i]).text("=")
                        .text(values[i]).end();
            }
        }
    }

    /** The eight bucket facts, sorted. */
    private List<String> bucketFacts() {
        Facts facts = Facts.of(StudentSupportProjection.CAPABILITY.key());
        int total = totals.totalStudents();
        for (Bucket bucket : buckets) {
            facts.add(Integer.toString(bucket.count()), "bucket", bucket.id(), "student_count");
            facts.add(Facts.rate(Decimals.percent(bucket.count(), total, 1)), "bucket", bucket.id(), "percentage");
        }
        List<String> sorted = new ArrayList<>(facts.list());
        sorted.sort(null);
        return sorted;
    }

    /** Every student with its bucket, in the order of their facts ({@code "<id>|"} as text). */
    private List<Member> membersInFactOrder() {
        List<Member> members = new ArrayList<>(totals.totalStudents());
        for (Bucket bucket : buckets) {
            for (StudentRow student : bucket.students()) {
                members.add(new Member(student.studentId() + "|", bucket.id(), student));
            }
        }
        members.sort((a, b) -> a.key().compareTo(b.key()));
        return members;
    }

    /** The values of a student's facts, in the order of {@link #STUDENT_FACTS}. */
    private static String[] studentFactValues(Member member) {
        StudentRow student = member.row();
        return new String[] {StudentRow.INACTIVE.equals(student.activityStatus()) ? "True" : "False",
                Facts.metric(student.proficiencyPct()), Facts.metric(student.progressPct()),
                student.displayName() == null ? "" : student.displayName(), member.bucketId()};
    }

    private record Member(String key, String bucketId, StudentRow row) {
    }
}
