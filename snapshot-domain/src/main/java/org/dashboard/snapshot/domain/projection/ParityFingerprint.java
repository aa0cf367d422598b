package org.dashboard.snapshot.domain.projection;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dashboard.snapshot.domain.contract.ProjectionBody;

/**
 * The parity fingerprint of a projection: SHA-256 (hex) of its sorted canonical facts, one per line
 * ({@code fact\n} each, UTF-8).
 */
public final class ParityFingerprint {
    private ParityFingerprint() {
    }

    /** The fingerprint of a body: streamed when it writes its facts sorted ({@link SortedFacts}), else sorted here. */
    public static String of(ProjectionBody body) {
        if (body instanceof SortedFacts sorted) {
            FactDigest digest = new FactDigest();
            sorted.writeSortedFacts(digest);
            return digest.hex();
        }
        return of(body.parityFacts());
    }

    public static String of(Collection<String> facts) {
        List<String> sorted = new ArrayList<>(facts);
        sorted.sort(null);
        FactDigest digest = new FactDigest();
        for (String fact : sorted) {
            digest.text(fact).end();
        }
        return digest.hex();
    }

    /** A SHA-256 digest (always present on a Java platform). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
