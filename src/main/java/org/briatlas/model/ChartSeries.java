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
 */
public record ChartSeries(String name, Map<String, PrintedNumber> points) {

    public ChartSeries {
        points = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(points));
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
            if (t.number() == 6 && c == 6) {
                name = "Import volume";
            }
            if (t.number() == 9 && c == 4) {
                name = name + " (Russia)";
            }
            out.add(new ChartSeries(name, pts));
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
