package org.dashboard.snapshot.domain.contract;

import java.util.Locale;

/** Export outcomes other than a clean inclusion (DOMAIN.md section 6). */
public enum ExportReason implements ReasonCode {
    UNKNOWN_EXPORT_PROFILE,
    REQUIRED_PROJECTION_UNAVAILABLE,
    REQUIRED_PROJECTION_FAILED,
    DATASET_POLICY_EXCLUDED,
    DATASET_NO_DATA,
    SERIALIZER_ERROR,
    ZIP_BUILD_FAILED,
    EXPORT_TIMEOUT,
    EXPORT_FAILED;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
