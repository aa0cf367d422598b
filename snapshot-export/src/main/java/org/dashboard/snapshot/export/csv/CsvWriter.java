package org.dashboard.snapshot.export.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link CsvTable} as the bytes DOMAIN.md 5 fixes: RFC 4180, comma separated, CRLF after every record
 * (the last too), UTF-8 without a byte order mark, header first. A field is quoted only when it contains a comma,
 * a double quote, CR or LF, and quotes inside are doubled. Every cell passes the formula-injection guard first.
 *
 * <p>Commons CSV's {@code QuoteMode.MINIMAL} also quotes an empty first field, a field starting with a
 * character up to {@code '#'} and a field ending in whitespace, which the contract forbids; so the writer quotes
 * by the contract's rule itself. Commons CSV's RFC 4180 parser reads every export back in the tests.
 */
public final class CsvWriter {
    private static final String RECORD_SEPARATOR = "\r\n";

    private CsvWriter() {
    }

    /** The table as UTF-8 CSV bytes. */
    public static byte[] write(CsvTable table) {
        StringBuilder out = new StringBuilder();
        appendRecord(out, table.header());
        for (List<String> row : table.rows()) {
            appendRecord(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRecord(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(RECORD_SEPARATOR);
    }

    /** One cell as written: guarded against formula injection, then quoted if it must be. */
    public static String field(String cell) {
        return quoted(guarded(cell));
    }

    /**
     * The formula-injection guard: a cell whose first character, after an optional byte order mark and leading
     * spaces, tabs or line breaks, is {@code =}, {@code +}, {@code -} or {@code @} gets a {@code '} prefix.
     */
    public static String guarded(String cell) {
        int i = 0;
        int length = cell.length();
        if (length > 0 && cell.charAt(0) == '\uFEFF') {
            i = 1;
        }
        while (i < length && isLeadingBlank(cell.charAt(i))) {
            i++;
        }
        if (i < length && isFormulaStart(cell.charAt(i))) {
            return "'" + cell;
        }
        return cell;
    }

    /** The cell in double quotes (inner quotes doubled) when it contains a comma, a double quote, CR or LF. */
    public static String quoted(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + cell.replace("\"", "\"\"") + '"';
            }
        }
        return cell;
    }

    private static boolean isLeadingBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@';
    }
}
