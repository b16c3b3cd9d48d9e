package org.briatlas.panels;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.briatlas.analysis.Near;
import org.briatlas.analysis.network.BorderCrossings;
import org.briatlas.analysis.network.Claims;
import org.briatlas.analysis.network.Mode;
import org.briatlas.analysis.network.Planner;
import org.briatlas.analysis.network.PlannerCsv;
import org.briatlas.analysis.network.Route;
import org.briatlas.fx.FileDialogs;
import org.briatlas.fx.Subscriptions;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.i18n.Formats;
import org.briatlas.io.AtomicFiles;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.PlannerState;
import org.briatlas.state.StatusMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The planner's tab: a route finder with the routes side by side, the ruler's result, what lies near the
 * selected feature, the corridors' border crossings and the paper's distance claims beside the atlas's. Every
 * table exports as CSV with the source line. A view of the model's {@link PlannerState}. FX thread only.
 */
public final class PlannerPanel extends VBox {

    private final AtlasModel model;
    private final PlannerState planner;
    private final ResourceBundle text;
    private final String lang;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ComboBox<AtlasFeature> from = places("planner-from");
    private final ComboBox<AtlasFeature> to = places("planner-to");
    private final ComboBox<AtlasFeature> via = places("planner-via");
    private final Map<Mode, CheckBox> modes = new EnumMap<>(Mode.class);
    private final Spinner<Integer> alternatives = new Spinner<>(0, 3, 2);
    private final TableView<Route> routes = new TableView<>();
    private final Label routeDetails = new Label();
    private final Label rulerTotal = new Label();
    private final TableView<Near.Item> near = new TableView<>();
    private final Spinner<Integer> nearKm = new Spinner<>(1, 1000, 50, 10);
    private final TableView<BorderCrossings.Crossing> crossings = new TableView<>();
    private final TextField crossingsFilter = new TextField();
    private final TableView<Claims.Claim> claims = new TableView<>();

    public PlannerPanel(AtlasModel model, ResourceBundle text) {
        super(8);
        this.model = model;
        this.planner = model.planner();
        this.text = text;
        this.lang = model.language();
        setId("planner-tools");
        getChildren().addAll(routePane(), rulerPane(), nearPane(), crossingsPane(), claimsPane());
        subscriptions.now(planner.plannerProperty(), this::plannerReady);
        subscriptions.list(planner.ruler(), c -> showRuler());
        showRuler();
    }

    /** Stops following the model (the panel is being replaced). */
    public void dispose() {
        subscriptions.dispose();
    }

    private String t(String key) {
        return text.getString(key);
    }

    private ComboBox<AtlasFeature> places(String id) {
        ComboBox<AtlasFeature> c = new ComboBox<>();
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        // A long place name must not widen the side panel: the box grows with the panel instead.
        c.setPrefWidth(120);
        c.setMinWidth(60);
        c.setVisibleRowCount(16);
        Function<AtlasFeature, String> name = f -> f == null ? "" : f.name(model.language());
        c.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AtlasFeature f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : name.apply(f));
            }
        });
        c.setButtonCell(c.getCellFactory().call(null));
        return c;
    }

    private void plannerReady(Planner p) {
        if (p == null) {
            return;
        }
        List<AtlasFeature> onNetwork = p.data().layer(AtlasLayer.PLACES).stream()
                .filter(f -> p.network().nodeOf(f.id()).isPresent())
                .sorted(Comparator.comparing((AtlasFeature f) -> f.name(lang).toLowerCase(Locale.ROOT)))
                .toList();
        from.getItems().setAll(onNetwork);
        to.getItems().setAll(onNetwork);
        List<AtlasFeature> vias = new ArrayList<>();
        vias.add(null);
        vias.addAll(onNetwork);
        via.getItems().setAll(vias);
        onNetwork.stream().filter(f -> f.id().equals("place-harbin")).findFirst().ifPresent(from::setValue);
        onNetwork.stream().filter(f -> f.id().equals("place-busan-port")).findFirst().ifPresent(to::setValue);
        FilteredList<BorderCrossings.Crossing> filtered = new FilteredList<>(FXCollections.observableArrayList(
                p.crossings()));
        crossingsFilter.textProperty().addListener((o, was, now) -> filtered.setPredicate(c -> now == null
                || now.isBlank() || c.name().toLowerCase(Locale.ROOT).contains(now.toLowerCase(Locale.ROOT).strip())
                || String.join(" ", c.countries()).toLowerCase(Locale.ROOT).contains(now.toLowerCase(Locale.ROOT).strip())));
        SortedList<BorderCrossings.Crossing> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(crossings.comparatorProperty());
        crossings.setItems(sorted);
        model.run(StatusMessage.info("task.claims"), progress -> Claims.check(p, Claims.legs()),
                c -> claims.getItems().setAll(c), e -> model.setStatus(StatusMessage.warning("planner.claimsFailed",
                        String.valueOf(e.getMessage()))));
    }

    // ---- route -----------------------------------------------------------------------------------------

    private TitledPane routePane() {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        grid.addRow(0, new Label(t("planner.from")), from);
        grid.addRow(1, new Label(t("planner.to")), to);
        grid.addRow(2, new Label(t("planner.via")), via);
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, grow);
        FlowPane modeBoxes = new FlowPane(10, 4);
        for (Mode m : Mode.values()) {
            CheckBox box = new CheckBox(t("planner.mode." + m.id()));
            box.setId("planner-mode-" + m.id());
            box.setSelected(true);
            modes.put(m, box);
            modeBoxes.getChildren().add(box);
        }
        alternatives.setId("planner-alternatives");
        alternatives.setPrefWidth(70);
        Button find = new Button(t("planner.find"));
        find.setId("planner-find");
        find.setDefaultButton(false);
        find.setOnAction(e -> find());
        Button fromRuler = new Button(t("planner.fromRuler"));
        fromRuler.setId("planner-find-ruler");
        fromRuler.setOnAction(e -> {
            Set<Mode> allowed = allowedModes();
            if (!allowed.isEmpty()) {
                planner.findRoutesBetweenRulerPoints(allowed, alternatives.getValue());
            }
        });
        Button clear = new Button(t("planner.clear"));
        clear.setId("planner-clear");
        clear.setOnAction(e -> planner.clearRoutes());
        Button export = new Button(t("planner.exportCsv"));
        export.setId("planner-export-routes");
        export.setOnAction(e -> export("routes.csv", () -> PlannerCsv.routes(List.copyOf(planner.routes()),
                planner.planner())));
        FlowPane actions = new FlowPane(6, 4, new Label(t("planner.alternatives")), alternatives, find, fromRuler, clear,
                export);
        CheckBox network = new CheckBox(t("planner.showNetwork"));
        network.setId("planner-show-network");
        network.setWrapText(true);
        network.selectedProperty().addListener((o, was, on) -> planner.setNetworkShown(on));
        subscriptions.now(planner.networkShownProperty(), network::setSelected);

        routes.setId("planner-routes-table");
        routes.setItems(planner.routes());
        routes.setPrefHeight(170);
        // Shares of the width, not "the last column takes the rest": a table first laid out narrow (as when the
        // views are rebuilt in another language) had its first columns crushed to "..." and never widened.
        routes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        routes.getColumns().add(column(t("planner.col.route"), r -> planner.routes().indexOf(r) == 0
                ? t("planner.shortest") : String.format(Locale.ROOT, t("planner.alternative"), planner.routes().indexOf(r)),
                2));
        routes.getColumns().add(column(t("planner.col.km"), r -> Formats.number(Math.round(r.lengthKm()), lang, 0),
                1.2));
        routes.getColumns().add(column(t("planner.col.transfers"), r -> String.valueOf(r.transfers()), 1.4));
        routes.getColumns().add(column(t("planner.col.modes"), r -> String.join(" + ", r.legs().stream()
                .map(l -> t("planner.mode." + l.mode().id()) + " " + Formats.number(Math.round(l.lengthKm()), lang, 0))
                .toList()), 3.6));
        routes.setPlaceholder(muted(t("planner.routes.none")));
        routeDetails.setId("planner-route-details");
        routeDetails.setWrapText(true);
        routes.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            planner.showRoute(now.intValue());
            describe(now.intValue() < 0 || now.intValue() >= planner.routes().size() ? null
                    : planner.routes().get(now.intValue()));
        });
        subscriptions.now(planner.shownRouteProperty(), i -> {
            if (i.intValue() >= 0 && routes.getSelectionModel().getSelectedIndex() != i.intValue()) {
                routes.getSelectionModel().select(i.intValue());
            }
        });
        VBox box = new VBox(6, grid, modeBoxes, actions, routes, routeDetails, network, muted(t("planner.route.note")));
        TitledPane pane = new TitledPane(t("planner.route"), box);
        pane.setId("planner-route-pane");
        return pane;
    }

    /** The selected route in words: its legs, the border crossings it passes and the corridors it uses. */
    private void describe(Route r) {
        if (r == null || planner.planner() == null) {
            routeDetails.setText("");
            return;
        }
        StringBuilder b = new StringBuilder();
        for (Route.Leg l : r.legs()) {
            b.append(t("planner.mode." + l.mode().id())).append(' ').append(Formats.km(l.lengthKm(), lang)).append(": ")
                    .append(String.join("; ", l.features().stream().map(id -> model.content().data().byId(id)
                            .map(f -> f.name(lang)).orElse(id)).toList())).append('\n');
        }
        List<String> crossed = planner.planner().crossingsOn(r).stream().map(BorderCrossings.Crossing::name).toList();
        if (!crossed.isEmpty()) {
            b.append(t("planner.col.crossings")).append(": ").append(String.join("; ", crossed));
        }
        routeDetails.setText(b.toString().strip());
    }

    private void find() {
        if (from.getValue() == null || to.getValue() == null) {
            model.setStatus(StatusMessage.warning("planner.pickPlaces"));
            return;
        }
        Set<Mode> allowed = allowedModes();
        if (allowed.isEmpty()) {
            return;
        }
        List<AtlasFeature> through = via.getValue() == null ? List.of() : List.of(via.getValue());
        planner.findRoutes(from.getValue(), to.getValue(), through, allowed, alternatives.getValue());
    }

    /** The modes ticked; none is said in the status bar. */
    private Set<Mode> allowedModes() {
        Set<Mode> allowed = EnumSet.noneOf(Mode.class);
        modes.forEach((m, box) -> {
            if (box.isSelected()) {
                allowed.add(m);
            }
        });
        if (allowed.isEmpty()) {
            model.setStatus(StatusMessage.warning("planner.pickModes"));
        }
        return allowed;
    }

    // ---- ruler -----------------------------------------------------------------------------------------

    private TitledPane rulerPane() {
        ToggleButton measure = new ToggleButton(t("planner.measure"));
        measure.setId("planner-measure");
        measure.selectedProperty().addListener((o, was, on) -> planner.setMeasuring(on));
        subscriptions.now(planner.measuringProperty(), on -> measure.setSelected(on));
        Button copy = new Button(t("planner.copy"));
        copy.setId("planner-ruler-copy");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(PlannerCsv.rulerText(List.copyOf(planner.ruler()), t("planner.total")));
            Clipboard.getSystemClipboard().setContent(c);
            model.setStatus(StatusMessage.info("planner.copied"));
        });
        Button export = new Button(t("planner.exportGeoJson"));
        export.setId("planner-ruler-export");
        export.setOnAction(e -> export("ruler.geojson", () -> PlannerCsv.ruler(List.copyOf(planner.ruler()))));
        Button clear = new Button(t("planner.clear"));
        clear.setId("planner-ruler-clear");
        clear.setOnAction(e -> planner.clearRuler());
        rulerTotal.setId("planner-ruler-result");
        rulerTotal.setWrapText(true);
        VBox box = new VBox(6, new FlowPane(6, 4, measure, copy, export, clear), rulerTotal,
                muted(t("planner.measure.hint")));
        TitledPane pane = new TitledPane(t("planner.ruler"), box);
        pane.setId("planner-ruler-pane");
        return pane;
    }

    private void showRuler() {
        int n = planner.ruler().size();
        if (n < 2) {
            rulerTotal.setText(t(n == 0 ? "planner.ruler.empty" : "planner.ruler.one"));
            return;
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, t("planner.ruler.total"),
                Formats.km(planner.rulerKm(), lang)));
        var segments = planner.rulerSegments();
        for (int i = 0; i < segments.size(); i++) {
            b.append('\n').append(String.format(Locale.ROOT, t("planner.ruler.segment"), i + 1,
                    Formats.km(segments.get(i).lengthKm(), lang), Formats.fixed(segments.get(i).bearing(), lang, 1)));
        }
        rulerTotal.setText(b.toString());
    }

    // ---- near ------------------------------------------------------------------------------------------

    private TitledPane nearPane() {
        nearKm.setId("planner-near-km");
        nearKm.setEditable(true);
        nearKm.setPrefWidth(90);
        Button find = new Button(t("planner.near.find"));
        find.setId("planner-near-find");
        find.setOnAction(e -> {
            AtlasFeature f = model.selected();
            if (f == null) {
                model.setStatus(StatusMessage.warning("planner.near.pick"));
                return;
            }
            planner.findNear(f.geometry(), nearKm.getValue(), f);
        });
        Button atPoint = new Button(t("planner.near.point"));
        atPoint.setId("planner-near-point");
        atPoint.setOnAction(e -> {
            if (planner.ruler().isEmpty()) {
                model.setStatus(StatusMessage.warning("planner.near.pickPoint"));
                return;
            }
            double[] p = planner.ruler().get(planner.ruler().size() - 1);
            planner.findNear(new org.locationtech.jts.geom.GeometryFactory().createPoint(
                    new org.locationtech.jts.geom.Coordinate(p[0], p[1])), nearKm.getValue(), null);
        });
        Button export = new Button(t("planner.exportCsv"));
        export.setId("planner-export-near");
        export.setOnAction(e -> export("near.csv", () -> PlannerCsv.near(List.copyOf(planner.near()))));
        near.setId("planner-near-table");
        near.setItems(planner.near());
        near.setPlaceholder(muted(t("planner.near.none")));
        near.setPrefHeight(170);
        near.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        near.getColumns().add(column(t("planner.col.km"), i -> Formats.number(i.distanceKm(), lang, 1), 1.2));
        near.getColumns().add(column(t("planner.col.name"), i -> i.feature().name(lang), 3));
        near.getColumns().add(column(t("planner.col.citation"), i -> i.feature().citation(lang), 2.8));
        near.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.select(now.feature());
            }
        });
        TitledPane pane = new TitledPane(t("planner.near"), new VBox(6, new HBox(6, new Label(t("planner.near.km")),
                nearKm), new FlowPane(6, 4, find, atPoint, export), near));
        pane.setId("planner-near-pane");
        pane.setExpanded(false);
        return pane;
    }

    // ---- crossings -------------------------------------------------------------------------------------

    private TitledPane crossingsPane() {
        crossingsFilter.setId("planner-crossings-filter");
        crossingsFilter.setPromptText(t("planner.crossings.filter"));
        crossings.setId("planner-crossings-table");
        crossings.setPlaceholder(muted(t("planner.loading")));
        crossings.setPrefHeight(200);
        crossings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // The routes and the citation in full are in each row's tooltip and in the CSV.
        crossings.getColumns().add(column(t("planner.col.crossing"), BorderCrossings.Crossing::name, 4));
        crossings.getColumns().add(column(t("planner.col.countries"), c -> String.join("\u2013", c.countries()), 1.5));
        crossings.getColumns().add(column(t("planner.col.citation"), BorderCrossings.Crossing::citation, 2));
        crossings.setRowFactory(v -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BorderCrossings.Crossing c, boolean empty) {
                super.updateItem(c, empty);
                setTooltip(empty || c == null ? null : new javafx.scene.control.Tooltip(c.name() + "\n"
                        + String.join("\n", c.routes().stream().map(r -> r.id() + " (" + r.channel() + ", "
                        + r.status() + ")").toList()) + (c.citation().isBlank() ? "" : "\n" + c.citation())));
            }
        });
        crossings.getSelectionModel().selectedItemProperty().addListener((o, was, c) -> {
            if (c != null) {
                model.goTo(new MapViewpoint(c.lon(), c.lat(), 8), true, 700);
            }
        });
        Button export = new Button(t("planner.exportCsv"));
        export.setId("planner-export-crossings");
        export.setOnAction(e -> export("crossings.csv", () -> PlannerCsv.crossings(planner.planner() == null
                ? List.of() : planner.planner().crossings())));
        TitledPane pane = new TitledPane(t("planner.crossings"), new VBox(6, new HBox(6, crossingsFilter, export),
                crossings, muted(t("planner.crossings.note"))));
        pane.setId("planner-crossings-pane");
        pane.setExpanded(false);
        return pane;
    }

    // ---- claims ----------------------------------------------------------------------------------------

    private TitledPane claimsPane() {
        claims.setId("planner-claims-table");
        claims.setPlaceholder(muted(t("planner.loading")));
        claims.setPrefHeight(130);
        claims.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        claims.getColumns().add(column(t("planner.col.to"), c -> c.port().name(lang), 2.6));
        claims.getColumns().add(column(t("planner.col.paper"), c -> Formats.number(c.paperKm(), lang, 0)));
        claims.getColumns().add(column(t("planner.col.atlas"), c -> Formats.number(Math.round(c.atlasKm()), lang, 0)));
        claims.getColumns().add(column(t("planner.col.difference"), c -> (c.differenceKm() >= 0 ? "+" : "\u2212")
                + Formats.number(Math.abs(Math.round(c.differenceKm())), lang, 0)));
        claims.getColumns().add(column(t("planner.col.viaSuifenhe"), c -> Formats.number(
                Math.round(c.viaSuifenhe().lengthKm()), lang, 0)));
        claims.getColumns().add(column(t("planner.col.viaDalian"), c -> Formats.number(Math.round(c.viaDalianKm()),
                lang, 0)));
        TitledPane pane = new TitledPane(t("planner.claims"), new VBox(6, muted(t("planner.claims.intro")), claims,
                muted(t("planner.claims.why"))));
        pane.setId("planner-claims-pane");
        pane.setExpanded(false);
        return pane;
    }

    // ---- shared ----------------------------------------------------------------------------------------

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** A column that takes {@code share} parts of the table's width (with the all-columns resize policy). */
    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double share) {
        TableColumn<T, String> c = column(title, value);
        c.setPrefWidth(40 * share);
        return c;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    /** Asks where to save, then writes atomically (the file before kept as .bak). */
    private void export(String suggested, Supplier<String> content) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(suggested);
        File f = getScene() == null ? null : FileDialogs.save(fc, getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            AtomicFiles.write(f.toPath(), content.get().getBytes(StandardCharsets.UTF_8));
            model.setStatus(StatusMessage.info("planner.exported", f.toPath()));
        } catch (IOException e) {
            model.setStatus(StatusMessage.error("planner.exportFailed", f.toPath(), String.valueOf(e.getMessage())));
        }
    }
}
