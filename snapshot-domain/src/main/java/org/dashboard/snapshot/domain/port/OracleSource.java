package org.dashboard.snapshot.domain.port;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;

/**
 * The coordinator port: loads oracle result envelopes for one dashboard request. An oracle that fails comes
 * back as an {@link OracleResult.Error}; a key it cannot serve may be left out (it then counts as unavailable).
 */
public interface OracleSource {

    Map<OracleKey, OracleResult> load(OracleLoad request);

    /**
     * Loads like {@link #load}, reporting results as they settle: each call of {@code settled} carries the results
     * that settled together (one or more, sorted by key; a key is reported at most once; a key the source cannot
     * serve is never reported). Returns once every key has settled or been left out. A source may call
     * {@code settled} from several threads, one call at a time or concurrently.
     *
     * <p>Cancellation is the caller's thread interrupt: a source that loads concurrently then cancels the calls in
     * flight and returns early, with the thread's interrupt status still set (the caller tells a cancelled load's
     * outcome from a settled one by it). The default reports {@link #load}'s results as one batch when it returns.
     */
    default void loadEach(OracleLoad request, Consumer<SortedMap<OracleKey, OracleResult>> settled) {
        Map<OracleKey, OracleResult> results = load(request);
        if (results != null && !results.isEmpty()) {
            settled.accept(new TreeMap<>(results));
        }
    }

    /**
     * Whether this source serves the section at all; an unknown section is refused before anything is loaded.
     * Sources that cannot tell answer true and let each oracle report its own outcome.
     */
    default boolean servesSection(long sectionId) {
        return true;
    }
}
