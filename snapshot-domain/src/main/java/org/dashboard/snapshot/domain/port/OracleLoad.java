package org.dashboard.snapshot.domain.port;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.Scope;

/** What the coordinator is asked for: the context, scope and request token, and the keys to load. */
public record OracleLoad(DashboardContext context, Scope scope, String requestToken, SortedSet<OracleKey> required,
                         SortedSet<OracleKey> optional) {
    public OracleLoad {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(requestToken, "requestToken");
        required = Collections.unmodifiableSortedSet(new TreeSet<>(required));
        optional = Collections.unmodifiableSortedSet(new TreeSet<>(optional));
    }

    /** Every key asked for, sorted. */
    public SortedSet<OracleKey> keys() {
        SortedSet<OracleKey> all = new TreeSet<>(required);
        all.addAll(optional);
        return all;
    }
}
