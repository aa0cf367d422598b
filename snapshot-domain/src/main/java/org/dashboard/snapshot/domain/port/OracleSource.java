package org.dashboard.snapshot.domain.port;

import java.util.Map;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;

/**
 * The coordinator port: loads oracle result envelopes for one dashboard request. An oracle that fails comes
 * back as an {@link OracleResult.Error}; a key it cannot serve may be left out (it then counts as unavailable).
 */
public interface OracleSource {

    Map<OracleKey, OracleResult> load(OracleLoad request);

    /**
     * Whether this source serves the section at all; an unknown section is refused before anything is loaded.
     * Sources that cannot tell answer true and let each oracle report its own outcome.
     */
    default boolean servesSection(long sectionId) {
        return true;
    }
}
