package org.briatlas.analysis;

import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Heilongjiang's trade with each country the paper gives figures for, by year, in billion US dollars
 * as printed: Russia from Table 4 (2008-2018), Japan, South Korea and Mongolia from Table 5 (2014-2018,
 * printed in USD 100 million, divided by ten here), Singapore from Table 6 (2017 covers January to
 * November only). Printed values are used as printed, including the ones the checks flag. Immutable.
 */
public final class TradeByCountry {

    /** One country-year figure and where it comes from. */
    public record Figure(double billionUsd, String printed, String source) {
    }

    /** The countries the statistics concern, by ISO code, and the tables that concern each. */
    public static final Map<String, List<Integer>> TABLES = Map.of(
            "RU", List.of(4, 3, 5, 9, 11),
            "JP", List.of(5, 11),
            "KR", List.of(5, 11),
            "MN", List.of(5, 11),
            "SG", List.of(6, 11),
            "CN", List.of(8, 9, 1));

    private final Map<String, TreeMap<Integer, Figure>> byCountry = new HashMap<>();

    public TradeByCountry(List<StatTable> tables) {
        for (StatTable t : tables) {
            switch (t.number()) {
                case 4 -> t.rows().forEach(r -> put("RU", year(r.get(0)), r.get(1), 1, "Table 4"));
                case 5 -> {
                    String[] years = {"2014", "2015", "2016", "2017", "2018"};
                    int[] cols = {1, 2, 5, 8, 11};
                    for (List<String> r : t.rows()) {
                        String iso = switch (r.get(0)) {
                            case "Japan" -> "JP";
                            case "South Korea" -> "KR";
                            case "Mongolia" -> "MN";
                            default -> null;
                        };
                        if (iso != null) {
                            for (int i = 0; i < cols.length; i++) {
                                put(iso, Integer.parseInt(years[i]), r.get(cols[i]), 0.1, "Table 5 (USD 100 million)");
                            }
                        }
                    }
                }
                case 6 -> t.rows().forEach(r -> put("SG", year(r.get(0)), r.get(1), 1,
                        r.get(0).contains("(") ? "Table 6 (" + r.get(0) + ", part of the year)" : "Table 6"));
                default -> { }
            }
        }
    }

    private static int year(String label) {
        return Integer.parseInt(label.substring(0, 4));
    }

    private void put(String iso, int year, String cell, double factor, String source) {
        PrintedNumber.parse(cell).ifPresent(n -> byCountry.computeIfAbsent(iso, k -> new TreeMap<>())
                .put(year, new Figure(n.value() * factor, n.printed(), source)));
    }

    /** The printed figure for a country and year, if the paper gives one. */
    public Optional<Figure> get(String iso, int year) {
        TreeMap<Integer, Figure> m = byCountry.get(iso);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(year));
    }

    /** Class breaks of the shading, billion USD. */
    public static final double[] BREAKS = {0.1, 0.5, 2, 10};

    /** Shading class 0 (least) to 4 (most) of a value. */
    public static int shadeClass(double billionUsd) {
        int c = 0;
        while (c < BREAKS.length && billionUsd >= BREAKS[c]) {
            c++;
        }
        return c;
    }
}
