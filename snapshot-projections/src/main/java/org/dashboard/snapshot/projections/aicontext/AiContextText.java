package org.dashboard.snapshot.projections.aicontext;

import java.util.List;

/**
 * The plain-text rendering of the {@code ai_context} facts and its bound: the lines joined with {@code "\n"}
 * (no trailing line break), never longer than {@code max_chars} Java {@code char}s.
 */
public final class AiContextText {
    /** The mark that ends a first line cut inside ({@code U+2026}, one {@code char}). */
    public static final String ELLIPSIS = "\u2026";

    private AiContextText() {
    }

    /**
     * A rendered text.
     *
     * @param text at most {@code max_chars} characters
     * @param truncated true when lines were dropped or the first line was cut
     */
    public record Rendered(String text, boolean truncated) {
    }

    /**
     * Joins the lines with {@code "\n"}. When that is longer than {@code maxChars}, keeps the longest prefix of
     * whole lines that fits; when even the first line does not fit, keeps its first {@code maxChars - 1}
     * characters (one fewer when the cut would split a surrogate pair) followed by {@link #ELLIPSIS}.
     *
     * @param lines the lines, none containing a line break
     * @param maxChars the bound, at least 2
     */
    public static Rendered render(List<String> lines, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("max_chars must be at least 2, got " + maxChars);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int separator = i == 0 ? 0 : 1;
            if (out.length() + separator + line.length() > maxChars) {
                return new Rendered(i == 0 ? cut(line, maxChars) : out.toString(), true);
            }
            if (separator == 1) {
                out.append('\n');
            }
            out.append(line);
        }
        return new Rendered(out.toString(), false);
    }

    /** A value on one line: every ISO control character (CR, LF, tab, ...) and U+2028 / U+2029 read as a space. */
    public static String singleLine(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(value);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? value : out.toString();
    }

    private static String cut(String line, int maxChars) {
        int end = maxChars - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1)) && Character.isLowSurrogate(line.charAt(end))) {
            end--;
        }
        return line.substring(0, end) + ELLIPSIS;
    }
}
