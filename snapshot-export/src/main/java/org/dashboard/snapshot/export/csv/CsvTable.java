package org.dashboard.snapshot.export.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dataset as text cells: the header row and the data rows, every row as wide as the header. Cells are
 * already formatted ({@link CsvCells}); {@link CsvWriter} applies the formula-injection guard and the quoting.
 *
 * @param header the column names, in order
 * @param rows the data rows, in order (the header is not one of them)
 */
public record CsvTable(List<String> header, List<List<String>> rows) {
    public CsvTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table has at least one column");
        }
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = List.copyOf(Objects.requireNonNull(rows.get(i), "row " + i));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " has " + row.size() + " cells, the header "
                        + header.size() + " " + header);
            }
            copied.add(row);
        }
        rows = List.copyOf(copied);
    }

    /** A table with the given header and rows. */
    public static CsvTable of(List<String> header, List<List<String>> rows) {
        return new CsvTable(header, rows);
    }

    /** The number of data rows (the header excluded). */
    public int rowCount() {
        return rows.size();
    }
}
