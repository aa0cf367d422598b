package org.dashboard.snapshot.domain.projection;

/**
 * A projection body that can write its parity facts into a digest already sorted, so its fingerprint needs
 * neither a string per fact nor a sort. What it writes must be byte for byte the sorted
 * {@link org.dashboard.snapshot.domain.contract.ProjectionBody#parityFacts()}, one per line.
 */
public interface SortedFacts {

    /** Writes every parity fact, in sorted order, each closed with {@link FactDigest#end()}. */
    void writeSortedFacts(FactDigest digest);
}
