package org.dashboard.snapshot.domain.projection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * SHA-256 over parity facts written piece by piece: {@code text(...)} and {@code number(...)} append to the
 * current fact, {@link #end()} closes it with a line feed. The bytes are the facts' UTF-8 encoding, exactly
 * what {@link ParityFingerprint#of(java.util.Collection)} hashes for the same facts in the same order, but
 * without building a string per fact; ASCII is copied straight into one reused buffer.
 */
public final class FactDigest {
    private static final int BUFFER = 32 * 1024;

    private final MessageDigest digest = ParityFingerprint.sha256();
    private final byte[] buffer = new byte[BUFFER];
    private int used;

    /** Appends text to the current fact. */
    public FactDigest text(String text) {
        int length = text.length();
        if (length > BUFFER - used) {
            flush();
        }
        if (length > BUFFER) {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }
        int start = used;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) { // not ASCII: encode the whole text instead
                used = start;
                flush();
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                return this;
            }
            buffer[used++] = (byte) c;
        }
        return this;
    }

    /** Appends a decimal integer to the current fact. */
    public FactDigest number(long value) {
        return text(Long.toString(value));
    }

    /** Ends the current fact. */
    public FactDigest end() {
        if (used == BUFFER) {
            flush();
        }
        buffer[used++] = '\n';
        return this;
    }

    /** The hex SHA-256 of everything written; the digest is spent afterwards. */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
