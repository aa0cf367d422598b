package org.dashboard.snapshot.export.dataset;

import java.util.Locale;

/** What a dataset does when a projection it requires is not published (DOMAIN.md 5, AC-004, AC-005). */
public enum DatasetPolicy {
    /** The whole export fails with {@code required_projection_unavailable} or {@code required_projection_failed}. */
    FAIL_CLOSED,
    /** The dataset is left out and the manifest says why ({@code dataset_policy_excluded}). */
    ALLOW_PARTIAL_WITH_MANIFEST;

    /** {@code fail_closed} or {@code allow_partial_with_manifest}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
