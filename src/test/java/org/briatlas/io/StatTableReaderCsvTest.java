package org.briatlas.io;

import org.briatlas.model.StatTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The RFC 4180 CSV reading behind {@link StatTableReader}: quoted fields with commas, doubled quotes and
 * line breaks, CRLF and CR line endings, with or without a final line break, empty cells and blank
 * lines, an unclosed quote; and one small table read end to end through {@link StatTableReader#read}.
 */
class StatTableReaderCsvTest {

    /** Rows written as "a|b|c": the cells of one row separated by "|". */
    private static void check(String csv, String... expectedRows) {
        List<List<String>> expected = Arrays.stream(expectedRows)
                .map(r -> List.of(r.split("\\|", -1)))
                .toList();
        assertEquals(expected, StatTableReader.parseCsv(csv), "CSV: " + csv.replace("\r", "\\r").replace("\n", "\\n"));
    }

    @Test
    void plainRows() {
        check("a,b,c\n1,2,3\n", "a|b|c", "1|2|3");
        check("single\n", "single");
        check("2014,100.5", "2014|100.5");
    }

    @Test
    void withOrWithoutAFinalLineBreak() {
        check("a,b\n1,2", "a|b", "1|2");
        check("a,b\n1,2\n", "a|b", "1|2");
        check("a,b\r\n1,2", "a|b", "1|2");
        check("a,b\r\n1,2\r\n", "a|b", "1|2");
    }

    @Test
    void crlfAndBareCrEndLinesLikeLf() {
        check("Year,Total\r\n2013,89.21\r\n2014,95.28\r\n", "Year|Total", "2013|89.21", "2014|95.28");
        check("a,b\r1,2\r", "a|b", "1|2");
        check("a\r\nb\nc\rd", "a", "b", "c", "d");
    }

    @Test
    void quotedFieldsKeepTheirCommas() {
        check("Year,\"Year-on-year growth, %\",Total\n", "Year|Year-on-year growth, %|Total");
        check("\"a,b\",\"c,,d\"\n", "a,b|c,,d");
        check("\",\"", ",");
    }

    @Test
    void doubledQuotesAreOneQuote() {
        check("\"say \"\"hi\"\"\",x\n", "say \"hi\"|x");
        check("\"\"\"\"\n", "\"");
        check("\"\"\"quoted\"\"\"", "\"quoted\"");
    }

    @Test
    void quotedFieldsKeepTheirLineBreaks() {
        check("\"two\nlines\",x\ny,z\n", "two\nlines|x", "y|z");
        check("\"crlf\r\ninside\",x\r\n", "crlf\r\ninside|x");
    }

    @Test
    void emptyCells() {
        check("a,,c\n", "a||c");
        check(",b\n", "|b");
        check("a,\n", "a|");
        check(",\n", "|");
        check("a,b\n,\n", "a|b", "|");
        check("\"\",x\n", "|x");
        check("\"\"\n", "");
    }

    @Test
    void spacesBelongToTheField() {
        check(" a , b \n", " a | b ");
    }

    @Test
    void blankLinesAreNotRows() {
        check("a\n\nb\n", "a", "b");
        check("a\n\n\n", "a");
        check("\r\n\r\na,b\r\n", "a|b");
    }

    @Test
    void emptyTextHasNoRows() {
        assertEquals(List.of(), StatTableReader.parseCsv(""));
        assertEquals(List.of(), StatTableReader.parseCsv("\n\r\n"));
    }

    @Test
    void anUnclosedQuoteIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StatTableReader.parseCsv("a,\"b\n1,2\n"));
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void aSmallTableReadsEndToEndThroughTheReader(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("catalogue.json"), """
                [{"table": 42, "file": "t.csv", "title": "Test", "unit": "billion dollars", "line": 7,
                  "columns": [{"name": "Year", "type": "year"},
                              {"name": "Total, all", "type": "number"},
                              {"name": "Note", "type": "text"}]}]
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("t.csv"),
                "Year,\"Total, all\",Note\r\n2013,\"1,234.5\",\"said \"\"so\"\"\"\r\n2014,,\"two\nlines\"",
                StandardCharsets.UTF_8);
        StatTableReader.Result result = new StatTableReader().read(StatTableReader.folder(dir));
        assertEquals(List.of(), result.problems());
        StatTable t = result.tables().get(0);
        assertEquals(42, t.number());
        assertEquals(List.of("Year", "Total, all", "Note"), t.header());
        assertEquals(List.of(List.of("2013", "1,234.5", "said \"so\""), List.of("2014", "", "two\nlines")), t.rows());
    }

    @Test
    void anUnclosedQuoteIsReportedForItsFileOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("catalogue.json"), """
                [{"table": 1, "file": "good.csv", "title": "Good", "columns": []},
                 {"table": 2, "file": "bad.csv", "title": "Bad", "columns": []}]
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("good.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.csv"), "a,b\n\"1,2\n", StandardCharsets.UTF_8);
        StatTableReader.Result result = new StatTableReader().read(StatTableReader.folder(dir));
        assertEquals(List.of(1), result.tables().stream().map(StatTable::number).toList());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals("bad.csv", result.problems().get(0).source());
        assertTrue(result.problems().get(0).message().contains("not closed"), result.problems().get(0).message());
    }
}
