package org.briatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A printed series of one of the paper's tables, ready to chart: a name and its values by year (or by
 * row label), each with the printed text. Also knows which series each numeric table charts.
 * Immutable.
 *
 * @param name    the series' name in English: the printed column header, the atlas's reading of it (see
 *                {@link Reading}), or the printed row label
 * @param column  the header column (0-based) a column series is read from; -1 for a row of the table
 * @param reading how {@code name} follows from the printed header
 */
public record ChartSeries(String name, Map<String, PrintedNumber> points, int column, Reading reading) {

    /** How a series' name follows from the printed table. */
    public enum Reading {
        /** The printed column header, or the printed row label for a row of the table. */
        AS_PRINTED,
        /** Table 6's second "Export volume" column, read as the import volume (total = export + import). */
        IMPORT_VOLUME,
        /** A column under Table 9's "Direct investment in Russia" band: the header, then "(Russia)". */
        RUSSIA
    }

    public ChartSeries {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    /** A series named as printed, from a row of a table. */
    public ChartSeries(String name, Map<String, PrintedNumber> points) {
        this(name, points, -1, Reading.AS_PRINTED);
    }

    /** The series a table is charted with; empty for the text tables (1, 7, 10). */
    public static List<ChartSeries> of(StatTable t) {
        return switch (t.number()) {
            case 3, 4 -> columns(t, 1, 3 == t.number() ? 4 : 3, 3 == t.number() ? 7 : 5);
            case 6 -> columns(t, 1, 4, 6);
            case 8 -> columns(t, 1, 3, 4);
            case 9 -> columns(t, 1, 4);
            case 5, 11 -> rows(t);
            default -> List.of();
        };
    }

    /**
     * The keys along a table's chart, in the printed order: every printed row label (a year) for the
     * tables charted by column, the years of the columns for those charted by row (5, 11). A key stays in
     * the list where the paper prints no value for it (Table 9's 2017), so that a chart shows the gap.
     * Empty for the text tables.
     */
    public static List<String> keys(StatTable t) {
        return switch (t.number()) {
            case 3, 4, 6, 8, 9 -> t.rows().stream().map(r -> r.get(0)).toList();
            case 5 -> List.of(TABLE_5_YEARS);
            case 11 -> java.util.Arrays.stream(TABLE_11_COLUMNS).mapToObj(c -> t.header().get(c)).toList();
            default -> List.of();
        };
    }

    /** The key of a year among a chart's keys ("2017" or "2017 (1–11)" for 2017), if the table has that year. */
    public static Optional<String> keyOf(List<String> keys, int year) {
        String y = String.valueOf(year);
        return keys.stream().filter(k -> k.equals(y) || k.startsWith(y) && !Character.isDigit(k.charAt(y.length())))
                .findFirst();
    }

    /**
     * The series' printed points cut where the paper prints nothing: runs of keys, in the order of
     * {@code keys}, that have a value and follow one another with no key between them left empty. A chart
     * joins the points of a run and none across runs. Keys of the series that are not in {@code keys} are
     * left out.
     */
    public List<List<String>> runs(List<String> keys) {
        List<List<String>> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String k : keys) {
            if (points.containsKey(k)) {
                run.add(k);
            } else if (!run.isEmpty()) {
                out.add(List.copyOf(run));
                run.clear();
            }
        }
        if (!run.isEmpty()) {
            out.add(List.copyOf(run));
        }
        return out;
    }

    /** The ISO code of the country a row of Tables 5 and 11 is about; empty for a column or another row. */
    public Optional<String> country() {
        return column >= 0 ? Optional.empty() : Optional.ofNullable(COUNTRIES.get(name));
    }

    /** The countries as the tables' rows print them. */
    private static final Map<String, String> COUNTRIES = Map.of("Russia", "RU", "Japan", "JP", "South Korea", "KR",
            "Mongolia", "MN", "Singapore", "SG");
    /** Table 5 prints each year's total in these columns (its header is shifted; see the catalogue). */
    private static final int[] TABLE_5_COLUMNS = {1, 2, 5, 8, 11};
    private static final String[] TABLE_5_YEARS = {"2014", "2015", "2016", "2017", "2018"};
    /** Table 11's columns of persons, one a year (each followed by its share). */
    private static final int[] TABLE_11_COLUMNS = {1, 3, 5, 7, 9};

    private static List<ChartSeries> columns(StatTable t, int... cols) {
        List<ChartSeries> out = new ArrayList<>();
        for (int c : cols) {
            Map<String, PrintedNumber> pts = new LinkedHashMap<>();
            for (List<String> row : t.rows()) {
                PrintedNumber.parse(row.get(c)).ifPresent(n -> pts.put(row.get(0), n));
            }
            String name = t.header().get(c);
            Reading reading = Reading.AS_PRINTED;
            if (t.number() == 6 && c == 6) {
                name = "Import volume";
                reading = Reading.IMPORT_VOLUME;
            }
            if (t.number() == 9 && c == 4) {
                name = name + " (Russia)";
                reading = Reading.RUSSIA;
            }
            out.add(new ChartSeries(name, pts, c, reading));
        }
        return out;
    }

    private static List<ChartSeries> rows(StatTable t) {
        int[] cols = t.number() == 5 ? TABLE_5_COLUMNS : TABLE_11_COLUMNS;
        List<String> keys = keys(t);
        List<ChartSeries> out = new ArrayList<>();
        for (List<String> row : t.rows()) {
            Map<String, PrintedNumber> pts = new LinkedHashMap<>();
            for (int i = 0; i < cols.length; i++) {
                String key = keys.get(i);
                PrintedNumber.parse(row.get(cols[i])).ifPresent(n -> pts.put(key, n));
            }
            out.add(new ChartSeries(row.get(0), pts));
        }
        return out;
    }

    public Optional<PrintedNumber> at(String key) {
        return Optional.ofNullable(points.get(key));
    }
}
