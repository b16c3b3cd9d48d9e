package org.briatlas.stats;

import org.briatlas.io.StatTableReader;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The keys along the tables' charts, the runs of printed values a line is drawn in, the year's key. */
class ChartSeriesTest {

    private static List<StatTable> tables;

    @BeforeAll
    static void load() {
        tables = new StatTableReader().read(StatTableReader.shipped()).tables();
    }

    private static StatTable table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    private static ChartSeries series(String... keys) {
        Map<String, PrintedNumber> points = new LinkedHashMap<>();
        for (String k : keys) {
            points.put(k, PrintedNumber.parse("1.5").orElseThrow());
        }
        return new ChartSeries("s", points);
    }

    private static void checkRuns(List<String> keys, ChartSeries s, List<List<String>> expected) {
        assertEquals(expected, s.runs(keys), "runs of " + s.points().keySet() + " along " + keys);
    }

    @Test
    void aLineIsCutWhereTheSeriesHasNoValue() {
        List<String> abcd = List.of("a", "b", "c", "d");
        checkRuns(abcd, series("a", "b", "c", "d"), List.of(List.of("a", "b", "c", "d")));
        checkRuns(abcd, series("a", "c", "d"), List.of(List.of("a"), List.of("c", "d")));
        checkRuns(abcd, series("b"), List.of(List.of("b")));
        checkRuns(abcd, series("a", "d"), List.of(List.of("a"), List.of("d")));
        checkRuns(abcd, series(), List.of());
        checkRuns(abcd, series("a", "x", "b"), List.of(List.of("a", "b")));
        checkRuns(List.of(), series("a"), List.of());
    }

    @Test
    void table9KeepsItsUnprinted2017AndItsSeriesBreakThere() {
        List<String> keys = ChartSeries.keys(table(9));
        assertEquals(13, keys.size());
        assertEquals(List.of("2016", "2017", "2018"), keys.subList(10, 13));
        for (ChartSeries s : ChartSeries.of(table(9))) {
            List<List<String>> runs = s.runs(keys);
            assertEquals(2, runs.size(), s.name() + ": " + runs);
            assertEquals("2006", runs.get(0).get(0));
            assertEquals("2016", runs.get(0).get(runs.get(0).size() - 1));
            assertEquals(List.of("2018"), runs.get(1));
        }
        // Tables with a value in every row are drawn in one piece.
        for (int t : new int[]{3, 4, 5, 6, 8, 11}) {
            List<String> k = ChartSeries.keys(table(t));
            for (ChartSeries s : ChartSeries.of(table(t))) {
                assertEquals(1, s.runs(k).size(), "Table " + t + ", " + s.name());
            }
        }
    }

    @Test
    void theYearsKeyIsThereOnlyWhenTheTableHasTheYear() {
        assertEquals(Optional.empty(), ChartSeries.keyOf(ChartSeries.keys(table(8)), 2018), "Table 8 ends in 2017");
        assertEquals(Optional.of("2017"), ChartSeries.keyOf(ChartSeries.keys(table(8)), 2017));
        assertEquals(Optional.of("2010"), ChartSeries.keyOf(ChartSeries.keys(table(8)), 2010));
        assertEquals(Optional.empty(), ChartSeries.keyOf(ChartSeries.keys(table(8)), 2009), "Table 8 starts in 2010");
        assertEquals(List.of("2013", "2014", "2015", "2016", "2017"), ChartSeries.keys(table(11)));
        assertEquals(Optional.empty(), ChartSeries.keyOf(ChartSeries.keys(table(11)), 2018));
        assertEquals(List.of("2014", "2015", "2016", "2017", "2018"), ChartSeries.keys(table(5)));
        assertEquals(Optional.of("2017 (1\u201311)"), ChartSeries.keyOf(ChartSeries.keys(table(6)), 2017));
        assertEquals(Optional.empty(), ChartSeries.keyOf(List.of("20171", "2016"), 2017));
        assertEquals(List.of(), ChartSeries.keys(table(1)));
        assertEquals(List.of(), ChartSeries.keys(table(10)));
    }

    @Test
    void theRowsOfTables5And11KnowTheirCountry() {
        assertEquals(List.of(Optional.of("RU"), Optional.of("JP"), Optional.of("KR"), Optional.of("MN")),
                ChartSeries.of(table(5)).stream().map(ChartSeries::country).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("RU"), Optional.of("KR"), Optional.of("JP"),
                Optional.of("MN"), Optional.of("SG")), ChartSeries.of(table(11)).stream().map(ChartSeries::country).toList());
        assertEquals(Optional.empty(), ChartSeries.of(table(9)).get(1).country(), "a column is no country's row");
        assertEquals("232.6", ChartSeries.of(table(5)).get(0).points().get("2014").printed());
        assertEquals("181.9", ChartSeries.of(table(5)).get(0).points().get("2018").printed());
    }
}
