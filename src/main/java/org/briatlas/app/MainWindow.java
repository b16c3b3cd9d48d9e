package org.briatlas.app;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import org.briatlas.map.FxLabels;
import org.briatlas.map.FxType;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.concurrent.Task;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.briatlas.carto.BaseMapData;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.panels.DetailsPanel;
import org.briatlas.panels.FeatureListPanel;
import org.briatlas.panels.LegendPanel;
import org.briatlas.panels.StatisticsPanel;
import org.briatlas.panels.TimelinePanel;
import org.briatlas.panels.ShadingLegend;
import org.briatlas.panels.YearControl;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.analysis.FigureChecks;
import org.briatlas.io.StatTableReader;
import org.briatlas.state.AtlasState;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.io.SettingsStore;
import org.briatlas.map.AtlasMap;
import org.briatlas.model.AppSettings;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The atlas window: toolbar, the map, the side panel and the status bar, and the keyboard shortcuts.
 * Restores and saves the window's geometry and the map view. FX thread only.
 */
public final class MainWindow {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    /** Share of the window's width given to the map when the side panel shows. */
    static final double MAP_SHARE = 0.78;
    /** Share of the window's width given to the map while the statistics are shown. */
    static final double STATS_MAP_SHARE = 0.52;

    private final Stage stage;
    private final ResourceBundle text;
    private final SettingsStore store;
    private final BaseMapData baseMap;
    private final AtlasMap map;
    private final Label cursorLabel = new Label();
    private final Label zoomLabel = new Label();
    private final Label messageLabel = new Label();
    private final SplitPane split;
    private final AtlasState state;
    private TabPane tabs;
    private Tab detailsTab;
    private Tab statsTab;
    private DetailsPanel details;
    private TimelinePanel timeline;
    private List<org.briatlas.model.GeoFeature> countries = List.of();
    private StatisticsPanel statistics;
    private final VBox sidePanel;
    private AppSettings settings;
    /** The settings as of the last move or resize, for saving from a shutdown hook (any thread). */
    private volatile AppSettings latest;
    /** What was last written, so that a second save on the same exit does not overwrite the backup. */
    private AppSettings lastSaved;
    private boolean baseMapErrorShown;

    public MainWindow(Stage stage, ResourceBundle text, SettingsStore store, AppSettings settings, BaseMapData data) {
        this.stage = stage;
        this.text = text;
        this.store = store;
        this.baseMap = data;
        this.settings = settings;
        this.state = new AtlasState();
        FxLabels.loadBundledFonts();
        this.map = new AtlasMap(text, state);
        this.classroom = new org.briatlas.tour.Classroom(classroomWindow(), text, settings.language(), map, state,
                data);

        sidePanel = buildSidePanel();
        split = new SplitPane(map, sidePanel);
        split.setId("main-split");
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(sidePanel, false);
        split.setDividerPositions(MAP_SHARE);

        BorderPane root = new BorderPane();
        root.setId("root");
        root.setTop(buildToolBar());
        root.setCenter(split);
        root.setBottom(buildStatusBar());

        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        FxType.language(root, settings.language());
        scene.getStylesheets().add(MainWindow.class.getResource("atlas.css").toExternalForm());
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.getProperties().put(MainWindow.class, this);
        stage.fullScreenProperty().addListener((o, was, full) -> {
            if (!full && presenting) {
                setPresenting(false);
            }
        });
        stage.setTitle(text.getString("app.title"));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        placeWindow();

        if (settings.hasView()) {
            map.setViewpoint(new MapViewpoint(settings.viewLon(), settings.viewLat(), settings.viewZoom()));
        } else {
            map.showNamedView(NamedView.HEILONGJIANG, false);
        }
        map.pointerProperty().addListener((o, was, now) -> updateCursor(now));
        map.viewpointProperty().addListener((o, was, now) -> {
            updateZoom(now);
            latest = current();
        });
        javafx.beans.InvalidationListener geometry = o -> latest = current();
        stage.xProperty().addListener(geometry);
        stage.yProperty().addListener(geometry);
        stage.widthProperty().addListener(geometry);
        stage.heightProperty().addListener(geometry);
        stage.maximizedProperty().addListener(geometry);
        updateCursor(null);
        messageLabel.setText(text.getString("status.loading"));

        loadCorridors();
        loadStatistics();
        CompletableFuture.supplyAsync(data::labels, org.briatlas.map.OfflineTiles.shared().executor())
                .whenComplete((labels, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        showBaseMapError(AtlasApplication.rootCause(error));
                    } else {
                        map.setPlaceLabels(labels.stream().map(l -> l.inLanguage(settings.language())).toList());
                        if (!baseMapErrorShown && messageLabel.getText().equals(text.getString("status.loading"))) {
                            messageLabel.setText(text.getString("status.ready"));
                        }
                    }
                }));
    }

    /** Reads the corridor layers in the background and puts them on the map; reports what could not be read. */
    private void loadCorridors() {
        Task<AtlasData> task = new Task<>() {
            @Override
            protected AtlasData call() {
                return new AtlasDataReader().read(AtlasDataReader.shipped());
            }
        };
        task.setOnSucceeded(e -> {
            // Keep a layer the user opened while the shipped layers were still loading.
            List<org.briatlas.model.AtlasFeature> user = state.dataProperty().get()
                    .layer(org.briatlas.model.AtlasLayer.USER);
            AtlasData data = task.getValue().withUserLayer(user, List.of());
            state.dataProperty().set(data);
            if (data.problems().isEmpty()) {
                messageLabel.setText(String.format(text.getString("status.data.ready"), data.features().size()));
                return;
            }
            data.problems().forEach(p -> LOG.warning("corridor data: " + p.describe()));
            messageLabel.setText(String.format(text.getString("status.data.problems"), data.features().size(),
                    data.problems().size(), data.problems().get(0).describe()));
            messageLabel.getStyleClass().add("status-warning");
            showProblems(text.getString("error.data.title"), data.problems());
        });
        task.setOnFailed(e -> LOG.log(Level.SEVERE, "corridor data not loaded", task.getException()));
        Thread t = new Thread(task, "corridor-loader");
        t.setDaemon(true);
        t.start();
    }

    private void chooseLayer() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(text.getString("open.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                text.getString("open.filter"), "*.geojson", "*.json"));
        java.io.File file = chooser.showOpenDialog(stage);
        if (file != null) {
            openLayer(file.toPath());
        }
    }

    /**
     * Reads a GeoJSON file of the user's in the background and shows it as "Your layer", replacing the
     * previous one. Invalid features are listed with file, index, id and line; the valid ones show.
     * Returns the task, so that callers (and tests) can follow it.
     */
    public Task<AtlasData> openLayer(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        messageLabel.getStyleClass().removeAll("status-warning", "status-error");
        messageLabel.setText(String.format(text.getString("status.open.reading"), name));
        Task<AtlasData> task = new Task<>() {
            @Override
            protected AtlasData call() throws IOException {
                return new AtlasDataReader().readUserFile(file);
            }
        };
        task.setOnSucceeded(e -> {
            AtlasData user = task.getValue();
            state.dataProperty().set(state.dataProperty().get().withUserLayer(user.features(), List.of()));
            state.visibleProperty(org.briatlas.model.AtlasLayer.USER).set(true);
            if (user.problems().isEmpty()) {
                messageLabel.setText(String.format(text.getString("status.open.done"), name, user.features().size()));
            } else {
                user.problems().forEach(p -> LOG.warning("opened layer: " + p.describe()));
                messageLabel.setText(String.format(text.getString("status.open.problems"), name,
                        user.features().size(), user.problems().size(), user.problems().get(0).describe()));
                messageLabel.getStyleClass().add("status-warning");
                showProblems(text.getString("error.data.title"), user.problems());
            }
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            LOG.log(Level.WARNING, "layer not opened: " + file, t);
            messageLabel.setText(text.getString("error.open.header") + " " + name + ": " + t.getMessage());
            messageLabel.getStyleClass().add("status-error");
            Alert alert = alert(Alert.AlertType.ERROR);
            alert.setTitle(text.getString("error.open.title"));
            alert.setHeaderText(text.getString("error.open.header"));
            alert.setContentText(file + ": " + t.getMessage());
            alert.getDialogPane().setId("open-error");
            alert.show();
        });
        Thread t = new Thread(task, "layer-reader");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** A dialog owned by the window, in the atlas's type (the bundled fonts cover all three languages). */
    Alert alert(Alert.AlertType type) {
        Alert alert = new Alert(type);
        alert.initOwner(stage);
        FxType.dress(alert.getDialogPane(), stage.getScene(), settings.language());
        return alert;
    }

    private void showProblems(String title, List<org.briatlas.model.ReadProblem> problems) {
        Alert alert = alert(Alert.AlertType.WARNING);
        alert.setTitle(title);
        alert.setHeaderText(text.getString("error.data.header"));
        javafx.scene.control.TextArea list = new javafx.scene.control.TextArea(String.join("\n",
                problems.stream().map(p -> p.describe()).toList()));
        list.setEditable(false);
        list.setWrapText(true);
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("data-problems");
        alert.show();
    }

    /** Reads the paper's tables and checks their figures in the background, then fills the Statistics tab. */
    private void loadStatistics() {
        record Loaded(StatTableReader.Result result, List<org.briatlas.model.Finding> findings,
                      List<org.briatlas.model.GeoFeature> countries) {
        }
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() throws IOException {
                StatTableReader reader = new StatTableReader();
                StatTableReader.Result r = reader.read(StatTableReader.shipped());
                List<org.briatlas.model.GeoFeature> shapes;
                try (java.io.InputStream in = MainWindow.class.getResourceAsStream("/geo/basemap/countries.geojson")) {
                    shapes = in == null ? List.of()
                            : org.briatlas.io.GeoJsonReader.trusting().read(in, "countries.geojson").features();
                }
                return new Loaded(r, FigureChecks.run(r.tables(), reader.relations(StatTableReader.shipped())), shapes);
            }
        };
        task.setOnSucceeded(e -> {
            Loaded l = task.getValue();
            l.result().problems().forEach(p -> LOG.warning("statistics data: " + p.describe()));
            // The panel (and its chart) is built the first time it is needed, not at start-up.
            statsFactory = () -> new StatisticsPanel(l.result().tables(), l.findings(), text, state);
            if (tabs.getSelectionModel().getSelectedItem() == statsTab || state.selectedCountryProperty().get() != null) {
                ensureStatistics();
            }
            timeline.setStrategies(l.result().tables());
            countries = l.countries();
            map.corridorLayer().setCountries(l.countries(), new TradeByCountry(l.result().tables()));
            details.linkStatistics(this::countriesOf, iso -> {
                state.selectedCountryProperty().set(null);
                state.selectedCountryProperty().set(iso);
            });
            if (!l.result().problems().isEmpty()) {
                showProblems(text.getString("error.stats.title"), l.result().problems());
            }
        });
        task.setOnFailed(e -> {
            LOG.log(Level.SEVERE, "statistics not loaded", task.getException());
            statsTab.setContent(wrapping(text.getString("error.stats.title") + ": " + task.getException().getMessage(),
                    "stats-error"));
        });
        Thread t = new Thread(task, "statistics-loader");
        t.setDaemon(true);
        t.start();
    }

    /** The countries of the statistics that a feature touches (Russia for a border bridge, ...). */
    private List<String> countriesOf(org.briatlas.model.AtlasFeature f) {
        List<String> out = new java.util.ArrayList<>();
        for (org.briatlas.model.GeoFeature c : countries) {
            String iso = c.text("iso").orElse("");
            if (!iso.equals("CN") && !out.contains(iso) && c.geometry().intersects(f.geometry())) {
                out.add(iso);
            }
        }
        return out;
    }

    private java.util.function.Supplier<StatisticsPanel> statsFactory;

    private ToggleButton panelToggle;
    private ToolBar toolbar;
    /** Style class of toolbar items hidden in presentation mode. */
    private static final String DESK_ONLY = "desk-only";
    private boolean presenting;
    private final org.briatlas.tour.Classroom classroom;
    /** The side panel's legend, hidden in presentation (the map has its own key then). */
    private TitledPane legendPane;

    /** What the classroom (tours, editor, notes, slides) may ask of this window. */
    private org.briatlas.tour.Classroom.Window classroomWindow() {
        return new org.briatlas.tour.Classroom.Window() {
            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public void showTable(int number) {
                // In presentation the panel is folded away; a stop with a table unfolds it to show the
                // chart, and a stop without one folds it again so the map has the screen.
                if (number == 0) {
                    if (presenting) {
                        panelToggle.setSelected(false);
                    }
                    return;
                }
                if (presenting) {
                    panelToggle.setSelected(true);
                }
                showStatistics();
                if (statistics() != null) {
                    statistics().showTable(number);
                }
            }

            @Override
            public int shownTable() {
                return tabs != null && tabs.getSelectionModel().getSelectedItem() == statsTab && statistics != null
                        && statistics.shownTable() != null ? statistics.shownTable().number() : 0;
            }

            @Override
            public void message(String s) {
                messageLabel.setText(s);
            }

            @Override
            public void track(Task<?> task) {
                MainWindow.this.track(task);
            }

            @Override
            public void tourError(String message) {
                Alert alert = alert(Alert.AlertType.ERROR);
                alert.setContentText(message);
                alert.setTitle(text.getString("error.tour.title"));
                alert.getDialogPane().setId("tour-error");
                alert.show();
            }

            @Override
            public javafx.event.EventHandler<KeyEvent> keys() {
                return MainWindow.this::onKey;
            }
        };
    }

    /** The window's tours: player, editor, speaker notes, slides. */
    public org.briatlas.tour.Classroom classroom() {
        return classroom;
    }

    /** The tour player (created on first use). */
    public org.briatlas.tour.TourPlayer tourPlayer() {
        return classroom.player();
    }

    /** The tour editor window, editing the tour being played if there is one. */
    public org.briatlas.tour.TourEditor openTourEditor() {
        return classroom.openEditor();
    }

    /** The speaker notes window, for the teacher's own screen. */
    public org.briatlas.tour.SpeakerNotes openSpeakerNotes() {
        return classroom.openSpeakerNotes();
    }

    /** Closes the tour editor and the speaker notes, asking first about an unsaved tour; false if cancelled. */
    public boolean closeToolWindows() {
        return classroom.closeWindows();
    }

    /** Starts a tour at its first stop. */
    public void playTour(org.briatlas.model.Tour t) {
        classroom.play(t);
    }

    /** Plays a shipped tour by name or a tour file; one that cannot be read is reported. */
    public void openTour(String nameOrFile) {
        classroom.open(nameOrFile);
    }

    /** Writes one slide per stop of a tour into a folder, off the FX thread; returns the task. */
    public Task<Integer> exportSlides(org.briatlas.model.Tour t, java.nio.file.Path folder) {
        return classroom.exportSlides(t, folder);
    }

    /**
     * Presentation mode: full screen, type one and a half times larger, the side panel folded away and a
     * high-contrast style for projectors; the arrow keys, Page Up/Down and space step through the tour,
     * Esc leaves.
     */
    public void setPresenting(boolean on) {
        presenting = on;
        toolbar.getItems().filtered(n -> n.getStyleClass().contains(DESK_ONLY)).forEach(n -> {
            n.setVisible(!on);
            n.setManaged(!on);
        });
        Scene scene = stage.getScene();
        String css = MainWindow.class.getResource("presentation.css").toExternalForm();
        if (on) {
            if (!scene.getStylesheets().contains(css)) {
                scene.getStylesheets().add(css);
            }
            typeSize = Math.max(typeSize, PRESENTATION_TYPE);
            scene.getRoot().setStyle("-fx-font-size: " + typeSize + "px;");
            map.setSymbolScale(typeSize / NORMAL_TYPE);
            showKey(typeSize / NORMAL_TYPE);
            foldLegend(false);
            panelToggle.setSelected(false);
            stage.setFullScreenExitHint(text.getString("presentation.hint"));
            stage.setFullScreen(true);
        } else {
            scene.getStylesheets().remove(css);
            scene.getRoot().setStyle("");
            map.setSymbolScale(1);
            showKey(0);
            foldLegend(true);
            panelToggle.setSelected(true);
            stage.setFullScreen(false);
        }
    }

    private org.briatlas.panels.MapKey key;

    /** Shows or hides the panel's legend (hidden in presentation, where the map has its own key). */
    private void foldLegend(boolean shown) {
        legendPane.setVisible(shown);
        legendPane.setManaged(shown);
    }

    /** The side panel's legend (for tests). */
    TitledPane legendPane() {
        return legendPane;
    }

    /** Puts the presentation's key on the map at a scale, or takes it off for 0. */
    private void showKey(double scale) {
        if (key != null) {
            key.dispose();
            key = null;
        }
        if (scale > 0) {
            key = new org.briatlas.panels.MapKey(state, text, scale);
            key.setVisible(!keyHidden);
        }
        map.setKey(key);
    }

    /** The teacher hid the key (K) for this presentation; it may cover what a stop is about. */
    private boolean keyHidden;

    /** Shows or hides the presentation's key on the map (the K key). */
    public void toggleKey() {
        keyHidden = !keyHidden;
        if (key != null) {
            key.setVisible(!keyHidden);
        }
    }

    public boolean isPresenting() {
        return presenting;
    }

    /** Type size in presentation mode: 20 px (about 150%) to start, adjustable with Ctrl + and Ctrl -. */
    static final int PRESENTATION_TYPE = 20;
    /** The interface's normal type size (atlas.css); the map's labels and lines scale by typeSize / this. */
    static final double NORMAL_TYPE = 13;
    private int typeSize = PRESENTATION_TYPE;

    /** Changes the presentation type size by {@code delta} pixels, between 150% and 300% of normal. */
    public void adjustTypeSize(int delta) {
        typeSize = Math.max(PRESENTATION_TYPE, Math.min(40, typeSize + delta));
        if (presenting) {
            stage.getScene().getRoot().setStyle("-fx-font-size: " + typeSize + "px;");
            map.setSymbolScale(typeSize / NORMAL_TYPE);
            showKey(typeSize / NORMAL_TYPE);
        }
    }

    public int typeSize() {
        return typeSize;
    }

    /** Builds the statistics panel if its data is loaded and it is not built yet. */
    private void ensureStatistics() {
        if (statistics == null && statsFactory != null) {
            statistics = statsFactory.get();
            statsTab.setContent(statistics);
            statistics.showCountry(state.selectedCountryProperty().get());
        }
    }

    /** The statistics panel, once loaded (null before). */
    public StatisticsPanel statistics() {
        ensureStatistics();
        return statistics;
    }

    /** Shows the Statistics tab. */
    public void showStatistics() {
        tabs.getSelectionModel().select(statsTab);
    }

    public AtlasState state() {
        return state;
    }

    public void show() {
        stage.show();
        map.requestFocus();
    }

    public AtlasMap map() {
        return map;
    }

    public Stage stage() {
        return stage;
    }

    // ---- building -------------------------------------------------------------------------------

    private ToolBar buildToolBar() {
        Button zoomIn = toolButton("toolbar-zoom-in", "+", "toolbar.zoomIn.tip", () -> map.zoomBy(AtlasMap.BUTTON_STEP));
        Button zoomOut = toolButton("toolbar-zoom-out", "\u2212", "toolbar.zoomOut.tip",
                () -> map.zoomBy(-AtlasMap.BUTTON_STEP));
        Button home = toolButton("toolbar-home", "\u2302  " + text.getString("toolbar.home"), "toolbar.home.tip",
                this::goHome);
        MenuButton views = new MenuButton(text.getString("toolbar.views"));
        views.setId("toolbar-views");
        for (NamedView v : NamedView.values()) {
            MenuItem item = new MenuItem(text.getString("view." + v.id()));
            item.setId("view-" + v.id());
            item.setOnAction(e -> map.showNamedView(v, true));
            views.getItems().add(item);
        }
        Button open = toolButton("toolbar-open", text.getString("toolbar.open"), "toolbar.open.tip", this::chooseLayer);
        MenuButton language = new MenuButton(text.getString("toolbar.language"));
        language.setId("toolbar-language");
        for (String code : AppSettings.LANGUAGES) {
            MenuItem item = new MenuItem(text.getString("language." + code));
            item.setId("language-" + code);
            if (org.briatlas.carto.Typefaces.needsCjk(item.getText())) {
                item.getStyleClass().add(FxType.CJK);
            }
            item.setOnAction(e -> onLanguage.accept(code));
            language.getItems().add(item);
        }
        MenuButton tours = new MenuButton(text.getString("toolbar.tours"));
        tours.setId("toolbar-tours");
        tours.getItems().addAll(classroom.shippedTourItems());
        MenuItem openTour = new MenuItem(text.getString("tours.open"));
        openTour.setId("tours-open");
        openTour.setOnAction(e -> classroom.chooseTour());
        MenuItem present = new MenuItem(text.getString("tours.present"));
        present.setId("tours-present");
        present.setOnAction(e -> setPresenting(true));
        MenuItem end = new MenuItem(text.getString("tours.end"));
        end.setId("tours-end");
        end.setOnAction(e -> classroom.end());
        MenuItem slides = new MenuItem(text.getString("tours.slides"));
        slides.setId("tours-slides");
        slides.setOnAction(e -> classroom.chooseSlideFolder());
        MenuItem edit = new MenuItem(text.getString("tours.edit"));
        edit.setId("tours-edit");
        edit.setOnAction(e -> openTourEditor());
        MenuItem notes = new MenuItem(text.getString("tours.notes"));
        notes.setId("tours-notes");
        notes.setOnAction(e -> openSpeakerNotes());
        tours.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), openTour, edit,
                new javafx.scene.control.SeparatorMenuItem(), present, notes, slides, end);
        ToggleButton panel = new ToggleButton(text.getString("toolbar.panel"));
        panel.setId("toolbar-panel");
        panel.setSelected(true);
        panel.setTooltip(new Tooltip(text.getString("toolbar.panel.tip")));
        panel.selectedProperty().addListener((o, was, show) -> setPanelVisible(show));

        Label title = new Label(text.getString("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Separator afterTitle = new Separator(Orientation.VERTICAL);
        Separator afterOpen = new Separator(Orientation.VERTICAL);
        // In presentation the title and Open layer make room for the tour controls.
        for (javafx.scene.Node n : List.of(title, afterTitle, open, afterOpen)) {
            n.getStyleClass().add(DESK_ONLY);
        }
        ToolBar bar = new ToolBar(title, afterTitle, zoomIn, zoomOut, home, views,
                new Separator(Orientation.VERTICAL), open, afterOpen);
        bar.getItems().add(new YearControl(state, text));
        bar.getItems().addAll(new Separator(Orientation.VERTICAL), tours, spacer, language, panel);
        panelToggle = panel;
        toolbar = bar;
        // When the window is narrow (or the language long) the title gives way first; buttons keep
        // their whole text and what does not fit goes to the toolbar's overflow menu.
        title.setMinWidth(0);
        for (javafx.scene.Node n : bar.getItems()) {
            if (n instanceof javafx.scene.control.Control c && n != title) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setId("toolbar");
        return bar;
    }

    private Button toolButton(String id, String label, String tipKey, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setTooltip(new Tooltip(text.getString(tipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private VBox buildSidePanel() {
        VBox views = new VBox(6);
        for (NamedView v : NamedView.values()) {
            Button b = new Button(text.getString("view." + v.id()));
            b.setId("panel-view-" + v.id());
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> map.showNamedView(v, true));
            views.getChildren().add(b);
        }
        TitledPane viewsPane = new TitledPane(text.getString("panel.views"), views);
        viewsPane.setId("panel-views");
        TitledPane basemap = new TitledPane(text.getString("panel.basemap"),
                wrapping(text.getString("panel.basemap.text"), "panel-basemap-text"));
        basemap.setId("panel-basemap");
        TitledPane keys = new TitledPane(text.getString("panel.keys"),
                wrapping(text.getString("panel.keys.text"), "panel-keys-text"));
        keys.setId("panel-keys");
        VBox about = new VBox(8, viewsPane, basemap, keys);
        about.getStyleClass().add("panel-tab");

        TitledPane legend = new TitledPane(text.getString("legend.title"), new LegendPanel(state, text));
        legend.setId("panel-legend");
        legendPane = legend;

        details = new DetailsPanel(state, text);
        detailsTab = new Tab(text.getString("tab.details"), details);
        timeline = new TimelinePanel(state, map::showFeature, text);
        Tab timelineTab = new Tab(text.getString("tab.timeline"), timeline);
        timelineTab.setId("tab-timeline");
        detailsTab.setId("tab-details");
        Tab listTab = new Tab(text.getString("tab.list"), new FeatureListPanel(state, text, map::showFeature));
        listTab.setId("tab-list");
        Tab aboutTab = new Tab(text.getString("tab.about"), about);
        aboutTab.setId("tab-about");
        statsTab = new Tab(text.getString("tab.stats"), new Label(text.getString("stats.loading")));
        statsTab.setId("tab-stats");
        tabs = new TabPane(detailsTab, listTab, statsTab, timelineTab, aboutTab);
        state.selectedCountryProperty().addListener((o, was, iso) -> {
            if (iso != null) {
                tabs.getSelectionModel().select(statsTab);
            }
        });
        tabs.setId("panel-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Charts need room: the side panel widens while the Statistics tab is open.
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == statsTab) {
                ensureStatistics();
            }
            split.setDividerPositions(now == statsTab ? STATS_MAP_SHARE : MAP_SHARE);
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        state.selectedProperty().addListener((o, was, now) -> {
            if (now != null && tabs.getSelectionModel().getSelectedItem() != listTab) {
                tabs.getSelectionModel().select(detailsTab);
            }
        });

        TitledPane shading = new TitledPane("", new ShadingLegend(text));
        shading.textProperty().bind(state.yearProperty().asString(text.getString("shade.title").replace("%d", "%d")));
        shading.setId("panel-shading");
        shading.setExpanded(false);
        VBox panel = new VBox(8, legend, shading, tabs);
        panel.setId("side-panel");
        panel.getStyleClass().add("side-panel");
        panel.setMinWidth(260);
        panel.setPrefWidth(360);
        return panel;
    }

    private static Label wrapping(String s, String id) {
        Label l = new Label(s);
        l.setId(id);
        l.setWrapText(true);
        return l;
    }

    private final javafx.scene.control.ProgressBar workProgress = new javafx.scene.control.ProgressBar();
    private final Button workCancel = new Button();
    private final HBox work = new HBox(6, workProgress, workCancel);

    /**
     * Shows a running task's progress in the status bar with a button that cancels it; the message
     * area follows the task's messages until it ends.
     */
    void track(Task<?> task) {
        workProgress.progressProperty().bind(task.progressProperty());
        workCancel.setOnAction(e -> task.cancel());
        // Followed, not bound: other work may still write to the message area meanwhile.
        task.messageProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !task.isDone()) {
                messageLabel.setText(now);
            }
        });
        work.setVisible(true);
        work.setManaged(true);
        task.stateProperty().addListener((o, was, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED || now == javafx.concurrent.Worker.State.FAILED
                    || now == javafx.concurrent.Worker.State.CANCELLED) {
                work.setVisible(false);
                work.setManaged(false);
            }
        });
    }

    private HBox buildStatusBar() {
        work.setId("status-work");
        workProgress.setId("status-progress");
        workProgress.setPrefWidth(140);
        workCancel.setId("status-cancel");
        workCancel.setText(text.getString("status.cancel"));
        work.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        work.setVisible(false);
        work.setManaged(false);
        cursorLabel.setId("status-cursor");
        zoomLabel.setId("status-zoom");
        messageLabel.setId("status-message");
        cursorLabel.getStyleClass().add("status-cursor");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, messageLabel, work, spacer, zoomLabel, new Separator(Orientation.VERTICAL), cursorLabel);
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void setPanelVisible(boolean show) {
        if (show && !split.getItems().contains(sidePanel)) {
            split.getItems().add(sidePanel);
            split.setDividerPositions(tabs != null && tabs.getSelectionModel().getSelectedItem() == statsTab
                    ? STATS_MAP_SHARE : MAP_SHARE);
        } else if (!show) {
            split.getItems().remove(sidePanel);
        }
    }

    // ---- behaviour ------------------------------------------------------------------------------

    private void goHome() {
        map.showNamedView(NamedView.HEILONGJIANG, true);
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() && presenting && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS
                || e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
            adjustTypeSize(e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT ? -2 : 2);
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.F5) {
            setPresenting(!presenting);
            e.consume();
            return;
        }
        if (k == KeyCode.K && presenting) {
            toggleKey();
            e.consume();
            return;
        }
        if (classroom.playing()) {
            org.briatlas.tour.TourPlayer player = classroom.player();
            switch (k) {
                case RIGHT, PAGE_DOWN, SPACE -> {
                    player.next();
                    e.consume();
                    return;
                }
                case LEFT, PAGE_UP -> {
                    player.previous();
                    e.consume();
                    return;
                }
                case ESCAPE -> {
                    classroom.end();
                    setPresenting(false);
                    e.consume();
                    return;
                }
                default -> {
                }
            }
        }
        switch (k) {
            case LEFT -> map.panBy(-AtlasMap.KEY_PAN, 0);
            case RIGHT -> map.panBy(AtlasMap.KEY_PAN, 0);
            case UP -> map.panBy(0, -AtlasMap.KEY_PAN);
            case DOWN -> map.panBy(0, AtlasMap.KEY_PAN);
            case PLUS, ADD, EQUALS -> map.zoomBy(AtlasMap.BUTTON_STEP);
            case MINUS, SUBTRACT -> map.zoomBy(-AtlasMap.BUTTON_STEP);
            case HOME -> goHome();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void updateCursor(double[] lonLat) {
        if (lonLat == null) {
            cursorLabel.setText(text.getString("status.cursor.none"));
            return;
        }
        cursorLabel.setText(String.format(text.getString("status.cursor"), latitude(lonLat[1]), longitude(lonLat[0])));
    }

    private void updateZoom(MapViewpoint v) {
        if (v != null) {
            NumberFormat nf = NumberFormat.getNumberInstance(Locale.getDefault());
            nf.setMaximumFractionDigits(1);
            nf.setMinimumFractionDigits(1);
            zoomLabel.setText(String.format(text.getString("status.zoom"), nf.format(v.zoom())));
        }
    }

    String latitude(double lat) {
        return String.format(text.getString(lat >= 0 ? "lat.north" : "lat.south"), degrees(Math.abs(lat)));
    }

    String longitude(double lon) {
        return String.format(text.getString(lon >= 0 ? "lon.east" : "lon.west"), degrees(Math.abs(lon)));
    }

    private static String degrees(double v) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.getDefault());
        nf.setMinimumFractionDigits(4);
        nf.setMaximumFractionDigits(4);
        return nf.format(v);
    }

    /** Shows (once) why the base map is missing: a dialog, the status bar and the log. */
    public void showBaseMapError(Throwable cause) {
        messageLabel.setText(text.getString("error.basemap.header") + " " + cause.getMessage());
        if (baseMapErrorShown) {
            return;
        }
        baseMapErrorShown = true;
        LOG.log(Level.SEVERE, "base map unavailable", cause);
        messageLabel.getStyleClass().add("status-error");
        Alert alert = alert(Alert.AlertType.ERROR);
        alert.setTitle(text.getString("error.basemap.title"));
        alert.setHeaderText(text.getString("error.basemap.header"));
        alert.setContentText(String.format(text.getString("error.basemap.content"), cause.getMessage()));
        alert.getDialogPane().setId("basemap-error");
        alert.show();
    }

    /** Says in the status bar that the settings file was unusable and the defaults are in force. */
    public void showSettingsProblem(String problem) {
        messageLabel.setText(String.format(text.getString("status.settingsReset"), problem));
        messageLabel.getStyleClass().add("status-warning");
    }

    /** Writes window geometry and the current view to the settings file (atomically), and returns them. FX thread. */
    public AppSettings saveSettings() {
        latest = current();
        saveLatest();
        return latest;
    }

    private java.util.function.Consumer<String> onLanguage = lang -> { };

    /** What to do when the user chooses another interface language. */
    public void setOnLanguage(java.util.function.Consumer<String> handler) {
        onLanguage = handler;
    }

    /**
     * Writes the settings as they were after the last move or resize; safe from any thread, so that a
     * shutdown hook can keep the view when the atlas is ended without closing its window.
     */
    public synchronized void saveLatest() {
        AppSettings s = latest;
        if (s == null || s.equals(lastSaved)) {
            return;
        }
        try {
            store.save(s);
            lastSaved = s;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "settings not saved to " + store.file(), e);
            if (Platform.isFxApplicationThread()) {
                messageLabel.setText(String.format(text.getString("status.settingsSaveFailed"), e.getMessage()));
            }
        }
    }

    private AppSettings current() {
        boolean max = stage.isMaximized();
        if (!max && !stage.isIconified() && stage.isShowing()) {
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        } else {
            settings = settings.withWindow(settings.windowX(), settings.windowY(), settings.windowWidth(),
                    settings.windowHeight(), max);
        }
        MapViewpoint v = map.getViewpoint();
        if (v != null) {
            settings = settings.withView(v.lon(), v.lat(), v.zoom());
        }
        return settings;
    }

    private void placeWindow() {
        double x = settings.windowX();
        double y = settings.windowY();
        if (Double.isFinite(x) && Double.isFinite(y)) {
            Rectangle2D titleBar = new Rectangle2D(x + 40, y, Math.max(1, settings.windowWidth() - 80), 30);
            boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            }
        }
        stage.setMaximized(settings.maximized());
    }
}
