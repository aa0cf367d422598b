package org.dashboard.snapshot.adapters.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dashboard.snapshot.domain.contract.OracleKey;
import org.dashboard.snapshot.domain.contract.OracleResult;
import org.dashboard.snapshot.domain.json.JsonValue;
import org.dashboard.snapshot.domain.port.OracleLoad;
import org.dashboard.snapshot.domain.port.OracleSource;
import org.dashboard.snapshot.domain.sample.SampleSection;
import org.dashboard.snapshot.domain.sample.SampleSections;

/**
 * The built-in oracle source of a first run: deterministic sample sections 1001 (20 students), 1002 (200),
 * 1003 (2,000) and 1004 (20,000), so the service serves real-looking data with no external service. An unknown
 * container of a known section yields no results (every capability then reports its oracles missing).
 */
@ApplicationScoped
@Typed(SampleOracleSource.class) // the app wiring chooses which implementation serves the port
public class SampleOracleSource implements OracleSource {

    @Override
    public boolean servesSection(long sectionId) {
        return SampleSections.find(sectionId).isPresent();
    }

    @Override
    public Map<OracleKey, OracleResult> load(OracleLoad request) {
        Optional<SampleSection> section = SampleSections.find(request.context().contextId());
        Map<OracleKey, OracleResult> results = new TreeMap<>();
        if (section.isEmpty()) {
            return results;
        }
        Map<OracleKey, JsonValue> payloads = section.get().oracles(request.scope());
        for (OracleKey key : request.keys()) {
            JsonValue payload = payloads.get(key);
            if (payload != null) {
                results.put(key, new OracleResult.Ok(1, false, payload, Map.of()));
            }
        }
        return results;
    }
}
