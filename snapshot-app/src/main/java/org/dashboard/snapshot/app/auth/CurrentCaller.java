package org.dashboard.snapshot.app.auth;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.dashboard.snapshot.domain.contract.DashboardContext;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.service.ScopeRequest;

/**
 * The caller of the current request, set by the API's bearer token filter once the token is verified; empty while
 * authorization is off.
 */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    public void set(Caller verified) {
        this.caller = verified;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /** The user id requests are made as: the token's, or {@code fallback} while authorization is off. */
    public long userId(long fallback) {
        return caller == null ? fallback : caller.userId();
    }

    /**
     * A get_or_build request made as the caller: with a verified token its user id replaces the query's. A
     * {@code user_id} query value naming someone else is {@code unauthorized_scope} (a token acts for its own
     * user only); the same value, or none, is accepted.
     */
    public Outcome<ScopeRequest> actingAs(ScopeRequest request, Optional<String> queriedUserId) {
        if (caller == null) {
            return Outcome.accepted(request);
        }
        DashboardContext context = request.context();
        if (queriedUserId.isPresent() && context.userId() != caller.userId()) {
            return Outcome.rejected(Rejection.ofField(RequestReason.UNAUTHORIZED_SCOPE, "user_id",
                    JsonValue.of(context.userId()), "a token acts for its own user only"));
        }
        return Outcome.accepted(new ScopeRequest(new DashboardContext(context.type(), context.contextId(),
                caller.userId()), request.requestToken(), request.options(), request.dataVersion()));
    }
}
