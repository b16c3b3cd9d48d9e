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
            case 5 -> rows(t, new int[]{1, 2, 5, 8, 11}, new String[]{"2014", "2015", "2016", "2017", "2018"});
            case 11 -> rows(t, new int[]{1, 3, 5, 7, 9}, null);
            default -> List.of();
        };
    }

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

    private static List<ChartSeries> rows(StatTable t, int[] cols, String[] keys) {
        List<ChartSeries> out = new ArrayList<>();
        for (List<String> row : t.rows()) {
            Map<String, PrintedNumber> pts = new LinkedHashMap<>();
            for (int i = 0; i < cols.length; i++) {
                String key = keys != null ? keys[i] : t.header().get(cols[i]);
                int c = cols[i];
                PrintedNumber.parse(row.get(c)).ifPresent(n -> pts.put(key, n));
            }
            out.add(new ChartSeries(row.get(0), pts));
        }
        return out;
    }

    public Optional<PrintedNumber> at(String key) {
        return Optional.ofNullable(points.get(key));
    }
}
