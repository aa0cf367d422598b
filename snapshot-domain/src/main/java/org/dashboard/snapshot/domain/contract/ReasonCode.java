package org.dashboard.snapshot.domain.contract;

/** A stable, machine-readable reason code as it appears on the wire ({@code reason_code}). */
public interface ReasonCode {
    /** The wire form, for example {@code missing_oracle_payload}. */
    String code();
}
