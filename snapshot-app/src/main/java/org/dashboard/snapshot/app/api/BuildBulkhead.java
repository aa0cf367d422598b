package org.dashboard.snapshot.app.api;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.dashboard.snapshot.app.wiring.SnapshotConfig;
import org.dashboard.snapshot.domain.contract.Outcome;
import org.dashboard.snapshot.domain.contract.Rejection;
import org.dashboard.snapshot.domain.contract.RequestReason;
import org.dashboard.snapshot.domain.contract.Snapshot;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.service.DataSnapshot;
import org.dashboard.snapshot.domain.service.ScopeRequest;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * The bulkhead of get_or_build: at most {@code snapshot.builds.max-concurrent} builds run at once and at most
 * {@code snapshot.builds.max-waiting} more wait for one of them to end (SmallRye Fault Tolerance's bulkhead with
 * synchronous queueing; its metrics are {@code ft.bulkhead.*} with {@code method="snapshot-builds"}). One more is
 * refused at once with 503 {@code service_overloaded}, so a slow upstream holds at most running plus waiting
 * request threads and the rest of the service (health, the projection-only endpoints) keeps its own.
 *
 * <p>How long a build runs is bounded elsewhere: the HTTP source settles every oracle within its load deadline
 * ({@code snapshot.http-source.load-deadline}; a key that does not settle is {@code oracle_timeout}, its projections
 * {@code projection_timeout}), and a request waiting for another's load waits at most as long.
 */
@ApplicationScoped
public class BuildBulkhead {
    /** The bulkhead's name in the fault tolerance metrics. */
    public static final String NAME = "snapshot-builds";

    private final Guard guard;
    private final int maxConcurrent;
    private final int maxWaiting;

    @Inject
    public BuildBulkhead(SnapshotConfig config) {
        this(config.builds().maxConcurrent(), config.builds().maxWaiting());
    }

    public BuildBulkhead(int maxConcurrent, int maxWaiting) {
        if (maxConcurrent < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("snapshot.builds.max-concurrent must be >= 1 and max-waiting >= 0, got "
                    + maxConcurrent + " and " + maxWaiting);
        }
        this.maxConcurrent = maxConcurrent;
        this.maxWaiting = maxWaiting;
        Guard.Builder.BulkheadBuilder bulkhead = Guard.create().withDescription(NAME).withBulkhead()
                .limit(maxConcurrent);
        if (maxWaiting > 0) { // without queueing, a synchronous call beyond the limit is refused at once
            bulkhead = bulkhead.queueSize(maxWaiting).enableSynchronousQueueing();
        }
        this.guard = bulkhead.done().build();
    }

    /** {@code service.getOrBuild(request)} inside the bulkhead, or {@code service_overloaded} when it is full. */
    public Outcome<Snapshot> getOrBuild(DataSnapshot service, ScopeRequest request) {
        return run(() -> service.getOrBuild(request));
    }

    /** Runs one build inside the bulkhead, or refuses it with {@code service_overloaded} when the bulkhead is full. */
    @SuppressWarnings("unchecked")
    public <T> Outcome<T> run(Supplier<Outcome<T>> build) {
        try {
            return guard.call(build::get, Outcome.class);
        } catch (BulkheadException full) {
            return Outcome.rejected(overloaded());
        } catch (RuntimeException failed) {
            throw failed;
        } catch (Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Rejection overloaded() {
        return Rejection.of(RequestReason.SERVICE_OVERLOADED, "too many snapshot builds are running and waiting ("
                + maxConcurrent + " running, " + maxWaiting + " waiting); retry shortly",
                new JsonValue.JsonObject(Map.of("max_concurrent", JsonValue.of(maxConcurrent),
                        "max_waiting", JsonValue.of(maxWaiting))));
    }
}
