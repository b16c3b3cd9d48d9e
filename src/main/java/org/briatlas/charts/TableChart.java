package org.briatlas.charts;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.briatlas.i18n.Messages;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chart of one of the paper's tables for a year: its series as lines that break where the paper prints
 * no value (JavaFX's LineChart joins every point of a series, so each run of printed keys is a series of
 * its own, drawn in the colour of the first, with one legend entry for all), the year marked when the table
 * has it, flagged figures in red with their explanation on hover, and a corrected series beside a series
 * with misplaced decimal points. Either all series on one chart with one y axis ({@link #combined()}), or
 * one small chart per series, each with its own y axis ({@link #separate()}), so that Japan, Korea and
 * Mongolia stay readable beside Russia in Table 5. FX thread only.
 */
public final class TableChart {

    /** Node property holding the {@link Finding} of a flagged chart point. */
    public static final String FLAG = "stats-flag";
    /** Node property of the chart points of the year chosen with the year control. */
    public static final String YEAR_MARK = "stats-year";
    private static final String DECORATED = "stats-decorated";
    /** Modena's chart colours, so that the lines look as the charts always have. */
    private static final String[] PALETTE = {"#f3622d", "#fba71b", "#57b757", "#41a9c9", "#4258c9", "#9a42c8",
            "#c84164", "#888888"};

    /** One line of the chart: a series (the printed one, or its correction) and its colour. */
    private record Line(String name, String colour, ChartSeries series, boolean printed) {
    }

    private final StatTexts texts;
    private final StatTable table;
    private final List<Finding> findings;
    private final List<String> keys;
    private final String yearKey;
    private final String title;
    /** The lines, grouped by the printed series they belong to (a series and its correction). */
    private final List<List<Line>> lines = new ArrayList<>();

    /**
     * @param findings the findings of this table
     * @param year     the year of the year control
     */
    public TableChart(StatTexts texts, StatTable table, List<Finding> findings, int year) {
        this.texts = texts;
        this.table = table;
        this.findings = List.copyOf(findings);
        this.keys = ChartSeries.keys(table);
        this.yearKey = ChartSeries.keyOf(keys, year).orElse(null);
        List<ChartSeries> series = ChartSeries.of(table);
        this.title = texts.chartTitle(table, series, year);
        int colour = 0;
        // The colours of the corrected series come after those of the printed ones.
        int correctedColour = series.size();
        for (ChartSeries s : series) {
            List<Line> group = new ArrayList<>();
            String name = texts.seriesName(table, s);
            group.add(new Line(name, PALETTE[colour++ % PALETTE.length], s, true));
            Optional<ChartSeries> fixed = corrected(s);
            if (fixed.isPresent()) {
                group.add(new Line(name + " " + texts.word("stats.corrected"),
                        PALETTE[correctedColour++ % PALETTE.length], fixed.get(), false));
            }
            lines.add(group);
        }
    }

    /** The chart's title: the table and the year, marked or not in the table. */
    public String title() {
        return title;
    }

    /** Every series on one chart (id stats-chart) with one y axis, and the legend (id stats-legend) under it. */
    public Region combined() {
        LineChart<String, Number> chart = chart(lines.stream().flatMap(List::stream).toList());
        chart.setId("stats-chart");
        chart.setTitle(title);
        ((NumberAxis) chart.getYAxis()).setLabel(table.unit(texts.language()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(2, chart, legend());
        box.setId("stats-chart-box");
        return box;
    }

    /**
     * One small chart per printed series (ids stats-chart-0, -1, ...; a correction on its series' chart),
     * each with its own y axis, two to a row, under the title (id stats-chart-title) and over the legend.
     */
    public Region separate() {
        GridPane grid = new GridPane();
        grid.setId("stats-charts");
        grid.setHgap(4);
        grid.setVgap(4);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        int i = 0;
        for (List<Line> group : lines) {
            LineChart<String, Number> chart = chart(group);
            chart.setId("stats-chart-" + i);
            chart.setTitle(group.get(0).name());
            chart.getStyleClass().add("stats-small-chart");
            chart.setPrefSize(220, 190);
            chart.setMinSize(120, 150);
            grid.add(chart, i % 2, i / 2);
            i++;
        }
        Label heading = new Label(title);
        heading.setId("stats-chart-title");
        // Styled as the title of one chart is.
        heading.getStyleClass().addAll("chart-title", "stats-chart-title");
        heading.setWrapText(true);
        VBox box = new VBox(4, heading, grid, legend());
        box.setId("stats-charts-box");
        box.setPadding(new Insets(0, 4, 0, 0));
        return box;
    }

    private LineChart<String, Number> chart(List<Line> drawn) {
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(keys));
        NumberAxis y = new NumberAxis();
        // Ticks in the interface language's digits and signs, not the desktop's.
        y.setTickLabelFormatter(new javafx.util.converter.NumberStringConverter(Messages.locale(texts.language())));
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        // The legend below has one entry a line; the chart's own would have one a run.
        chart.setLegendVisible(false);
        for (Line line : drawn) {
            for (List<String> run : line.series().runs(keys)) {
                XYChart.Series<String, Number> xy = new XYChart.Series<>();
                xy.setName(line.name());
                for (String key : run) {
                    XYChart.Data<String, Number> d = new XYChart.Data<>(key, line.series().points().get(key).value());
                    xy.getData().add(d);
                    d.nodeProperty().addListener((o, was, node) -> decorate(node, line, key));
                }
                chart.getData().add(xy);
                if (xy.getNode() != null) {
                    xy.getNode().setStyle("-fx-stroke: " + line.colour() + ";");
                }
                // Symbols may already exist once the series is on the chart: decorate those too.
                xy.getData().forEach(d -> decorate(d.getNode(), line, d.getXValue()));
            }
        }
        return chart;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(10, 2);
        legend.setId("stats-legend");
        for (List<Line> group : lines) {
            for (Line line : group) {
                Region swatch = new Region();
                swatch.setMinSize(14, 4);
                swatch.setPrefSize(14, 4);
                swatch.setMaxSize(14, 4);
                swatch.setStyle("-fx-background-color: " + line.colour() + ";");
                Label item = new Label(line.name(), swatch);
                item.getStyleClass().add("stats-legend-item");
                legend.getChildren().add(item);
            }
        }
        return legend;
    }

    /** The series with its misplaced decimal points corrected, if it has any (not for Table 5's shares). */
    private Optional<ChartSeries> corrected(ChartSeries s) {
        if (table.number() == 5 || s.points().keySet().stream().noneMatch(k -> fix(s, k).isPresent())) {
            return Optional.empty();
        }
        Map<String, PrintedNumber> fixed = new LinkedHashMap<>();
        s.points().forEach((k, p) -> fixed.put(k, fix(s, k).flatMap(PrintedNumber::parse).orElse(p)));
        return Optional.of(new ChartSeries(s.name(), fixed, s.column(), s.reading()));
    }

    private Optional<String> fix(ChartSeries s, String key) {
        return flagFor(s, key).map(Finding::correction);
    }

    private Optional<Finding> flagFor(ChartSeries s, String key) {
        PrintedNumber value = s.points().get(key);
        return findings.stream().filter(f -> (f.row().equals(key) || f.row().equals(s.name() + " " + key))
                && value != null && f.printed().equals(value.printed())).findFirst();
    }

    private void decorate(Node node, Line line, String key) {
        if (node == null || node.getProperties().containsKey(DECORATED)) {
            return;
        }
        node.getProperties().put(DECORATED, Boolean.TRUE);
        node.setStyle("-fx-background-color: " + line.colour() + ", white;");
        if (key.equals(yearKey)) {
            // The year of the year control, marked on every series.
            node.setStyle("-fx-background-color: #263238, white; -fx-background-insets: 0, 2;"
                    + " -fx-background-radius: 8px; -fx-padding: 8px;");
            node.getProperties().put(YEAR_MARK, Boolean.TRUE);
        }
        if (!line.printed()) {
            return;
        }
        ChartSeries series = line.series();
        PrintedNumber value = series.points().get(key);
        Optional<Finding> flag = flagFor(series, key);
        String language = texts.language();
        String tip = line.name() + ", " + key + ": " + value.printed() + " " + table.unit(language)
                + flag.map(f -> "\n\u26a0 " + (StatTable.PRINTED.equals(language) ? f.explanation()
                : texts.describe(table, f))).orElse("");
        if (!line.name().equals(series.name()) || !table.unit(language).equals(table.unit())) {
            // The printed header (or row) and unit, for tracing the figure to the paper.
            tip += "\n" + texts.asPrinted(StatTexts.printedName(table, series) + ", " + table.unit());
        }
        Tooltip.install(node, new Tooltip(tip));
        if (flag.isPresent()) {
            // A node property and an inline style: the chart rewrites its symbols' style classes.
            node.getProperties().put(FLAG, flag.get());
            node.setStyle("-fx-background-color: #d32f2f, white; -fx-background-insets: 0, 2.5;"
                    + " -fx-background-radius: 7px; -fx-padding: 7px;");
        }
    }
}
