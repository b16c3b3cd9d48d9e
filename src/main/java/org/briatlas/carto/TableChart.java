package org.briatlas.carto;

import org.briatlas.i18n.Formats;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A Java2D line chart of a table's series (the series the window charts, {@link ChartSeries#of}) for slides:
 * the rows (years, or the table's columns) along the bottom, the values up the side with the table's unit,
 * one line per series with the printed values as points (broken where the paper prints nothing), the flagged figures as numbered red points, and the
 * year marked by a dashed line. Draws into a rectangle of logical pixels; returns the flagged points in the
 * order of their numbers. One graphics at a time.
 */
final class TableChart {

    /** A numbered flag on a point of the chart. */
    record Flag(int number, Finding finding) {
    }

    /** The series' colours, in order; apart from the flags' red. */
    private static final int[] COLOURS = {0x1f6fb4, 0xf29e1f, 0x2e9e44, 0x7b4fa0, 0x8c564b, 0x6f6f6f};
    static final Color FLAG = new Color(0xd3, 0x2f, 0x2f);
    static final Color YEAR = new Color(0x26, 0x32, 0x38);
    private static final Color INK = new Color(40, 40, 40);
    private static final Color GRID = new Color(225, 225, 225);

    private final ResourceBundle text;
    private final String language;

    TableChart(ResourceBundle text, String language) {
        this.text = text;
        this.language = language;
    }

    /** The colour of the {@code i}th series. */
    static Color colour(int i) {
        return new Color(COLOURS[i % COLOURS.length]);
    }

    /** The finding that flags a point of a series, if any: same row (or series and row) and printed value. */
    static Finding flagOf(List<Finding> findings, ChartSeries s, String key, PrintedNumber value) {
        for (Finding f : findings) {
            boolean row = f.row().equals(key) || f.row().equals(s.name() + " " + key);
            if (row && f.printed().equals(value.printed()) && (s.column() < 0 || f.col() == s.column())) {
                return f;
            }
        }
        return null;
    }

    /** Whether a row key is of a year ("2017" and "2017 (1–11)" are both 2017). */
    static boolean isYear(String key, int year) {
        String y = Formats.year(year);
        return key.equals(y) || key.startsWith(y + " ");
    }

    /**
     * Draws the chart in (x, y, w, h).
     *
     * @return the numbered flags, in number order
     */
    List<Flag> draw(Graphics2D g, StatTable t, List<ChartSeries> series, List<Finding> findings, int year,
                    double x, double y, double w, double h) {
        Set<String> keySet = new LinkedHashSet<>();
        if (series.stream().allMatch(s -> s.column() >= 0)) {
            // Every printed row, also one where the paper prints nothing (Table 9's 2017): the lines break there.
            t.rows().forEach(r -> keySet.add(r.get(0)));
        }
        series.forEach(s -> keySet.addAll(s.points().keySet()));
        List<String> keys = new ArrayList<>(keySet);
        double lo = 0;
        double hi = 0;
        for (ChartSeries s : series) {
            for (PrintedNumber n : s.points().values()) {
                lo = Math.min(lo, n.value());
                hi = Math.max(hi, n.value());
            }
        }
        double step = niceStep((hi - lo) / 5);
        double bottom = Math.floor(lo / step) * step;
        double top = Math.max(bottom + step, Math.ceil(hi / step) * step);

        Font small = Typefaces.awtFor(String.join("", keys) + t.unit(language), false, false, 12f);
        g.setFont(small);
        FontMetrics fm = g.getFontMetrics();
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        double tickW = 0;
        for (double v = bottom; v <= top + step / 2; v += step) {
            tickW = Math.max(tickW, fm.stringWidth(Formats.fixed(v, language, decimals)));
        }
        double left = x + fm.getHeight() + 8 + tickW + 6;
        double right = x + w - 10;
        double plotTop = y + fm.getHeight() + 6;
        double plotBottom = y + h - fm.getHeight() - 8;
        if (right - left < 40 || plotBottom - plotTop < 30 || keys.isEmpty()) {
            return List.of();
        }
        // Grid and value axis, with the unit along it.
        g.setStroke(new BasicStroke(1f));
        for (double v = bottom; v <= top + step / 2; v += step) {
            double py = plotBottom - (v - bottom) / (top - bottom) * (plotBottom - plotTop);
            g.setColor(GRID);
            g.draw(new Line2D.Double(left, py, right, py));
            g.setColor(INK);
            String label = Formats.fixed(v, language, decimals);
            g.drawString(label, (float) (left - 6 - fm.stringWidth(label)), (float) (py + fm.getAscent() / 2.0 - 1));
        }
        g.setColor(new Color(120, 120, 120));
        g.draw(new Line2D.Double(left, plotTop, left, plotBottom));
        g.draw(new Line2D.Double(left, plotBottom, right, plotBottom));
        String unit = t.unit(language);
        if (!unit.isBlank()) {
            Graphics2D r = (Graphics2D) g.create();
            try {
                r.setColor(INK);
                r.translate(x + fm.getAscent(), (plotTop + plotBottom) / 2);
                r.rotate(-Math.PI / 2);
                String cut = TextWrap.lines(unit, fm, plotBottom - plotTop, 1).get(0);
                r.drawString(cut, -fm.stringWidth(cut) / 2f, 0);
            } finally {
                r.dispose();
            }
        }
        // Row axis: every label that fits.
        double slot = (right - left) / keys.size();
        int every = 1;
        int widest = keys.stream().mapToInt(fm::stringWidth).max().orElse(0);
        while (every < keys.size() && widest + 6 > slot * every) {
            every++;
        }
        g.setColor(INK);
        for (int i = 0; i < keys.size(); i += every) {
            double px = left + slot * (i + 0.5);
            g.drawString(keys.get(i), (float) (px - fm.stringWidth(keys.get(i)) / 2.0),
                    (float) (plotBottom + 4 + fm.getAscent()));
        }
        // The year, across the plot.
        int yearAt = -1;
        for (int i = 0; i < keys.size(); i++) {
            if (isYear(keys.get(i), year)) {
                yearAt = i;
            }
        }
        if (yearAt >= 0) {
            double px = left + slot * (yearAt + 0.5);
            g.setColor(YEAR);
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{5, 4}, 0));
            g.draw(new Line2D.Double(px, plotTop, px, plotBottom));
            g.setFont(Typefaces.awtFor(text.getString("slide.yearMark"), true, false, 12f));
            String mark = String.format(Locale.ROOT, text.getString("slide.yearMark"), year);
            g.drawString(mark, (float) (px - g.getFontMetrics().stringWidth(mark) / 2.0), (float) (plotTop - 4));
            g.setFont(small);
        }
        // Lines, then points, then flags on top.
        List<Flag> flags = new ArrayList<>();
        List<double[]> flagAt = new ArrayList<>();
        for (int si = 0; si < series.size(); si++) {
            ChartSeries s = series.get(si);
            Path2D.Double line = new Path2D.Double();
            boolean open = false;
            for (int i = 0; i < keys.size(); i++) {
                PrintedNumber n = s.points().get(keys.get(i));
                if (n == null) {
                    open = false;
                    continue;
                }
                double px = left + slot * (i + 0.5);
                double py = plotBottom - (n.value() - bottom) / (top - bottom) * (plotBottom - plotTop);
                if (open) {
                    line.lineTo(px, py);
                } else {
                    line.moveTo(px, py);
                    open = true;
                }
            }
            g.setColor(colour(si));
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            for (int i = 0; i < keys.size(); i++) {
                PrintedNumber n = s.points().get(keys.get(i));
                if (n == null) {
                    continue;
                }
                double px = left + slot * (i + 0.5);
                double py = plotBottom - (n.value() - bottom) / (top - bottom) * (plotBottom - plotTop);
                if (i == yearAt) {
                    ring(g, px, py, 7, YEAR);
                }
                Finding f = flagOf(findings, s, keys.get(i), n);
                if (f != null) {
                    flags.add(new Flag(flags.size() + 1, f));
                    flagAt.add(new double[]{px, py});
                } else {
                    dot(g, px, py, 3.5, colour(si));
                }
            }
        }
        g.setFont(Typefaces.awtFor("0123456789", true, false, 11f));
        for (int i = 0; i < flags.size(); i++) {
            double[] p = flagAt.get(i);
            dot(g, p[0], p[1], 5.5, FLAG);
            g.setColor(FLAG);
            g.drawString(String.valueOf(flags.get(i).number()), (float) (p[0] + 7), (float) (p[1] - 5));
        }
        return flags;
    }

    /** A point: white-rimmed disc of radius r. */
    static void dot(Graphics2D g, double x, double y, double r, Color c) {
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3));
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    private static void ring(Graphics2D g, double x, double y, double r, Color c) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** The series' names in the slide's language, as the window names them. */
    List<String> names(StatTable t, List<ChartSeries> series) {
        List<String> out = new ArrayList<>();
        for (ChartSeries s : series) {
            if (s.column() < 0 || StatTable.PRINTED.equals(language)) {
                out.add(s.name());
                continue;
            }
            String header = t.columnName(s.column(), language);
            out.add(switch (s.reading()) {
                case AS_PRINTED -> header;
                case IMPORT_VOLUME -> text.getString("stats.importVolume");
                case RUSSIA -> String.format(Locale.ROOT, text.getString("stats.seriesOf"), header,
                        text.getString("country.RU"));
            });
        }
        return out;
    }
}
