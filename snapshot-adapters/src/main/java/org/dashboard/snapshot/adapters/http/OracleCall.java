package org.dashboard.snapshot.adapters.http;

import java.util.Objects;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;

/** One upstream call: the oracle of a section and scope, asked for within one dashboard request. */
public record OracleCall(long sectionId, OracleKey key, Scope scope, String requestToken) {
    public OracleCall {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(requestToken, "requestToken");
        if (sectionId <= 0) {
            throw new IllegalArgumentException("section id must be positive, got " + sectionId);
        }
    }
}
