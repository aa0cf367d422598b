package org.dashboard.snapshot.projections.support;

/** The four support buckets, in their display order (DOMAIN.md 3.3). */
public enum SupportBucket {
    STRUGGLING("struggling", "Struggling"),
    ON_TRACK("on_track", "On Track"),
    EXCELLING("excelling", "Excelling"),
    NOT_ENOUGH_INFORMATION("not_enough_information", "Not enough information");

    private final String id;
    private final String label;

    SupportBucket(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The wire id, for example {@code on_track}. */
    public String id() {
        return id;
    }

    /** The display label, for example {@code On Track}. */
    public String label() {
        return label;
    }
}
