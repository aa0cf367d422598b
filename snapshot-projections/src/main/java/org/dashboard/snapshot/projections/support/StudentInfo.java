package org.dashboard.snapshot.projections.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dashboard.snapshot.domain.projection.Payload;

/**
 * One row of {@code oracle_instructor_student_info}:
 * {@code {student_id, email, given_name, family_name, picture?, last_interaction_at}}, values as sent.
 *
 * @param studentId the student's id (a positive integer)
 * @param email the email, or null
 * @param givenName the given name, or null
 * @param familyName the family name, or null
 * @param picture the picture URL, or null
 * @param lastInteractionAt the last interaction, or null when the student never interacted
 */
public record StudentInfo(long studentId, String email, String givenName, String familyName, String picture,
                          Instant lastInteractionAt) {

    /**
     * Reads and validates the payload: a list of objects with a positive integer {@code student_id}, strings or
     * null for {@code email}, {@code given_name}, {@code family_name} and {@code picture}, and an ISO-8601
     * timestamp or null for {@code last_interaction_at}. Rows are returned in payload order, duplicates included
     * (see {@link #byStudent}).
     *
     * @throws org.dashboard.snapshot.domain.projection.InvalidProjectionData naming the JSON path and value
     */
    public static List<StudentInfo> read(Payload payload) {
        List<Payload> elements = payload.elements();
        List<StudentInfo> rows = new ArrayList<>(elements.size());
        for (Payload row : elements) {
            long studentId = row.field("student_id").id();
            String email = row.field("email").optionalString().orElse(null);
            String givenName = row.field("given_name").optionalString().orElse(null);
            String familyName = row.field("family_name").optionalString().orElse(null);
            String picture = row.field("picture").optionalString().orElse(null);
            Instant lastInteraction = row.field("last_interaction_at").optionalTimestamp().orElse(null);
            rows.add(new StudentInfo(studentId, email, givenName, familyName, picture, lastInteraction));
        }
        return rows;
    }

    /** The rows indexed by student id; for a duplicated id the last row wins (DOMAIN.md 3.9). */
    public static Map<Long, StudentInfo> byStudent(List<StudentInfo> rows) {
        Map<Long, StudentInfo> index = new LinkedHashMap<>();
        for (StudentInfo row : rows) {
            index.put(row.studentId(), row);
        }
        return index;
    }

    /**
     * The display name: {@code "given family"} trimmed (characters up to U+0020, a blank part counting as
     * empty); when that is empty, the trimmed email; when that is empty too, {@code "Student <id>"}.
     */
    public String displayName() {
        String name = (orEmpty(givenName) + " " + orEmpty(familyName)).trim();
        if (!name.isEmpty()) {
            return name;
        }
        String mail = orEmpty(email).trim();
        return mail.isEmpty() ? "Student " + studentId : mail;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
