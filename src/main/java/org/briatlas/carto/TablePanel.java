package org.briatlas.carto;

import org.briatlas.i18n.Messages;
import org.briatlas.i18n.Texts;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One of the paper's tables as a slide shows it beside the map, in the slide's language: the table's title and
 * unit, a {@link TableChart} of the series the window charts (or, for a table of text such as Table 1, its
 * entries as lists), the figures the checks flag as numbered red points with a short note each, the year
 * marked, and the table's source line at the bottom. Draws into a rectangle of logical pixels. One graphics
 * at a time.
 */
public final class TablePanel {

    private static final double PAD = 18;
    /** Lines of a finding's note at most. */
    private static final int NOTE_LINES = 3;
    private static final Color INK = new Color(33, 33, 33);
    private static final Color QUIET = new Color(90, 90, 90);

    private final ResourceBundle text;
    private final String language;
    private final TableChart chart;

    /** A panel in the language of the bundle. */
    public TablePanel(ResourceBundle text) {
        this.text = text;
        this.language = Messages.language(text);
        this.chart = new TableChart(text, language);
    }

    /** Draws the table in (x, y, w, h), its findings {@code findings}, marking {@code year}. */
    public void draw(Graphics2D g, StatTable t, List<Finding> findings, int year, double x, double y, double w,
                     double h) {
        g.setColor(new Color(255, 255, 255, 248));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(new Color(190, 190, 190));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(x, y, x, y + h));
        double left = x + PAD;
        double width = w - 2 * PAD;
        double cy = y + PAD;
        String title = String.format(Locale.ROOT, text.getString("stats.tableTitle"), t.number(), t.title(language));
        cy = paragraph(g, title, true, 17f, INK, left, cy, width, 3) + 2;
        String unit = t.unit(language);
        if (!unit.isBlank()) {
            cy = paragraph(g, String.format(Locale.ROOT, text.getString("stats.unit"), unit), false, 13f, QUIET, left,
                    cy, width, 1);
        }
        cy += 8;

        String source = String.format(Locale.ROOT, text.getString("stats.source"), Texts.plain(t.source()),
                t.citation());
        g.setFont(Typefaces.awtFor(source, false, false, 11f));
        FontMetrics sfm = g.getFontMetrics();
        List<String> sourceLines = TextWrap.lines(source, sfm, width, 4);
        double sourceTop = y + h - PAD - sourceLines.size() * sfm.getHeight();
        paragraph(g, source, false, 11f, QUIET, left, sourceTop, width, 4);

        List<ChartSeries> series = ChartSeries.of(t);
        double bottom = sourceTop - 10;
        List<TableChart.Flag> flags = List.of();
        if (!series.isEmpty()) {
            double chartH = Math.max(150, (bottom - cy) * 0.5);
            flags = chart.draw(g, t, series, findings, year, left, cy, width, chartH);
            cy = seriesKey(g, chart.names(t, series), left, cy + chartH + 6, width) + 10;
        } else {
            cy = entries(g, t, year, left, cy, width, bottom - 60) + 10;
        }
        notes(g, t, findings, flags, left, cy, width, bottom);
    }

    /** The series' colours and names, as many to a row as fit. */
    private double seriesKey(Graphics2D g, List<String> names, double x, double y, double width) {
        g.setFont(Typefaces.awtFor(String.join("", names), false, false, 12f));
        FontMetrics fm = g.getFontMetrics();
        double px = x;
        double py = y + fm.getAscent();
        for (int i = 0; i < names.size(); i++) {
            double need = 30 + fm.stringWidth(names.get(i)) + 16;
            if (px > x && px + need > x + width) {
                px = x;
                py += fm.getHeight() + 2;
            }
            double my = py - fm.getAscent() / 2.0 + 2;
            g.setColor(TableChart.colour(i));
            g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(px + 2, my, px + 24, my));
            TableChart.dot(g, px + 13, my, 3.5, TableChart.colour(i));
            g.setColor(INK);
            g.drawString(names.get(i), (float) (px + 30), (float) py);
            px += need;
        }
        return py + fm.getDescent();
    }

    /**
     * The flagged figures: first those numbered on the chart, then the others of the table, each a short
     * sentence in the slide's language, as many as fit above {@code bottom}, then how many more there are.
     */
    private void notes(Graphics2D g, StatTable t, List<Finding> findings, List<TableChart.Flag> flags, double x,
                       double y, double width, double bottom) {
        if (findings.isEmpty()) {
            return;
        }
        String heading = String.format(Locale.ROOT, text.getString("stats.flags"), findings.size());
        double cy = paragraph(g, heading, true, 13f, TableChart.FLAG, x, y, width, 1) + 4;
        List<String> marks = new ArrayList<>();
        List<Finding> ordered = new ArrayList<>();
        for (TableChart.Flag f : flags) {
            marks.add(f.number() + ".");
            ordered.add(f.finding());
        }
        for (Finding f : findings) {
            if (flags.stream().noneMatch(fl -> fl.finding() == f)) {
                marks.add("\u2022");
                ordered.add(f);
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            String note = describe(t, ordered.get(i));
            g.setFont(Typefaces.awtFor(note, false, false, 12f));
            FontMetrics fm = g.getFontMetrics();
            List<String> lines = TextWrap.lines(note, fm, width - 24, NOTE_LINES);
            int left = ordered.size() - i;
            double reserve = left > 1 ? fm.getHeight() : 0;
            if (cy + lines.size() * fm.getHeight() + reserve > bottom) {
                String more = String.format(Locale.ROOT, text.getString("slide.moreFlags"), left);
                paragraph(g, more, false, 12f, QUIET, x, cy, width, 1);
                return;
            }
            g.setFont(Typefaces.awtFor(marks.get(i), true, false, 12f));
            g.setColor(TableChart.FLAG);
            g.drawString(marks.get(i), (float) x, (float) (cy + fm.getAscent()));
            cy = paragraph(g, note, false, 12f, INK, x + 24, cy, width - 24, NOTE_LINES) + 3;
        }
    }

    /** A finding as one short sentence in the slide's language (the sentences of the Statistics tab). */
    String describe(StatTable t, Finding f) {
        String key = "stats.finding." + f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String computed = String.format(Locale.ROOT, "%.2f", f.computed());
        String column = f.col() >= 0 && f.col() < t.header().size() ? t.columnName(f.col(), language) : f.column();
        return String.format(Locale.ROOT, text.getString(key), f.row(), column, f.printed(),
                f.kind() == Finding.Kind.DECIMAL_POINT && f.correction() != null ? f.correction() : computed);
    }

    /**
     * A table of text (no series to chart) as lists. Where the header repeats its first column's name (Table 1:
     * "Time" over the national and over the provincial strategies), each repetition starts a list of its own;
     * else each row is an entry with its cells under the column names. Entries of the year are marked.
     */
    private double entries(Graphics2D g, StatTable t, int year, double x, double y, double width, double bottom) {
        List<Integer> starts = new ArrayList<>();
        for (int c = 0; c < t.header().size(); c++) {
            if (t.header().get(c).strip().equalsIgnoreCase(t.header().get(0).strip())) {
                starts.add(c);
            }
        }
        double cy = y;
        if (starts.size() > 1) {
            for (int s = 0; s < starts.size(); s++) {
                int from = starts.get(s);
                int to = s + 1 < starts.size() ? starts.get(s + 1) : t.header().size();
                List<String> names = new ArrayList<>();
                for (int c = from + 1; c < to; c++) {
                    names.add(t.columnName(c, language));
                }
                cy = paragraph(g, String.join(" / ", names), true, 14f, INK, x, cy, width, 2) + 4;
                for (List<String> row : t.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = from + 1; c < to && c < row.size(); c++) {
                        if (!row.get(c).isBlank()) {
                            cells.add(row.get(c));
                        }
                    }
                    if (cells.isEmpty() && (from >= row.size() || row.get(from).isBlank())) {
                        continue;
                    }
                    String when = from < row.size() ? row.get(from) : "";
                    if (cy > bottom) {
                        return paragraph(g, "\u2026", false, 13f, QUIET, x, cy, width, 1);
                    }
                    cy = entry(g, when, String.join(" \u00b7 ", cells), when.startsWith(String.valueOf(year)), x, cy,
                            width) + 2;
                }
                cy += 8;
            }
            return cy;
        }
        for (List<String> row : t.rows()) {
            StringBuilder rest = new StringBuilder();
            for (int c = 1; c < row.size() && c < t.header().size(); c++) {
                if (!row.get(c).isBlank()) {
                    rest.append(rest.length() == 0 ? "" : "; ").append(t.columnName(c, language)).append(": ")
                            .append(row.get(c));
                }
            }
            if (cy > bottom) {
                return paragraph(g, "\u2026", false, 13f, QUIET, x, cy, width, 1);
            }
            cy = entry(g, row.get(0), rest.toString(), row.get(0).startsWith(String.valueOf(year)), x, cy, width) + 4;
        }
        return cy;
    }

    /** One entry: its first cell, bold, then the rest; an entry of the year gets a mark in the margin. */
    private double entry(Graphics2D g, String first, String rest, boolean ofTheYear, double x, double y,
                         double width) {
        if (ofTheYear) {
            g.setColor(TableChart.YEAR);
            g.fill(new Rectangle2D.Double(x, y + 3, 4, 14));
        }
        double cy = paragraph(g, first, true, 13f, ofTheYear ? TableChart.YEAR : INK, x + 10, y, width - 10, 1);
        return rest.isBlank() ? cy : paragraph(g, rest, false, 13f, INK, x + 10, cy, width - 10, 3);
    }

    /** A wrapped paragraph with its top at y; returns the y below it. */
    private static double paragraph(Graphics2D g, String s, boolean bold, float size, Color colour, double x, double y,
                                    double width, int maxLines) {
        g.setFont(Typefaces.awtFor(s, bold, false, size));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(colour);
        double cy = y;
        for (String line : TextWrap.lines(s, fm, width, maxLines)) {
            g.drawString(line, (float) x, (float) (cy + fm.getAscent()));
            cy += fm.getHeight();
        }
        return cy;
    }
}
