package org.briatlas.stats;

import org.briatlas.analysis.FigureChecks;
import org.briatlas.io.StatTableReader;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The paper's tables as data, against the paper's text, and the checks of its printed figures. */
class StatTablesTest {

    /** The paper, beside the repository as the workplace lays it out (and as CI gets it). */
    private static final Path PAPER = Path.of("../shared/seed/000_801427d08cd55730.txt");
    private static final Set<String> EMPTY_MARKERS = Set.of("/", "\u2013", "-", "\u2014");

    private static StatTableReader.Result result;
    private static List<Finding> findings;

    @BeforeAll
    static void load() throws IOException {
        StatTableReader reader = new StatTableReader();
        result = reader.read(StatTableReader.shipped());
        findings = FigureChecks.run(result.tables(), reader.relations(StatTableReader.shipped()));
    }

    @Test
    void everyTableExceptTable2Loads() {
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 8, 9, 10, 11), result.tables().stream().map(StatTable::number).toList());
    }

    /** Skips when the paper is missing, except in CI (CI=true), which must compare the tables with it. */
    static void requirePaper(Path paper, String ci) {
        if (Files.exists(paper)) {
            return;
        }
        String where = paper.toAbsolutePath().normalize().toString();
        if ("true".equals(ci)) {
            fail("CI=true but the paper is missing at " + where + ": CI must compare the tables with the paper");
        }
        Assumptions.abort("the paper is not beside the repository (" + where + "); skipped, as this is not CI");
    }

    @Test
    void withoutThePaperCiFailsAndElsewhereTheComparisonIsSkipped(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("no-paper.txt");
        assertThrows(AssertionFailedError.class, () -> requirePaper(missing, "true"));
        assertThrows(TestAbortedException.class, () -> requirePaper(missing, null));
        assertThrows(TestAbortedException.class, () -> requirePaper(missing, "false"));
        Path present = Files.writeString(dir.resolve("paper.txt"), "Table 1");
        assertDoesNotThrow(() -> requirePaper(present, "true"));
    }

    @Test
    void everyValueIsThePrintedValue() throws IOException {
        requirePaper(PAPER, System.getenv("CI"));
        List<String> lines = Files.readAllLines(PAPER);
        for (StatTable t : result.tables()) {
            List<List<String>> printedRows = new ArrayList<>();
            for (int i = Math.max(0, t.line() - 1); i < Math.min(lines.size(), t.line() + 40); i++) {
                List<String> cells = new ArrayList<>(Arrays.stream(lines.get(i).split("\t", -1))
                        .map(String::trim).map(c -> EMPTY_MARKERS.contains(c) ? "" : c).toList());
                printedRows.add(cells);
            }
            for (List<String> row : t.rows()) {
                boolean found = printedRows.stream().anyMatch(p -> sameCells(p, row));
                assertTrue(found, "Table " + t.number() + ": row " + row + " is not printed like that near line "
                        + t.line());
            }
        }
    }

    /** Equal cell by cell, a missing trailing cell counting as empty. */
    private static boolean sameCells(List<String> printed, List<String> row) {
        for (int i = 0; i < Math.max(printed.size(), row.size()); i++) {
            String a = i < printed.size() ? printed.get(i) : "";
            String b = i < row.size() ? row.get(i) : "";
            if (!a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static List<Finding> findings(int table, Finding.Kind kind) {
        return findings.stream().filter(f -> f.table() == table && f.kind() == kind).toList();
    }

    @Test
    void findsTheMisplacedDecimalPointsAndOffersCorrections() {
        List<Finding> imports = findings(4, Finding.Kind.DECIMAL_POINT);
        assertEquals(List.of("2011", "2012", "2013", "2014"), imports.stream().map(Finding::row).toList());
        assertEquals(List.of("14.64", "16.15", "15.45", "14.35"), imports.stream().map(Finding::correction).toList());
        assertTrue(imports.get(3).explanation().contains("off by 0.02"), imports.get(3).explanation());
        List<Finding> shares = findings(5, Finding.Kind.DECIMAL_POINT);
        assertEquals(List.of("Japan 2018", "South Korea 2018", "Mongolia 2018"), shares.stream().map(Finding::row).toList());
        assertEquals(List.of("1.36", "0.88", "0.54"), shares.stream().map(Finding::correction).toList());
    }

    @Test
    void findsGrowthRatesThatContradictTheirSeries() {
        // Every checkable growth rate of Table 3 (five years, three series) contradicts the levels.
        assertEquals(15, findings(3, Finding.Kind.GROWTH).size());
        assertTrue(findings(3, Finding.Kind.GROWTH).stream().anyMatch(f -> f.explanation().contains(
                "matches the change from 2014")));
        assertEquals(List.of("2015", "2016", "2015"), findings(9, Finding.Kind.GROWTH).stream().map(Finding::row).toList());
        // Table 4's import growth for 2014 and 2015 is right once the decimal point is read correctly.
        assertTrue(findings(4, Finding.Kind.GROWTH).stream().noneMatch(f -> f.row().equals("2014")
                || f.row().equals("2015")), findings(4, Finding.Kind.GROWTH).toString());
    }

    @Test
    void findsSharesThatCannotBeRightAndCrossTableDisagreements() {
        // Table 3: China's imports implied by the total's and the exports' shares make 15.3 and 8.5 impossible.
        List<String> t3 = findings(3, Finding.Kind.SHARE).stream().map(f -> f.row() + "=" + f.printed()).toList();
        assertTrue(t3.containsAll(List.of("2013=15.3", "2016=8.5")), t3.toString());
        // Table 4's share column against Table 3's China-Russia totals.
        assertEquals(List.of("2013", "2014", "2016"), findings(4, Finding.Kind.SHARE).stream().map(Finding::row).toList());
    }

    @Test
    void findsSharesAndPartialYearBases() {
        assertEquals(List.of("South Korea 2016", "Mongolia 2016"),
                findings(5, Finding.Kind.SHARE).stream().map(Finding::row).toList());
        assertEquals(2, findings(6, Finding.Kind.PARTIAL_YEAR).size());
    }

    @Test
    void tablesThatAddUpHaveNoFindings() {
        assertEquals(List.of(), findings.stream().filter(f -> f.table() == 8 || f.table() == 11).toList());
    }

    @Test
    void aDamagedTableIsReportedByFileRowAndColumnAndTheOthersLoad(@TempDir Path dir) throws IOException {
        for (String f : List.of("catalogue.json", "relations.json", "table-01.csv", "table-03.csv", "table-04.csv",
                "table-05.csv", "table-06.csv", "table-07.csv", "table-08.csv", "table-09.csv", "table-10.csv",
                "table-11.csv")) {
            try (InputStream in = StatTableReader.shipped().open(f)) {
                Files.write(dir.resolve(f), in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve("table-08.csv"), Files.readString(dir.resolve("table-08.csv")).replace("46.4", "n/a"));
        String t9 = Files.readString(dir.resolve("table-09.csv"));
        Files.writeString(dir.resolve("table-09.csv"), t9.substring(0, t9.length() / 2));
        Files.delete(dir.resolve("table-11.csv"));
        StatTableReader.Result partial = new StatTableReader().read(StatTableReader.folder(dir));
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 10), partial.tables().stream().map(StatTable::number).toList());
        List<String> problems = partial.problems().stream().map(p -> p.describe()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("table-08.csv, line 5")
                && p.contains("column 2 (The total amount of foreign investment): \"n/a\" is not a number")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("table-09.csv") && p.contains("truncated")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("table-11.csv") && p.contains("missing")),
                problems.toString());
    }
}
