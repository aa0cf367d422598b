package org.dashboard.snapshot.export.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @Test
    void writesHeaderThenRowsWithCrlfAfterEveryRecordInUtf8WithoutBom() {
        CsvTable table = CsvTable.of(List.of("name", "value"), List.of(List.of("a", "1"), List.of("b", "2")));
        byte[] bytes = CsvWriter.write(table);
        assertArrayEquals("name,value\r\na,1\r\nb,2\r\n".getBytes(StandardCharsets.US_ASCII), bytes);
    }

    @Test
    void aTableWithoutRowsIsItsHeader() {
        assertArrayEquals("a,b\r\n".getBytes(StandardCharsets.US_ASCII),
                CsvWriter.write(CsvTable.of(List.of("a", "b"), List.of())));
    }

    @Test
    void quotesOnlyCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.of(List.of("a", "b", "c"), List.of(
                List.of("Lovelace, Ada", "Ada \"The Countess\"", "line\nbreak"),
                List.of("carriage\rreturn", "crlf\r\n", "plain"),
                List.of("", "#1 hash", " spaced "),
                List.of("!bang", "", "tab\tinside")));
        String expected = "a,b,c\r\n"
                + "\"Lovelace, Ada\",\"Ada \"\"The Countess\"\"\",\"line\nbreak\"\r\n"
                + "\"carriage\rreturn\",\"crlf\r\n\",plain\r\n"
                + ",#1 hash, spaced \r\n"
                + "!bang,,tab\tinside\r\n";
        assertEquals(expected, new String(CsvWriter.write(table), StandardCharsets.UTF_8));
    }

    @Test
    void writesUnicodeAsUtf8() {
        CsvTable table = CsvTable.of(List.of("name"), List.of(List.of("Zoë Ñúñez"), List.of("李小龍"),
                List.of("Émile 🎓")));
        byte[] expected = "name\r\nZoë Ñúñez\r\n李小龍\r\nÉmile 🎓\r\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, CsvWriter.write(table));
        assertEquals((byte) 'n', CsvWriter.write(table)[0]);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=Danger Course|'=Danger Course",
        "+1|'+1",
        "-x|'-x",
        "@SUM(A1)|'@SUM(A1)",
        "` =x`|`' =x`",
        "`\t=x`|`'\t=x`",
        "`\t \t+x`|`'\t \t+x`",
        "a=b|a=b",
        "x-|x-",
        "'=x|'=x",
        "`  `|`  `",
        "plain|plain",
    })
    void guardsFormulaStarts(String cell, String expected) {
        assertEquals(expected, CsvWriter.guarded(cell));
    }

    @Test
    void theGuardLooksPastOneBomAndLineBreaks() {
        assertEquals("'\uFEFF=x", CsvWriter.guarded("\uFEFF=x"));
        assertEquals("'\uFEFF \t-x", CsvWriter.guarded("\uFEFF \t-x"));
        assertEquals("'\r\n@x", CsvWriter.guarded("\r\n@x"));
        assertEquals("'\n+x", CsvWriter.guarded("\n+x"));
        assertEquals("\uFEFF\uFEFF=x", CsvWriter.guarded("\uFEFF\uFEFF=x"));
        assertEquals(" \uFEFF=x", CsvWriter.guarded(" \uFEFF=x"));
        assertEquals("\uFEFF", CsvWriter.guarded("\uFEFF"));
        assertEquals("", CsvWriter.guarded(""));
    }

    @Test
    void guardsBeforeQuoting() {
        assertEquals("\"'=a,b\"", CsvWriter.field("=a,b"));
        assertEquals("\"'\r\n=x\"", CsvWriter.field("\r\n=x"));
        assertEquals("\"'-\"\"x\"\"\"", CsvWriter.field("-\"x\""));
        assertEquals("'@x", CsvWriter.field("@x"));
        assertEquals("x", CsvWriter.quoted("x"));
    }

    @Test
    void commonsCsvMinimalQuotingWouldQuoteMoreThanTheContractAllows() throws IOException {
        CSVFormat minimal = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).setRecordSeparator("\r\n")
                .get();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, minimal)) {
            printer.printRecord("", "#1", "x ");
        }
        assertEquals("\"\",\"#1\",\"x \"\r\n", out.toString());
        CsvTable table = CsvTable.of(List.of("a", "b", "c"), List.of());
        assertEquals("a,b,c\r\n", new String(CsvWriter.write(table), StandardCharsets.UTF_8));
        assertEquals(",#1,x \r\n", CsvWriter.field("") + "," + CsvWriter.field("#1") + "," + CsvWriter.field("x ")
                + "\r\n");
    }

    @Property(tries = 300)
    void commonsCsvReadsEveryTableBackCellForCell(@ForAll @Size(max = 4) List<@Size(max = 3) List<String>> cells)
            throws IOException {
        List<String> header = List.of("c1", "c2", "c3");
        List<List<String>> rows = new ArrayList<>();
        for (List<String> given : cells) {
            List<String> row = new ArrayList<>(given);
            while (row.size() < 3) {
                row.add("v" + row.size());
            }
            rows.add(row);
        }
        byte[] bytes = CsvWriter.write(CsvTable.of(header, rows));
        List<CSVRecord> records = parse(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(rows.size() + 1, records.size());
        assertEquals(header, records.get(0).toList());
        for (int i = 0; i < rows.size(); i++) {
            List<String> expected = rows.get(i).stream().map(CsvWriter::guarded).toList();
            assertEquals(expected, records.get(i + 1).toList());
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv)).setFormat(CSVFormat.RFC4180)
                .get()) {
            return parser.getRecords();
        }
    }

    @Test
    void tablesAreRectangular() {
        IllegalArgumentException narrow = assertThrows(IllegalArgumentException.class,
                () -> CsvTable.of(List.of("a", "b"), List.of(List.of("1", "2"), List.of("only"))));
        assertEquals("row 1 has 1 cells, the header 2 [a, b]", narrow.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvTable.of(List.of(), List.of()));
        List<List<String>> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> CsvTable.of(List.of("a"), withNull));
        assertEquals(2, CsvTable.of(List.of("a"), List.of(List.of("1"), List.of("2"))).rowCount());
        assertEquals(0, CsvTable.of(List.of("a"), List.of()).rowCount());
    }
}
