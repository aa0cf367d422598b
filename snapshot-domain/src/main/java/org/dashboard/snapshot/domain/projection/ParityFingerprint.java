package org.dashboard.snapshot.domain.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/** The parity fingerprint of a projection: SHA-256 (hex) of its sorted canonical facts, one per line. */
public final class ParityFingerprint {
    private ParityFingerprint() {
    }

    public static String of(Collection<String> facts) {
        List<String> sorted = new ArrayList<>(facts);
        sorted.sort(null);
        MessageDigest digest = sha256();
        for (String fact : sorted) {
            digest.update(fact.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
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
