package org.dashboard.snapshot.domain.port;

import java.util.Optional;
import org.dashboard.snapshot.domain.projection.Derivation;
import org.dashboard.snapshot.domain.projection.DerivationKey;

/**
 * Remembers published derivations by {@link DerivationKey}, so that a repeated request over the same cached
 * oracle results, parameters and {@code generated_at} reuses the projections instead of deriving them again.
 * Entries must be bounded (size and time); a memo that forgets or fails only costs a derivation.
 */
public interface DerivationMemo {

    /** A memo that remembers nothing. */
    DerivationMemo NONE = new DerivationMemo() {
        @Override
        public Optional<Derivation> get(DerivationKey key) {
            return Optional.empty();
        }

        @Override
        public void put(DerivationKey key, Derivation derivation) {
            // nothing to remember
        }
    };

    Optional<Derivation> get(DerivationKey key);

    void put(DerivationKey key, Derivation derivation);
}
