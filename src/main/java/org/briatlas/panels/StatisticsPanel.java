package org.briatlas.panels;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
import org.briatlas.charts.ChartOptions;
import org.briatlas.charts.StatTexts;
import org.briatlas.charts.TableChart;
import org.briatlas.fx.Subscriptions;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.StatTableCsv;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;
import org.briatlas.state.AtlasModel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The paper's tables beside the map: a chart of the chosen table's series (or the table itself), its
 * unit and source line always in view, exact printed values on hover, and the printed figures that do
 * not add up marked and explained, with unambiguous corrections drawn as a separate, labelled series.
 * Exports the chart as PNG and the data as CSV, each with its source line. Titles, units and column
 * names are in the interface language (the language of the bundle it is given); in Chinese or Russian
 * the printed English title stays in view under the translated one, printed names and units are in the
 * tooltips, and the exports keep the printed English beside the translation. The charts themselves are
 * {@link TableChart}s: gaps where the paper prints nothing, the year marked only where the table has it,
 * and, as an option kept for the session, one small chart per series. FX thread only.
 */
public final class StatisticsPanel extends VBox {

    /** Node property holding the {@link Finding} of a flagged chart point. */
    public static final String FLAG = TableChart.FLAG;
    /** Node property of the chart points of the year chosen with the year control. */
    public static final String YEAR_MARK = TableChart.YEAR_MARK;

    private final ResourceBundle text;
    private final StatTexts texts;
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
    private final ToggleButton separate;
    private final ChartOptions options;
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
        this.texts = new StatTexts(text);
        this.language = texts.language();
        this.options = ChartOptions.of(model);
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
        separate = new ToggleButton(text.getString("stats.separate"));
        separate.setId("stats-separate");
        separate.setTooltip(new Tooltip(text.getString("stats.separate.tip")));
        separate.setSelected(options.separate());
        separate.setOnAction(e -> options.separateProperty().set(separate.isSelected()));
        // A row that wraps: in Russian or at presentation size the five buttons do not fit on one line.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 6, chartView, tableView, separate, png, csv);
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
        subscriptions.change(options.separateProperty(), (was, now) -> {
            separate.setSelected(now);
            show(chooser.getValue());
        });
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
        Label l = new Label(texts.format("stats.concerning", text.getString("country." + iso)));
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
        return texts.heading(t);
    }

    /** True when the table's title is shown translated, so that the printed one must be shown beside it. */
    private boolean translated(StatTable t) {
        return texts.translated(t);
    }

    /** "As printed: ..." */
    private String asPrinted(String printed) {
        return texts.asPrinted(printed);
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
        source.setText(texts.sourceLine(t));
        // The paper's own source line, as printed, beside the one in the interface language.
        source.setTooltip("en".equals(language) ? null
                : new Tooltip(asPrinted(org.briatlas.i18n.Texts.plain(t.source()) + " (" + t.citation() + ")")));
        List<ChartSeries> series = ChartSeries.of(t);
        separate.setDisable(!chartView.isSelected() || series.size() < 2);
        if (chartView.isSelected() && !series.isEmpty() && options.separate()) {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(buildChart(t));
            scroll.setFitToWidth(true);
            chart = scroll;
        } else {
            chart = chartView.isSelected() && !series.isEmpty() ? buildChart(t) : buildTable(t);
        }
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
     * a sentence per kind of error from the finding's figures.
     */
    String describe(StatTable t, Finding f) {
        return texts.describe(t, f);
    }

    /** The chart of a table for the model's year: one for all series, or one per series (the session's option). */
    private Node buildChart(StatTable t) {
        TableChart c = new TableChart(texts, t, findingsOf(t), model.year());
        return options.separate() ? c.separate() : c.combined();
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
        java.io.File f = org.briatlas.fx.FileDialogs.save(fc, getScene().getWindow());
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** An export that failed: said in a dialog over this panel's window. */
    private void error(IOException e) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                e.getMessage());
        if (getScene() != null && getScene().getWindow() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }

    private void exportPngQuietly(Path p) {
        try {
            exportPng(p);
        } catch (IOException e) {
            error(e);
        }
    }

    private void exportCsvQuietly(Path p) {
        try {
            exportCsv(p);
        } catch (IOException e) {
            error(e);
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
        Node content = chartView.isSelected() && !ChartSeries.of(t).isEmpty() ? buildChart(t) : buildTable(t);
        if (content instanceof javafx.scene.layout.Region r) {
            // One chart fills the sheet; separate charts take the height they need, two to a row.
            r.setPrefWidth(900);
            if (!options.separate()) {
                r.setPrefHeight(520);
            }
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
