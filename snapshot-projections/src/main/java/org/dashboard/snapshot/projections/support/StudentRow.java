package org.dashboard.snapshot.projections.support;

/**
 * A student inside a support bucket. Version 1 of the projection writes {@link V1}; version 2 writes {@link V2},
 * which adds {@code given_name} and {@code family_name} right after {@code display_name} and nothing else
 * (DOMAIN.md 3.7). Each record serialises as one JSON object in component order.
 */
public sealed interface StudentRow permits StudentRow.V1, StudentRow.V2 {
    /** {@code activity_status} of an active student. */
    String ACTIVE = "active";
    /** {@code activity_status} of an inactive student. */
    String INACTIVE = "inactive";

    long studentId();

    String displayName();

    String email();

    String picture();

    Double progressPct();

    Double proficiencyPct();

    String activityStatus();

    String lastInteractionAt();

    /**
     * The version-1 student row.
     *
     * @param studentId the student id
     * @param displayName the display name (DOMAIN.md 3.3)
     * @param email the email as sent, or null
     * @param picture the picture as sent, or null
     * @param progressPct progress 0..100, 1 dp, or null
     * @param proficiencyPct proficiency in percent 0..100, 1 dp, or null
     * @param activityStatus {@code active} or {@code inactive}
     * @param lastInteractionAt ISO-8601 UTC to the second, or null
     */
    record V1(long studentId, String displayName, String email, String picture, Double progressPct,
              Double proficiencyPct, String activityStatus, String lastInteractionAt) implements StudentRow {
    }

    /**
     * The version-2 student row: version 1 plus the name parts as sent.
     *
     * @param studentId the student id
     * @param displayName the display name (DOMAIN.md 3.3)
     * @param givenName the given name as sent, or null
     * @param familyName the family name as sent, or null
     * @param email the email as sent, or null
     * @param picture the picture as sent, or null
     * @param progressPct progress 0..100, 1 dp, or null
     * @param proficiencyPct proficiency in percent 0..100, 1 dp, or null
     * @param activityStatus {@code active} or {@code inactive}
     * @param lastInteractionAt ISO-8601 UTC to the second, or null
     */
    record V2(long studentId, String displayName, String givenName, String familyName, String email, String picture,
              Double progressPct, Double proficiencyPct, String activityStatus, String lastInteractionAt)
            implements StudentRow {
    }
}
