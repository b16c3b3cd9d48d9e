package org.briatlas.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.briatlas.model.Finding;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the paper's printed figures against each other: totals against their parts, year-on-year
 * growth rates against consecutive values, shares against their bases. Every printed number stands
 * for an interval (half a unit of its last digit either side) and derived values are computed over
 * those intervals, so a value is only reported when it disagrees beyond rounding.
 *
 * <p>Where moving one decimal point makes a value agree, the finding says so and offers the corrected
 * value; growth rates are then checked against the corrected value. Printed values are never changed.
 * A sum also tests the printed headers of its parts: two parts printed under the same header cannot both be
 * what it says (see {@link Finding.Kind#HEADER}). The relations to check come from
 * {@code assets/data/relations.json}. Pure; safe on any thread.
 */
public final class FigureChecks {

    /** A series of printed cells keyed by year or row label, with where each cell came from. */
    private record Cell(String row, int col, PrintedNumber number) {
    }

    private final Map<Integer, StatTable> tables = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    /** Decimal-point corrections found so far, by "table/row/col". */
    private final Map<String, PrintedNumber> corrections = new LinkedHashMap<>();

    private FigureChecks(List<StatTable> tables) {
        tables.forEach(t -> this.tables.put(t.number(), t));
    }

    /** Runs every relation (sums first, so that growth checks can use decimal-point corrections). */
    public static List<Finding> run(List<StatTable> tables, JsonNode relations) {
        FigureChecks c = new FigureChecks(tables);
        for (String pass : new String[]{"sum", "share", "share-derived-base", "implied-share", "growth"}) {
            for (JsonNode r : relations.path("relations")) {
                if (r.path("kind").asText().equals(pass) && c.tables.containsKey(r.path("table").asInt())) {
                    c.check(r);
                    if (pass.equals("sum")) {
                        c.checkHeaders(c.tables.get(r.path("table").asInt()), r);
                    }
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(c.findings);
        sorted.sort(java.util.Comparator.comparingInt(Finding::table));
        return List.copyOf(sorted);
    }

    private void check(JsonNode r) {
        StatTable t = tables.get(r.path("table").asInt());
        switch (r.path("kind").asText()) {
            case "sum" -> checkSum(t, r);
            case "growth" -> checkGrowth(t, r);
            case "share" -> checkShare(t, r);
            case "share-derived-base" -> checkDerivedShare(t, r);
            case "implied-share" -> checkImpliedShare(t, r);
            default -> throw new IllegalArgumentException("unknown relation kind " + r.path("kind"));
        }
    }

    // ---- series -----------------------------------------------------------------------------------

    private Map<String, Cell> series(StatTable own, JsonNode spec) {
        StatTable t = spec.has("table") ? tables.get(spec.path("table").asInt()) : own;
        Map<String, Cell> out = new LinkedHashMap<>();
        if (t == null) {
            return out;
        }
        if (spec.has("col")) {
            int c = spec.path("col").asInt();
            for (List<String> row : t.rows()) {
                PrintedNumber.parse(row.get(c)).ifPresent(n -> out.put(row.get(0), new Cell(row.get(0), c, n)));
            }
        } else {
            String label = spec.path("row").asText();
            List<String> row = t.row(label).orElseThrow(() -> new IllegalArgumentException(
                    "Table " + t.number() + " has no row " + label));
            for (int i = 0; i < spec.path("cols").size(); i++) {
                int c = spec.path("cols").get(i).asInt();
                String key = spec.path("keys").get(i).asText();
                PrintedNumber.parse(row.get(c)).ifPresent(n -> out.put(key, new Cell(label, c, n)));
            }
        }
        return out;
    }

    private PrintedNumber corrected(StatTable t, Cell cell) {
        return corrections.getOrDefault(t.number() + "/" + cell.row() + "/" + cell.col(), cell.number());
    }

    // ---- sums ----------------------------------------------------------------------------------------

    private void checkSum(StatTable t, JsonNode r) {
        Map<String, Cell> total = series(t, r.path("total"));
        List<Map<String, Cell>> parts = new ArrayList<>();
        r.path("parts").forEach(p -> parts.add(series(t, p)));
        for (Map.Entry<String, Cell> e : total.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (Map<String, Cell> p : parts) {
                if (p.containsKey(e.getKey())) {
                    cells.add(p.get(e.getKey()));
                }
            }
            if (cells.size() != parts.size()) {
                continue;
            }
            PrintedNumber printed = e.getValue().number();
            double lo = cells.stream().mapToDouble(c -> c.number().low()).sum();
            double hi = cells.stream().mapToDouble(c -> c.number().high()).sum();
            if (overlaps(printed, lo, hi)) {
                continue;
            }
            // Would one part agree with its decimal point moved one place?
            boolean explained = false;
            for (Cell part : cells) {
                for (double factor : new double[]{10, 0.1}) {
                    PrintedNumber moved = shift(part.number(), factor);
                    double lo2 = lo - part.number().low() + moved.low();
                    double hi2 = hi - part.number().high() + moved.high();
                    // Moving the point must bring the sum home: exactly, or to within 1% of the total.
                    boolean exact = overlaps(printed, lo2, hi2);
                    boolean near = Math.abs((lo2 + hi2) / 2 - printed.value()) <= 0.01 * Math.abs(printed.value());
                    if (!explained && (exact || near)) {
                        explained = true;
                        corrections.put(t.number() + "/" + part.row() + "/" + part.col(), moved);
                        // What the total leaves for this part: total's low end less the others' high ends, and so on.
                        double wantLo = printed.low() - (hi - part.number().high());
                        double wantHi = printed.high() - (lo - part.number().low());
                        String rest = exact ? "" : String.format(Locale.ROOT, "; even then the parts add up to %s, "
                                + "not %s (off by %s)", fmt(lo2, hi2), printed.printed(),
                                fmt(Math.abs((lo2 + hi2) / 2 - printed.value()), Math.abs((lo2 + hi2) / 2 - printed.value())));
                        findings.add(new Finding(t.number(), e.getKey(), header(t, part.col()), part.col(),
                                part.number().printed(),
                                wantLo, wantHi, Finding.Kind.DECIMAL_POINT,
                                String.format(Locale.ROOT, "decimal point in the wrong place: %s should be %s for the "
                                        + "parts to add up to the %s of %s%s", part.number().printed(), moved.printed(),
                                        t.header().get(e.getValue().col()).toLowerCase(Locale.ROOT), printed.printed(), rest),
                                moved.printed()));
                    }
                }
            }
            if (!explained) {
                findings.add(new Finding(t.number(), e.getKey(), header(t, e.getValue().col()), e.getValue().col(),
                        printed.printed(),
                        lo, hi, Finding.Kind.SUM, String.format(Locale.ROOT,
                        "%s: the parts add up to %s, not %s", r.path("what").asText(), fmt(lo, hi), printed.printed()),
                        null));
            }
        }
    }

    // ---- headers -------------------------------------------------------------------------------------

    /**
     * Two parts of one sum printed under the same header, whose columns hold different values, while one of
     * them is, row by row, the total less the other parts: the header cannot name both, and it is wrong for
     * that one. Which one is the part that the relation reads as something else ({@code "reads"}), else the
     * later column. Reported once per column, as a {@link Finding.Kind#HEADER} finding.
     */
    private void checkHeaders(StatTable t, JsonNode r) {
        List<JsonNode> parts = new ArrayList<>();
        r.path("parts").forEach(parts::add);
        if (parts.stream().anyMatch(p -> !p.has("col") || p.has("table")) || r.path("total").has("table")
                || !r.path("total").has("col")) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                int a = parts.get(i).path("col").asInt();
                int b = parts.get(j).path("col").asInt();
                if (a != b && t.header().get(a).strip().equalsIgnoreCase(t.header().get(b).strip())) {
                    boolean firstIsRead = parts.get(i).has("reads") && !parts.get(j).has("reads");
                    JsonNode wrong = firstIsRead ? parts.get(i) : parts.get(j);
                    headerFinding(t, r, parts, firstIsRead ? b : a, wrong);
                }
            }
        }
    }

    private void headerFinding(StatTable t, JsonNode r, List<JsonNode> parts, int twin, JsonNode wrong) {
        int total = r.path("total").path("col").asInt();
        int col = wrong.path("col").asInt();
        List<Integer> others = parts.stream().map(p -> p.path("col").asInt()).filter(c -> c != col).toList();
        List<String> rows = new ArrayList<>();
        boolean differ = false;
        for (List<String> row : t.rows()) {
            var sum = PrintedNumber.parse(row.get(total));
            var part = PrintedNumber.parse(row.get(col));
            var same = PrintedNumber.parse(row.get(twin));
            List<PrintedNumber> rest = others.stream().map(c -> PrintedNumber.parse(row.get(c)))
                    .flatMap(java.util.Optional::stream).toList();
            if (sum.isEmpty() || part.isEmpty() || same.isEmpty() || rest.size() != others.size()) {
                continue;
            }
            double lo = sum.get().low() - rest.stream().mapToDouble(PrintedNumber::high).sum();
            double hi = sum.get().high() - rest.stream().mapToDouble(PrintedNumber::low).sum();
            if (!overlaps(part.get(), lo, hi)) {
                return;
            }
            differ |= !overlaps(part.get(), same.get().low(), same.get().high());
            int decimals = Math.max(sum.get().decimals(), rest.stream().mapToInt(PrintedNumber::decimals).max().orElse(0));
            StringBuilder less = new StringBuilder(sum.get().printed());
            rest.forEach(n -> less.append(" \u2212 ").append(n.printed()));
            rows.add(String.format(Locale.ROOT, "%s: %s = %." + decimals + "f", row.get(0), less,
                    sum.get().value() - rest.stream().mapToDouble(PrintedNumber::value).sum()));
        }
        if (!differ || rows.isEmpty()) {
            return;
        }
        String printed = t.header().get(col).strip();
        String word = printed.toLowerCase(Locale.ROOT);
        String reads = wrong.path("reads").asText("").strip();
        String otherCols = others.stream().map(c -> String.valueOf(c + 1)).collect(java.util.stream.Collectors
                .joining(" and "));
        findings.add(new Finding(t.number(), HEADER_ROW, header(t, col), col, printed, Double.NaN, Double.NaN,
                Finding.Kind.HEADER, String.format(Locale.ROOT, "the header \"%s\" is printed over columns %d and %d, "
                        + "which hold different values; column %d is the %s less column%s %s in every row (%s), "
                        + "so two parts of one total cannot both be the %s: column %d %s. The printed header and "
                        + "values are kept", printed, Math.min(col, twin) + 1, Math.max(col, twin) + 1, col + 1,
                t.header().get(total).strip().toLowerCase(Locale.ROOT), others.size() > 1 ? "s" : "", otherCols,
                String.join("; ", rows), word, col + 1, reads.isEmpty() ? "is not the " + word + " but the rest of the "
                        + t.header().get(total).strip().toLowerCase(Locale.ROOT)
                        : "holds the " + reads.toLowerCase(Locale.ROOT) + " and is read so"), null));
    }

    // ---- growth --------------------------------------------------------------------------------------

    private void checkGrowth(StatTable t, JsonNode r) {
        Map<String, Cell> values = series(t, r.path("values"));
        Map<String, Cell> growth = series(t, r.path("growth"));
        List<String> keys = new ArrayList<>(values.keySet());
        List<String> allKeys = allKeys(t, r.path("values"));
        for (Map.Entry<String, Cell> g : growth.entrySet()) {
            int i = allKeys.indexOf(g.getKey());
            if (i < 1 || !values.containsKey(g.getKey()) || !values.containsKey(allKeys.get(i - 1))) {
                continue;
            }
            String prevKey = allKeys.get(i - 1);
            PrintedNumber cur = corrected(t, values.get(g.getKey()));
            PrintedNumber prev = corrected(t, values.get(prevKey));
            double[] computed = growth(prev, cur);
            PrintedNumber printed = g.getValue().number();
            if (overlaps(printed, computed[0], computed[1])) {
                continue;
            }
            boolean usedCorrection = cur != values.get(g.getKey()).number() || prev != values.get(prevKey).number();
            String explanation;
            Finding.Kind kind = Finding.Kind.GROWTH;
            if (prevKey.contains("(")) {
                kind = Finding.Kind.PARTIAL_YEAR;
                explanation = String.format(Locale.ROOT, "%s: %s covers only part of the year, so %s%% cannot come "
                        + "from the printed rows (they give %s%%); the rate fits a full-year figure that is not printed",
                        r.path("what").asText(), prevKey, printed.printed(), fmt(computed[0], computed[1]));
            } else {
                explanation = String.format(Locale.ROOT, "%s: %s %s to %s %s is %s%%, not %s%%%s",
                        r.path("what").asText(), prevKey, prev.printed(), g.getKey(), cur.printed(),
                        fmt(computed[0], computed[1]), printed.printed(),
                        usedCorrection ? " (after reading the misplaced decimal point correctly)" : "");
                String other = otherBase(values, keys, g.getKey(), cur, printed);
                if (other != null) {
                    explanation += "; it matches the change from " + other + " instead";
                }
            }
            findings.add(new Finding(t.number(), g.getKey(), header(t, g.getValue().col()), g.getValue().col(),
                    printed.printed(),
                    computed[0], computed[1], kind, explanation, null));
        }
    }

    /** Row labels in printed order, including rows where this series is empty. */
    private List<String> allKeysOf(StatTable t, JsonNode spec) {
        return allKeys(t, spec);
    }

    private static List<String> allKeys(StatTable t, JsonNode spec) {
        List<String> keys = new ArrayList<>();
        if (spec.has("col")) {
            t.rows().forEach(row -> keys.add(row.get(0)));
        } else {
            spec.path("keys").forEach(k -> keys.add(k.asText()));
        }
        return keys;
    }

    /** A year (other than the previous one) against which the printed growth would be right, if any. */
    private String otherBase(Map<String, Cell> values, List<String> keys, String key, PrintedNumber cur,
                             PrintedNumber printed) {
        int i = keys.indexOf(key);
        for (String k : keys) {
            int j = keys.indexOf(k);
            if (j >= i - 1 || j < 0) {
                continue;
            }
            double[] g = growth(values.get(k).number(), cur);
            if (overlaps(printed, g[0], g[1])) {
                return k;
            }
        }
        return null;
    }

    private static double[] growth(PrintedNumber prev, PrintedNumber cur) {
        double a = (cur.low() / prev.high() - 1) * 100;
        double b = (cur.high() / prev.low() - 1) * 100;
        return new double[]{Math.min(a, b), Math.max(a, b)};
    }

    // ---- shares --------------------------------------------------------------------------------------

    private void checkShare(StatTable t, JsonNode r) {
        if (r.has("baseRow")) {
            List<String> base = t.row(r.path("baseRow").asText()).orElseThrow();
            for (JsonNode rowName : r.path("rows")) {
                List<String> row = t.row(rowName.asText()).orElseThrow();
                for (int i = 0; i < r.path("cols").size(); i++) {
                    int c = r.path("cols").get(i).asInt();
                    int s = r.path("shares").get(i).asInt();
                    shareCell(t, rowName.asText(), s, r.path("keys").get(i).asText(), row.get(c), base.get(c),
                            row.get(s), r.path("what").asText());
                }
            }
            return;
        }
        Map<String, Cell> part = series(t, r.path("part"));
        Map<String, Cell> base = series(t, r.path("base"));
        Map<String, Cell> share = series(t, r.path("share"));
        for (Map.Entry<String, Cell> e : share.entrySet()) {
            if (part.containsKey(e.getKey()) && base.containsKey(e.getKey())) {
                shareCell(t, e.getKey(), e.getValue().col(), e.getKey(), part.get(e.getKey()).number().printed(),
                        base.get(e.getKey()).number().printed(), e.getValue().number().printed(), r.path("what").asText());
            }
        }
    }

    private void shareCell(StatTable t, String row, int shareCol, String key, String partCell, String baseCell,
                           String shareCell, String what) {
        var part = PrintedNumber.parse(partCell);
        var base = PrintedNumber.parse(baseCell);
        var share = PrintedNumber.parse(shareCell);
        if (part.isEmpty() || base.isEmpty() || share.isEmpty()) {
            return;
        }
        double lo = part.get().low() / base.get().high() * 100;
        double hi = part.get().high() / base.get().low() * 100;
        reportShare(t, row, shareCol, key, share.get(), lo, hi, what);
    }

    private void checkDerivedShare(StatTable t, JsonNode r) {
        List<String> ref = t.row(r.path("reference").asText()).orElseThrow();
        for (int i = 0; i < r.path("cols").size(); i++) {
            int c = r.path("cols").get(i).asInt();
            int s = r.path("shares").get(i).asInt();
            var refValue = PrintedNumber.parse(ref.get(c));
            var refShare = PrintedNumber.parse(ref.get(s));
            if (refValue.isEmpty() || refShare.isEmpty()) {
                continue;
            }
            double baseLo = refValue.get().low() / refShare.get().high() * 100;
            double baseHi = refValue.get().high() / refShare.get().low() * 100;
            for (JsonNode rowName : r.path("rows")) {
                List<String> row = t.row(rowName.asText()).orElseThrow();
                var value = PrintedNumber.parse(row.get(c));
                var share = PrintedNumber.parse(row.get(s));
                if (value.isPresent() && share.isPresent()) {
                    reportShare(t, rowName.asText(), s, r.path("keys").get(i).asText(), share.get(),
                            value.get().low() / baseHi * 100, value.get().high() / baseLo * 100, r.path("what").asText());
                }
            }
        }
    }

    /** base = total / totalShare, known base = known / knownShare, so other's share = other / (base - knownBase). */
    private void checkImpliedShare(StatTable t, JsonNode r) {
        Map<String, Cell> total = series(t, r.path("total"));
        Map<String, Cell> totalShare = series(t, r.path("totalShare"));
        Map<String, Cell> known = series(t, r.path("known"));
        Map<String, Cell> knownShare = series(t, r.path("knownShare"));
        Map<String, Cell> other = series(t, r.path("other"));
        Map<String, Cell> otherShare = series(t, r.path("otherShare"));
        for (String key : otherShare.keySet()) {
            if (!total.containsKey(key) || !totalShare.containsKey(key) || !known.containsKey(key)
                    || !knownShare.containsKey(key) || !other.containsKey(key)) {
                continue;
            }
            double baseLo = total.get(key).number().low() / totalShare.get(key).number().high();
            double baseHi = total.get(key).number().high() / totalShare.get(key).number().low();
            double knownLo = known.get(key).number().low() / knownShare.get(key).number().high();
            double knownHi = known.get(key).number().high() / knownShare.get(key).number().low();
            double restLo = baseLo - knownHi;
            double restHi = baseHi - knownLo;
            if (restLo <= 0) {
                continue;
            }
            PrintedNumber o = other.get(key).number();
            reportShare(t, key, otherShare.get(key).col(), key, otherShare.get(key).number(), o.low() / restHi,
                    o.high() / restLo, r.path("what").asText());
        }
    }

    private void reportShare(StatTable t, String row, int col, String key, PrintedNumber printed, double lo, double hi,
                             String what) {
        if (overlaps(printed, lo, hi)) {
            return;
        }
        String label = row.equals(key) ? row : row + " " + key;
        for (double factor : new double[]{0.1, 10}) {
            PrintedNumber moved = shift(printed, factor);
            if (overlaps(moved, lo, hi)) {
                findings.add(new Finding(t.number(), label, header(t, col), col, printed.printed(), lo, hi,
                        Finding.Kind.DECIMAL_POINT, String.format(Locale.ROOT, "%s: decimal point in the wrong place: "
                        + "%s%% should be %s%% (the table's own values give %s%%)", what, printed.printed(),
                        moved.printed(), fmt(lo, hi)), moved.printed()));
                return;
            }
        }
        findings.add(new Finding(t.number(), label, header(t, col), col, printed.printed(), lo, hi, Finding.Kind.SHARE,
                String.format(Locale.ROOT, "%s: the table's own values give %s%%, not %s%%", what, fmt(lo, hi),
                        printed.printed()), null));
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static boolean overlaps(PrintedNumber printed, double lo, double hi) {
        double eps = 1e-9;
        return printed.low() <= hi + eps && printed.high() >= lo - eps;
    }

    /** The printed number with its decimal point moved: 1.464 × 10 = 14.64 (same digits). */
    static PrintedNumber shift(PrintedNumber n, double factor) {
        BigDecimal v = new BigDecimal(n.printed().replace('\u2013', '-').replace('\u2212', '-').replace(",", ""));
        BigDecimal moved = factor > 1 ? v.movePointRight(1) : v.movePointLeft(1);
        int decimals = Math.max(0, moved.scale());
        return new PrintedNumber(moved.toPlainString(), moved.doubleValue(), decimals);
    }

    /** The row of a {@link Finding.Kind#HEADER} finding: it concerns the printed header, not a row. */
    public static final String HEADER_ROW = "header";

    private static String header(StatTable t, int col) {
        return t.header().get(col) + " [col " + (col + 1) + "]";
    }

    private static String fmt(double lo, double hi) {
        double mid = (lo + hi) / 2;
        return String.format(Locale.ROOT, "%.2f", mid);
    }
}
