package org.dashboard.snapshot.export.wire;

/**
 * Read limits for request bodies, applied by the streaming parser before anything is built in memory.
 *
 * @param maxNestingDepth deepest allowed object/array nesting
 * @param maxStringLength longest allowed string value or member name, in characters
 * @param maxNumberLength longest allowed number literal, in characters
 * @param maxDocumentBytes largest allowed document, in bytes
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentBytes) {
    /** 64 levels, 1 MiB strings, 64-character numbers, 16 MiB documents. */
    public static final JsonLimits DEFAULT = new JsonLimits(64, 1 << 20, 64, 16L << 20);

    public JsonLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxDocumentBytes < 1) {
            throw new IllegalArgumentException("JSON limits are positive");
        }
    }
}
