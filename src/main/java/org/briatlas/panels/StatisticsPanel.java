package org.briatlas.panels;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Messages;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.StatTableCsv;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.PrintedNumber;
import org.briatlas.model.StatTable;
import org.briatlas.state.AtlasModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The paper's tables beside the map: a chart of the chosen table's series (or the table itself), its
 * unit and source line always in view, exact printed values on hover, and the printed figures that do
 * not add up marked and explained, with unambiguous corrections drawn as a separate, labelled series.
 * Exports the chart as PNG and the data as CSV, each with its source line. Titles, units and column
 * names are in the interface language (the language of the bundle it is given); in Chinese or Russian
 * the printed English title stays in view under the translated one, printed names and units are in the
 * tooltips, and the exports keep the printed English beside the translation. FX thread only.
 */
public final class StatisticsPanel extends VBox {

    /** Node property holding the {@link Finding} of a flagged chart point. */
    public static final String FLAG = "stats-flag";
    private static final String DECORATED = "stats-decorated";
    /** Node property of the chart points of the year chosen with the year control. */
    public static final String YEAR_MARK = "stats-year";

    private final ResourceBundle text;
    /** The interface language: "en", "zh" or "ru". */
    private final String language;
    private List<StatTable> tables = List.of();
    private List<Finding> findings = List.of();
    private final ComboBox<StatTable> chooser = new ComboBox<>();
    private final Label printedTitle = new Label();
    private final Label unit = new Label();
    private final Label source = new Label();
    private final StackPane body = new StackPane();
    private final VBox flags = new VBox(4);
    private final ToggleButton chartView;
    private Node chart;

    private final AtlasModel model;
    private final HBox related = new HBox(6);
    private final Subscriptions subscriptions = new Subscriptions();
    /** True while the chooser is set from the model, so that it does not write back. */
    private boolean following;

    /** The panel over the model's tables; it shows them once they are loaded. */
    public StatisticsPanel(AtlasModel model, ResourceBundle text) {
        super(8);
        this.model = model;
        this.text = text;
        this.language = Messages.language(text);
        setId("statistics");
        setPadding(new Insets(8, 0, 0, 0));
        chooser.setId("stats-table");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(l -> new TableCellLabel());
        chooser.setButtonCell(new TableCellLabel());
        ToggleGroup views = new ToggleGroup();
        chartView = new ToggleButton(text.getString("stats.chart"));
        chartView.setId("stats-view-chart");
        ToggleButton tableView = new ToggleButton(text.getString("stats.table"));
        tableView.setId("stats-view-table");
        chartView.setToggleGroup(views);
        tableView.setToggleGroup(views);
        chartView.setSelected(true);
        views.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                show(chooser.getValue());
            }
        });
        Button png = new Button(text.getString("stats.exportPng"));
        png.setId("stats-export-png");
        png.setOnAction(e -> choose("*.png").ifPresent(this::exportPngQuietly));
        Button csv = new Button(text.getString("stats.exportCsv"));
        csv.setId("stats-export-csv");
        csv.setOnAction(e -> choose("*.csv").ifPresent(this::exportCsvQuietly));
        HBox bar = new HBox(6, chartView, tableView, png, csv);
        printedTitle.setId("stats-printed-title");
        printedTitle.setWrapText(true);
        printedTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        printedTitle.getStyleClass().add("stats-printed-title");
        printedTitle.managedProperty().bind(printedTitle.visibleProperty());
        printedTitle.setVisible(false);
        unit.setId("stats-unit");
        unit.getStyleClass().add("stats-unit");
        source.setId("stats-source");
        source.setWrapText(true);
        source.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        source.getStyleClass().add("stats-source");
        flags.setId("stats-flags");
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setMinHeight(260);
        javafx.scene.control.ScrollPane flagScroll = new javafx.scene.control.ScrollPane(flags);
        flagScroll.setFitToWidth(true);
        flagScroll.setPrefHeight(180);
        related.setId("stats-related");
        body.getChildren().setAll(new Label(text.getString("stats.loading")));
        getChildren().addAll(related, chooser, printedTitle, bar, unit, body, source, flagScroll);
        chooser.valueProperty().addListener((o, was, now) -> {
            show(now);
            if (now != null && !following) {
                model.showTable(now.number());
            }
        });
        subscriptions.now(model.content().statisticsLoadedProperty(), loaded -> {
            if (loaded) {
                tables = model.content().tablesProperty().get();
                findings = model.content().findingsProperty().get();
                chooser.setItems(FXCollections.observableArrayList(tables));
                follow(model.shownTableProperty().get());
            }
        });
        subscriptions.change(model.shownTableProperty(), (was, now) -> follow(now.intValue()));
        subscriptions.change(model.yearProperty(), (was, now) -> show(chooser.getValue()));
        subscriptions.now(model.countryChoiceProperty(), c -> showCountry(c.iso()));
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    /** Shows the model's table in the chooser (the first table if the model's is not loaded). */
    private void follow(int number) {
        following = true;
        try {
            tables.stream().filter(t -> t.number() == number).findFirst().or(() -> tables.stream().findFirst())
                    .ifPresent(chooser::setValue);
        } finally {
            following = false;
        }
    }

    /** Lists the tables that concern a country (ISO code); the model shows the first one. */
    private void showCountry(String iso) {
        related.getChildren().clear();
        if (iso == null) {
            return;
        }
        List<Integer> nums = org.briatlas.analysis.TradeByCountry.TABLES.getOrDefault(iso, List.of());
        Label l = new Label(String.format(java.util.Locale.ROOT, text.getString("stats.concerning"), text.getString("country." + iso)));
        l.getStyleClass().add("details-heading");
        related.getChildren().add(l);
        for (int n : nums) {
            Button b = new Button(String.valueOf(n));
            b.setId("stats-related-" + n);
            b.setOnAction(e -> model.showTable(n));
            related.getChildren().add(b);
        }
    }

    public StatTable shownTable() {
        return chooser.getValue();
    }

    /** The language the panel shows the tables in ("en", "zh", "ru"). */
    public String language() {
        return language;
    }

    /** "Table 4: title" in the interface language. */
    private String heading(StatTable t) {
        return String.format(java.util.Locale.ROOT, text.getString("stats.tableTitle"), t.number(), t.title(language));
    }

    /** True when the table's title is shown translated, so that the printed one must be shown beside it. */
    private boolean translated(StatTable t) {
        return !t.title(language).equals(t.title());
    }

    /** "As printed: ..." */
    private String asPrinted(String printed) {
        return String.format(java.util.Locale.ROOT, text.getString("stats.asPrinted"), printed);
    }

    private final class TableCellLabel extends ListCell<StatTable> {
        @Override
        protected void updateItem(StatTable t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : heading(t));
            // The whole translated title (the chooser may cut it short) and the printed one.
            setTooltip(empty || t == null || !translated(t) ? null
                    : new Tooltip(heading(t) + "\n" + asPrinted(t.title())));
        }
    }

    private List<Finding> findingsOf(StatTable t) {
        return findings.stream().filter(f -> f.table() == t.number()).toList();
    }

    private void show(StatTable t) {
        if (t == null) {
            return;
        }
        String u = t.unit(language);
        unit.setText(String.format(java.util.Locale.ROOT, text.getString("stats.unit"), u.isBlank() ? "\u2014" : u));
        unit.setTooltip(u.equals(t.unit()) ? null : new Tooltip(asPrinted(t.unit())));
        printedTitle.setText(asPrinted(t.title()));
        printedTitle.setVisible(translated(t));
        source.setText(String.format(java.util.Locale.ROOT, text.getString("stats.source"),
                org.briatlas.i18n.Texts.plain(t.source()), t.citation()));
        List<ChartSeries> series = ChartSeries.of(t);
        chart = chartView.isSelected() && !series.isEmpty() ? buildChart(t, series) : buildTable(t);
        body.getChildren().setAll(chart);
        flags.getChildren().clear();
        List<Finding> fs = findingsOf(t);
        if (!fs.isEmpty()) {
            Label h = new Label(String.format(java.util.Locale.ROOT, text.getString("stats.flags"), fs.size()));
            h.getStyleClass().add("details-heading");
            flags.getChildren().add(h);
            for (Finding f : fs) {
                Label l = new Label("\u26a0 " + describe(t, f));
                if (!"en".equals(language)) {
                    // The checks' own full reasoning, in English.
                    l.setTooltip(new Tooltip(f.explanation()));
                }
                l.setWrapText(true);
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                l.getStyleClass().add("stats-flag");
                flags.getChildren().add(l);
            }
        }
    }

    /**
     * A finding in the interface language: in English the checks' own explanation; in Chinese and Russian
     * a sentence per kind of error from the finding's figures (row, translated column, printed and
     * computed values, the correction).
     */
    String describe(StatTable t, Finding f) {
        if ("en".equals(language)) {
            return f.row() + ", " + f.column() + ": " + f.explanation();
        }
        String column = t.columnName(f.col(), language);
        String computed = String.format(java.util.Locale.ROOT, "%.2f", f.computed());
        String key = "stats.finding." + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return String.format(java.util.Locale.ROOT, text.getString(key), f.row(), column, f.printed(),
                f.kind() == Finding.Kind.DECIMAL_POINT && f.correction() != null ? f.correction() : computed);
    }

    private Node buildChart(StatTable t, List<ChartSeries> series) {
        Set<String> keys = new LinkedHashSet<>();
        series.forEach(s -> keys.addAll(s.points().keySet()));
        CategoryAxis x = new CategoryAxis(FXCollections.observableArrayList(keys));
        NumberAxis y = new NumberAxis();
        y.setLabel(t.unit(language));
        // Ticks in the interface language's digits and signs, not the desktop's.
        y.setTickLabelFormatter(new javafx.util.converter.NumberStringConverter(Messages.locale(language)));
        LineChart<String, Number> lc = new LineChart<>(x, y);
        lc.setId("stats-chart");
        lc.setTitle(String.format(java.util.Locale.ROOT, text.getString("stats.chartTitle"), t.number(), model.year()));
        lc.setAnimated(false);
        lc.setCreateSymbols(true);
        for (ChartSeries s : series) {
            XYChart.Series<String, Number> xy = new XYChart.Series<>();
            String name = seriesName(t, s);
            xy.setName(name);
            ChartSeries corrected = null;
            for (var e : s.points().entrySet()) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(e.getKey(), e.getValue().value());
                xy.getData().add(d);
                Optional<Finding> flag = flagFor(t, s, e.getKey(), e.getValue());
                d.nodeProperty().addListener((o, was, node) -> decorate(node, t, s, e.getKey(), e.getValue(), flag));
            }
            lc.getData().add(xy);
            // Symbols may already exist once the series is on the chart: decorate those too.
            for (XYChart.Data<String, Number> d : xy.getData()) {
                PrintedNumber p = s.points().get(d.getXValue());
                decorate(d.getNode(), t, s, d.getXValue(), p, flagFor(t, s, d.getXValue(), p));
            }
            List<Finding> fixes = s.points().entrySet().stream()
                    .map(e -> flagFor(t, s, e.getKey(), e.getValue())).flatMap(Optional::stream)
                    .filter(f -> f.correction() != null).toList();
            if (!fixes.isEmpty() && t.number() != 5) {
                XYChart.Series<String, Number> fixed = new XYChart.Series<>();
                fixed.setName(name + " " + text.getString("stats.corrected"));
                for (var e : s.points().entrySet()) {
                    String value = flagFor(t, s, e.getKey(), e.getValue()).map(Finding::correction)
                            .orElse(e.getValue().printed());
                    fixed.getData().add(new XYChart.Data<>(e.getKey(), PrintedNumber.parse(value).orElseThrow().value()));
                }
                lc.getData().add(fixed);
            }
        }
        return lc;
    }

    /**
     * A series' name in the interface language: the translated column header (or the atlas's reading of
     * it), or the printed row label for a row of the table.
     */
    private String seriesName(StatTable t, ChartSeries s) {
        if (s.column() < 0 || StatTable.PRINTED.equals(language)) {
            return s.name();
        }
        String header = t.columnName(s.column(), language);
        return switch (s.reading()) {
            case AS_PRINTED -> header;
            case IMPORT_VOLUME -> text.getString("stats.importVolume");
            case RUSSIA -> String.format(java.util.Locale.ROOT, text.getString("stats.seriesOf"), header, text.getString("country.RU"));
        };
    }

    private Optional<Finding> flagFor(StatTable t, ChartSeries s, String key, PrintedNumber value) {
        return findingsOf(t).stream().filter(f -> (f.row().equals(key) || f.row().equals(s.name() + " " + key))
                && f.printed().equals(value.printed())).findFirst();
    }

    private void decorate(Node node, StatTable t, ChartSeries series, String key, PrintedNumber value,
                          Optional<Finding> flag) {
        if (node == null || node.getProperties().containsKey(DECORATED)) {
            return;
        }
        node.getProperties().put(DECORATED, Boolean.TRUE);
        if (key.startsWith(String.valueOf(model.year()))) {
            // The year of the year control, marked on every series.
            node.setStyle("-fx-background-color: #263238, white; -fx-background-insets: 0, 2;"
                    + " -fx-background-radius: 8px; -fx-padding: 8px;");
            node.getProperties().put(YEAR_MARK, Boolean.TRUE);
        }
        String name = seriesName(t, series);
        String tip = name + ", " + key + ": " + value.printed() + " " + t.unit(language)
                + flag.map(f -> "\n\u26a0 " + ("en".equals(language) ? f.explanation() : describe(t, f))).orElse("");
        if (!name.equals(series.name()) || !t.unit(language).equals(t.unit())) {
            // The printed header and unit, for tracing the figure to the paper.
            String printed = series.column() < 0 ? series.name() : t.header().get(series.column());
            tip += "\n" + asPrinted(printed + ", " + t.unit());
        }
        Tooltip.install(node, new Tooltip(tip));
        if (flag.isPresent()) {
            // A node property and an inline style: the chart rewrites its symbols' style classes.
            node.getProperties().put(FLAG, flag.get());
            node.setStyle("-fx-background-color: #d32f2f, white; -fx-background-insets: 0, 2.5;"
                    + " -fx-background-radius: 7px; -fx-padding: 7px;");
        }
    }

    private Node buildTable(StatTable t) {
        TableView<List<String>> view = new TableView<>(FXCollections.observableArrayList(t.rows()));
        view.setId("stats-table-view");
        for (int c = 0; c < t.header().size(); c++) {
            int col = c;
            TableColumn<List<String>, String> tc = new TableColumn<>();
            String name = t.columnName(c, language);
            if (name.equals(t.header().get(c))) {
                tc.setText(name);
            } else {
                // The printed header on hover: a column has no tooltip of its own, its graphic can.
                Label head = new Label(name);
                head.setTooltip(new Tooltip(asPrinted(t.header().get(c))));
                tc.setGraphic(head);
            }
            tc.setCellValueFactory(r -> new javafx.beans.property.SimpleStringProperty(r.getValue().get(col)));
            tc.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("stats-flagged-cell");
                    setTooltip(null);
                    setText(empty ? null : item);
                    if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                        String row = getTableRow().getItem().get(0);
                        findingsOf(t).stream().filter(f -> f.col() == col
                                && (f.row().equals(row) || f.row().startsWith(row + " ")) && f.printed().equals(item))
                                .findFirst().ifPresent(f -> {
                                    getStyleClass().add("stats-flagged-cell");
                                    setTooltip(new Tooltip("en".equals(language) ? f.explanation() : describe(t, f)));
                                });
                    }
                }
            });
            view.getColumns().add(tc);
        }
        return view;
    }

    // ---- export ----------------------------------------------------------------------------------------

    private Optional<Path> choose(String pattern) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(pattern, pattern));
        fc.setInitialFileName("table-" + chooser.getValue().number() + pattern.substring(1));
        java.io.File f = fc.showSaveDialog(getScene().getWindow());
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    private void exportPngQuietly(Path p) {
        try {
            exportPng(p);
        } catch (IOException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show();
        }
    }

    private void exportCsvQuietly(Path p) {
        try {
            exportCsv(p);
        } catch (IOException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show();
        }
    }

    /**
     * Writes the chart (or table) with the table's printed title (and, in Chinese or Russian, the
     * translated title under it), its unit and its source line as a PNG, atomically.
     */
    public void exportPng(Path file) throws IOException {
        StatTable t = chooser.getValue();
        VBox sheet = new VBox(6);
        sheet.setPadding(new Insets(12));
        sheet.setStyle("-fx-background-color: white;");
        Node content = chartView.isSelected() && !ChartSeries.of(chooser.getValue()).isEmpty()
                ? buildChart(chooser.getValue(), ChartSeries.of(chooser.getValue())) : buildTable(chooser.getValue());
        if (content instanceof javafx.scene.layout.Region r) {
            r.setPrefSize(900, 520);
        }
        Label title = new Label("Table " + t.number() + ": " + t.title());
        title.setWrapText(true);
        title.setMaxWidth(900);
        title.setStyle("-fx-font-weight: bold;");
        sheet.getChildren().add(title);
        if (translated(t)) {
            Label translatedTitle = new Label(heading(t));
            translatedTitle.setWrapText(true);
            translatedTitle.setMaxWidth(900);
            sheet.getChildren().add(translatedTitle);
        }
        Label u = new Label(unit.getText());
        Label s = new Label(source.getText());
        s.setWrapText(true);
        s.setMaxWidth(900);
        sheet.getChildren().addAll(content, u, s);
        javafx.scene.Scene scene = new javafx.scene.Scene(sheet);
        scene.getStylesheets().addAll(getScene() == null ? List.of() : getScene().getStylesheets());
        sheet.applyCss();
        sheet.layout();
        WritableImage image = sheet.snapshot(null, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage buffered = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, w);
        buffered.setRGB(0, 0, w, h, pixels, 0, w);
        AtomicFiles.write(file, out -> javax.imageio.ImageIO.write(buffered, "png", out));
    }

    /**
     * Writes the table's printed rows as CSV, with its printed title, unit and source line, atomically; in
     * Chinese or Russian the translated title follows the printed one as another comment line.
     */
    public void exportCsv(Path file) throws IOException {
        StatTable t = chooser.getValue();
        StatTableCsv.write(file, t, translated(t) ? heading(t) : null);
    }
}
