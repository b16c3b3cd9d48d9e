package org.briatlas.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briatlas.model.Finding;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FigureChecks} on small made-up tables (not the shipped data): sums within and beyond rounding,
 * a misplaced decimal point and its correction (in a part and in a share), growth rates against the
 * previous row only, partial-year bases, and shares against their base (a column, another table, a base
 * row). Relations are written as in relations.json, with ' for " to keep them readable.
 */
class FigureChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPS = 1e-9;

    /** A table of printed cells, each row written as "2014,10.0,4.6": cells as in the CSV, "" for empty. */
    private static StatTable table(int number, String header, String... rows) {
        return new StatTable(number, "Table " + number, "billion dollars", "made up", 1,
                List.of(header.split(",", -1)),
                Arrays.stream(rows).map(r -> List.of(r.split(",", -1))).toList(), List.of());
    }

    private static JsonNode relations(String... relations) {
        try {
            return JSON.readTree(("{'relations': [" + String.join(",", relations) + "]}").replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final String TOTAL_IS_EXPORT_PLUS_IMPORT =
            "{'table': 1, 'kind': 'sum', 'total': {'col': 1}, 'parts': [{'col': 2}, {'col': 3}], 'what': 'total'}";

    private static List<Finding> sums(String... rows) {
        return FigureChecks.run(List.of(table(1, "Year,Total,Export,Import", rows)),
                relations(TOTAL_IS_EXPORT_PLUS_IMPORT));
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    // ---- sums ----------------------------------------------------------------------------------------

    @Test
    void totalsThatAddUpWithinRoundingHaveNoFinding() {
        assertEquals(List.of(), sums(
                "2013,19.76,5.12,14.64",  // exactly
                "2014,4.7,1.24,3.41",     // 4.65 is printed as 4.7
                "2015,10,4.6,5.9",        // the parts, 10.4 to 10.6, reach the 10.5 that "10" allows
                "2016,10,4.7,5.9",        // the parts can be as low as 4.65 + 5.85 = 10.5, the edge of "10"
                "2017,9.1,4.0,5.0"));     // 9.0 +- 0.1 reaches 9.05
    }

    @Test
    void aTotalThatDoesNotAddUpIsReportedAtItsRowAndColumn() {
        Finding f = only(sums(
                "2013,9.0,4.0,5.0",
                "2014,9.2,4.0,5.0"));     // the parts give 8.9 to 9.1; "9.2" means 9.15 to 9.25
        assertEquals(1, f.table());
        assertEquals("2014", f.row());
        assertEquals(1, f.col());
        assertEquals("Total [col 2]", f.column());
        assertEquals("9.2", f.printed());
        assertEquals(Finding.Kind.SUM, f.kind());
        assertEquals(8.9, f.computedLow(), EPS);
        assertEquals(9.1, f.computedHigh(), EPS);
        assertEquals(9.0, f.computed(), EPS);
        assertNull(f.correction());
        assertTrue(f.explanation().contains("add up to 9.00, not 9.2"), f.explanation());
    }

    @Test
    void aTotalFarFromItsPartsIsASumErrorNotADecimalPoint() {
        // No part with its decimal point moved makes 40 + 5 = 45, 0.4 + 5, 4 + 50 or 4 + 0.5 equal 20.
        Finding f = only(sums("2014,20.0,4.0,5.0"));
        assertEquals(Finding.Kind.SUM, f.kind());
        assertEquals("20.0", f.printed());
    }

    @Test
    void aMisplacedDecimalPointInAPartIsRecognisedWithItsCorrection() {
        // Like the paper's Table 4: 5.12 + 1.464 is not 19.76, but 5.12 + 14.64 is.
        Finding f = only(sums("2011,19.76,5.12,1.464"));
        assertEquals(Finding.Kind.DECIMAL_POINT, f.kind());
        assertEquals("2011", f.row());
        assertEquals(3, f.col());
        assertEquals("Import [col 4]", f.column());
        assertEquals("1.464", f.printed());
        assertEquals("14.64", f.correction());
        // What the import must be for the total to hold: 19.76 - 5.12, give or take the rounding of both.
        assertEquals(19.755 - 5.125, f.computedLow(), EPS);
        assertEquals(19.765 - 5.115, f.computedHigh(), EPS);
        assertTrue(f.explanation().contains("1.464 should be 14.64"), f.explanation());
    }

    @Test
    void theCorrectedPartsIntervalIsWhatTheTotalLeavesForItWhateverThePrecisions() {
        // "19.76" is 19.755 to 19.765 and "5" is 4.5 to 5.5, so the import must be 14.255 to 15.265.
        Finding f = only(sums("2011,19.76,5,1.476"));
        assertEquals(Finding.Kind.DECIMAL_POINT, f.kind());
        assertEquals("14.76", f.correction());
        assertEquals(19.755 - 5.5, f.computedLow(), EPS);
        assertEquals(19.765 - 4.5, f.computedHigh(), EPS);
    }

    @Test
    void aDecimalPointMovedTheOtherWayIsRecognisedToo() {
        // 148.0 + 5.5 is not 20.3; 14.80 + 5.5 is.
        Finding f = only(sums("2012,20.3,148.0,5.5"));
        assertEquals(Finding.Kind.DECIMAL_POINT, f.kind());
        assertEquals(2, f.col());
        assertEquals("148.0", f.printed());
        assertEquals("14.80", f.correction());
    }

    @Test
    void aPartPrintedWithAMinusSignCanBeChecked() {
        // The cell reader takes U+2212 as minus; the decimal-point search must read it the same way.
        Finding wrong = only(sums("2014,\u22121.0,2.0,\u22125.0"));
        assertEquals(Finding.Kind.SUM, wrong.kind());
        assertEquals(-3.1, wrong.computedLow(), EPS);
        assertEquals(-2.9, wrong.computedHigh(), EPS);
        Finding moved = only(sums("2014,\u22122.0,2.0,\u221240.0"));
        assertEquals(Finding.Kind.DECIMAL_POINT, moved.kind());
        assertEquals(3, moved.col());
        assertEquals(-4.0, PrintedNumber.parse(moved.correction()).orElseThrow().value(), EPS);
    }

    // ---- growth --------------------------------------------------------------------------------------

    private static final String GROWTH = "{'table': 2, 'kind': 'growth', 'values': {'col': 1}, 'growth': {'col': 2},"
            + " 'what': 'growth of the value'}";

    private static List<Finding> growth(String... rows) {
        return FigureChecks.run(List.of(table(2, "Year,Value,Growth %", rows)), relations(GROWTH));
    }

    @Test
    void growthRatesAreCheckedAgainstThePreviousRow() {
        List<Finding> findings = growth(
                "2014,100,3.0",     // no previous row: not checked
                "2015,110,10.0",    // right
                "2016,121,12.0",    // 121 / 110 is +10%
                "2017,125,3.3");    // right: 125 / 121 is +3.3%
        Finding f = only(findings);
        assertEquals(Finding.Kind.GROWTH, f.kind());
        assertEquals("2016", f.row());
        assertEquals(2, f.col());
        assertEquals("Growth % [col 3]", f.column());
        assertEquals("12.0", f.printed());
        // Over the rounding of 121 and 110 the rate is about 9.0% to 11.0%; 10% is in, 12% is not.
        assertTrue(f.computedLow() < 10 && 10 < f.computedHigh(), f.toString());
        assertTrue(f.computedLow() > 9 && f.computedHigh() < 11, f.toString());
        assertTrue(f.explanation().contains("2015 110 to 2016 121"), f.explanation());
    }

    @Test
    void aGrowthRateOfAnEarlierYearIsNamed() {
        // 121 / 100 is +21%: the printed rate is the change over two years.
        Finding f = only(growth("2014,100,", "2015,110,10.0", "2016,121,21.0"));
        assertEquals("2016", f.row());
        assertTrue(f.explanation().contains("matches the change from 2014"), f.explanation());
    }

    @Test
    void aRateAfterAnEmptyValueIsNotCheckedAgainstAnOlderOne() {
        // 2017 has no value, so 2018's rate has no previous value (it is not compared with 2016).
        assertEquals(List.of(), growth("2016,100,", "2017,,5.0", "2018,150,99.0"));
    }

    @Test
    void negativeRatesAreCheckedLikePositiveOnes() {
        assertEquals(List.of(), growth("2015,11.06,", "2016,5.58,\u201349.5"));
        Finding f = only(growth("2015,11.06,", "2016,5.58,\u201340.0"));
        assertEquals("\u201340.0", f.printed());
        assertTrue(f.computed() < -49 && f.computed() > -50, f.toString());
    }

    @Test
    void aRateAfterAPartYearIsReportedAsSuch() {
        Finding f = only(growth("2017 (1\u201311),50,", "2018,120,20.0"));
        assertEquals(Finding.Kind.PARTIAL_YEAR, f.kind());
        assertEquals("2018", f.row());
        assertTrue(f.explanation().contains("covers only part of the year"), f.explanation());
    }

    @Test
    void growthUsesTheCorrectedValueOfAMisplacedDecimalPoint() {
        // 16.10 / 14.64 is +10%; against the printed 1.464 it would be +1000%.
        String importGrowth = "{'table': 3, 'kind': 'growth', 'values': {'col': 3}, 'growth': {'col': 4},"
                + " 'what': 'growth of imports'}";
        String sum = TOTAL_IS_EXPORT_PLUS_IMPORT.replace("'table': 1", "'table': 3");
        List<Finding> findings = FigureChecks.run(List.of(table(3, "Year,Total,Export,Import,Import growth %",
                "2011,19.76,5.12,1.464,",
                "2012,22.00,5.90,16.10,10.0")), relations(importGrowth, sum));
        Finding f = only(findings);
        assertEquals(Finding.Kind.DECIMAL_POINT, f.kind());
        assertEquals("2011", f.row());
    }

    // ---- shares --------------------------------------------------------------------------------------

    @Test
    void sharesAreCheckedAgainstTheirBase() {
        String share = "{'table': 4, 'kind': 'share', 'part': {'col': 2}, 'base': {'col': 1}, 'share': {'col': 3},"
                + " 'what': 'Russia share'}";
        List<Finding> findings = FigureChecks.run(List.of(table(4, "Year,All,Russia,Russia %",
                "2015,200,50,25.0",     // right
                "2016,300,60,25.0",     // 60 / 300 is 20%
                "2017,400,100,2.5",     // 25% with the decimal point one place left
                "2018,80,7,8.8")),      // 7 / 80 is 8.75%, and "7" may be 6.5 to 7.5: 8.1% to 9.4%
                relations(share));
        assertEquals(2, findings.size(), findings.toString());
        Finding wrong = findings.get(0);
        assertEquals(Finding.Kind.SHARE, wrong.kind());
        assertEquals("2016", wrong.row());
        assertEquals(3, wrong.col());
        assertEquals("25.0", wrong.printed());
        assertEquals(59.5 / 300.5 * 100, wrong.computedLow(), EPS);
        assertEquals(60.5 / 299.5 * 100, wrong.computedHigh(), EPS);
        assertNull(wrong.correction());
        Finding point = findings.get(1);
        assertEquals(Finding.Kind.DECIMAL_POINT, point.kind());
        assertEquals("2017", point.row());
        assertEquals("2.5", point.printed());
        assertEquals("25", point.correction());
    }

    @Test
    void aShareMayTakeItsBaseFromAnotherTable() {
        StatTable china = table(5, "Year,China-Russia", "2015,68.0", "2016,69.5");
        StatTable province = table(6, "Year,Province-Russia,Share %", "2015,10.88,16.0", "2016,9.19,15.0");
        String share = "{'table': 6, 'kind': 'share', 'part': {'col': 1}, 'base': {'table': 5, 'col': 1},"
                + " 'share': {'col': 2}, 'what': 'share of China-Russia trade'}";
        // 10.88 / 68.0 is 16.0%; 9.19 / 69.5 is 13.2%, not 15.0%.
        Finding f = only(FigureChecks.run(List.of(china, province), relations(share)));
        assertEquals(6, f.table());
        assertEquals("2016", f.row());
        assertEquals(Finding.Kind.SHARE, f.kind());
        assertEquals(9.19 / 69.5 * 100, f.computed(), 0.01);
    }

    @Test
    void sharesOfABaseRowAreLabelledByRowAndKey() {
        String share = "{'table': 7, 'kind': 'share', 'rows': ['Russia', 'Japan'], 'baseRow': 'Total',"
                + " 'cols': [1, 3], 'shares': [2, 4], 'keys': ['2016', '2017'], 'what': 'share of tourists'}";
        Finding f = only(FigureChecks.run(List.of(table(7, "Country,2016,%,2017,%",
                "Total,1000,100.0,1200,100.0",
                "Russia,250,25.0,300,30.0",     // 300 / 1200 is 25%
                "Japan,50,5.0,60,5.0")), relations(share)));
        assertEquals("Russia 2017", f.row());
        assertEquals(4, f.col());
        assertEquals("30.0", f.printed());
        assertEquals(Finding.Kind.SHARE, f.kind());
    }

    // ---- headers -------------------------------------------------------------------------------------

    /** Total = the two parts, the second one read as the imports (as relations.json says of Table 6). */
    private static final String EXPORT_TWICE = "{'table': 1, 'kind': 'sum', 'total': {'col': 1}, 'parts': "
            + "[{'col': 2}, {'col': 3, 'reads': 'Import volume'}], 'what': 'total'}";

    private static List<Finding> headers(String relation, String header, String... rows) {
        return FigureChecks.run(List.of(table(1, header, rows)), relations(relation)).stream()
                .filter(f -> f.kind() == Finding.Kind.HEADER).toList();
    }

    @Test
    void aHeaderPrintedOverTwoDifferentPartsOfATotalIsContradicted() {
        Finding f = only(headers(EXPORT_TWICE, "Year,Total,Exports,Exports",
                "2016,10.0,6.5,3.5",
                "2017,12.0,4.0,8.0"));
        assertEquals(1, f.table());
        assertEquals(FigureChecks.HEADER_ROW, f.row());
        assertEquals(3, f.col());
        assertEquals("Exports [col 4]", f.column());
        assertEquals("Exports", f.printed());
        assertTrue(Double.isNaN(f.computed()), "a header has no computed value");
        assertNull(f.correction());
        assertTrue(f.explanation().contains("column 4 is the total less column 3 in every row "
                + "(2016: 10.0 \u2212 6.5 = 3.5; 2017: 12.0 \u2212 4.0 = 8.0)"), f.explanation());
        assertTrue(f.explanation().endsWith("column 4 holds the import volume and is read so. The printed header and "
                + "values are kept"), f.explanation());
    }

    @Test
    void withoutAReadingTheLaterColumnIsNamedAsTheRestOfTheTotal() {
        String plain = EXPORT_TWICE.replace(", 'reads': 'Import volume'", "");
        Finding f = only(headers(plain, "Year,Total,Exports,Exports", "2016,10.0,6.5,3.5"));
        assertEquals(3, f.col());
        assertTrue(f.explanation().contains("column 4 is not the exports but the rest of the total"), f.explanation());
        // The reading may also name the first of the two: then that one is contradicted.
        String first = EXPORT_TWICE.replace("{'col': 2}", "{'col': 2, 'reads': 'Import volume'}")
                .replace(", 'reads': 'Import volume'}]", "}]");
        assertEquals(2, only(headers(first, "Year,Total,Exports,Exports", "2016,10.0,3.5,6.5")).col());
    }

    @Test
    void aRepeatedHeaderIsNotReportedWhenTheValuesDoNotContradictIt() {
        // Different headers: nothing to contradict.
        assertEquals(List.of(), headers(EXPORT_TWICE, "Year,Total,Exports,Imports", "2016,10.0,6.5,3.5"));
        // The same values under the same header (a column printed twice): not two different things.
        assertEquals(List.of(), headers(EXPORT_TWICE, "Year,Total,Exports,Exports", "2016,10.0,5.0,5.0"));
        // A sum that does not hold in some row: that is a sum finding, not proof about the header.
        List<Finding> all = FigureChecks.run(List.of(table(1, "Year,Total,Exports,Exports",
                "2016,10.0,6.5,3.5", "2017,20.0,4.0,8.0")), relations(EXPORT_TWICE));
        assertEquals(List.of(Finding.Kind.SUM), all.stream().map(Finding::kind).toList());
        // Two years under a band, each column "Total", in no sum together (Table 5, Table 9).
        String growth = "{'table': 1, 'kind': 'growth', 'values': {'col': 1}, 'growth': {'col': 2}, 'what': 'g'}";
        assertEquals(List.of(), headers(growth, "Year,Total,Total", "2016,10.0,3.5", "2017,12.0,20.0"));
    }

    @Test
    void theShippedTable6PrintsExportVolumeOverTheImports() throws java.io.IOException {
        var reader = new org.briatlas.io.StatTableReader();
        var shipped = reader.read(org.briatlas.io.StatTableReader.shipped());
        List<Finding> all = FigureChecks.run(shipped.tables(), reader.relations(org.briatlas.io.StatTableReader.shipped()));
        List<Finding> header = all.stream().filter(f -> f.kind() == Finding.Kind.HEADER).toList();
        Finding f = only(header);
        assertEquals(6, f.table());
        assertEquals(6, f.col());
        assertEquals("Export volume", f.printed());
        assertEquals("Export volume [col 7]", f.column());
        assertTrue(f.explanation().contains("the header \"Export volume\" is printed over columns 5 and 7"),
                f.explanation());
        assertTrue(f.explanation().contains("2017 (1\u201311): 1.05 \u2212 0.72 = 0.33; 2018: 0.43 \u2212 0.15 = 0.28"),
                f.explanation());
        assertTrue(f.explanation().contains("holds the import volume"), f.explanation());
        // The printed header stays as printed.
        StatTable t6 = shipped.tables().stream().filter(t -> t.number() == 6).findFirst().orElseThrow();
        assertEquals("Export volume", t6.header().get(6));
        assertEquals("0.33", t6.rows().get(0).get(6));
    }

    // ---- relations -----------------------------------------------------------------------------------

    @Test
    void relationsOfTablesThatAreNotLoadedAreSkipped() {
        String elsewhere = TOTAL_IS_EXPORT_PLUS_IMPORT.replace("'table': 1", "'table': 99");
        assertEquals(List.of(), FigureChecks.run(List.of(table(1, "Year,Total,Export,Import", "2014,20.0,4.0,5.0")),
                relations(elsewhere)));
    }

    @Test
    void findingsComeInTableOrder() {
        String sum9 = TOTAL_IS_EXPORT_PLUS_IMPORT.replace("'table': 1", "'table': 9");
        String sum8 = TOTAL_IS_EXPORT_PLUS_IMPORT.replace("'table': 1", "'table': 8");
        List<Finding> findings = FigureChecks.run(List.of(
                table(9, "Year,Total,Export,Import", "2014,20.0,4.0,5.0"),
                table(8, "Year,Total,Export,Import", "2014,30.0,4.0,5.0")), relations(sum9, sum8));
        assertEquals(List.of(8, 9), findings.stream().map(Finding::table).toList());
    }
}
