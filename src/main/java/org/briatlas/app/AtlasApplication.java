package org.briatlas.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapException;
import org.briatlas.carto.TileRenderer;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.i18n.Messages;
import org.briatlas.io.SettingsStore;
import org.briatlas.map.OfflineTiles;
import org.briatlas.model.AppSettings;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.AtlasSources;
import org.briatlas.state.Notice;
import org.briatlas.state.StatusMessage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JavaFX application: reads the settings, builds the {@link AtlasModel} over the shipped data (loading
 * in the background), connects the offline tile source and opens the {@link MainWindow}. Saves the window
 * and view on exit.
 */
public final class AtlasApplication extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApplication.class.getName());

    /** The window's width and height that are not the map's, beside the side panel, at normal type. */
    static final double MAP_CHROME_WIDTH = 8;
    static final double MAP_CHROME_HEIGHT = 76;

    private ExecutorService loader;
    private ExecutorService workers;
    private volatile MainWindow window;

    @Override
    public void start(Stage stage) {
        org.briatlas.timing.StartupTimeline.mark("toolkit");
        long started = System.nanoTime();
        Startup startup = Startup.take();
        SettingsStore store = startup.store;
        SettingsStore.Loaded loaded = startup.settings();
        AppSettings settings = loaded.settings();
        String lang = System.getProperty("briatlas.lang");
        if (lang != null && Messages.LANGUAGES.contains(lang)) {
            settings = settings.withLanguage(lang);
        }
        // The window is shown first, empty, in the map's colour, and filled after its first frame: the user
        // sees it at once, as a bare JavaFX window is, not after the views are built.
        showEarly(stage, settings);
        // The label faces are read while the empty window's first frame is drawn.
        org.briatlas.map.FxLabels.loadLatinInBackground();
        loader = startup.loader;
        BaseMapData data = startup.data;
        OfflineTiles tiles = OfflineTiles.shared();
        tiles.setPixelScale(Screen.getPrimary().getOutputScaleX());
        tiles.install(new TileRenderer(data));
        if (settings.hasView()) {
            // The first view's tiles are drawn while the views are built. The map's size is the window's less
            // the side panel and its divider, the tool bar and the status line (their heights at normal type).
            javafx.scene.Scene scene = stage.getScene();
            tiles.prefetch(settings.viewLon(), settings.viewLat(), settings.viewZoom(),
                    scene.getWidth() - settings.panelWidthOrDefault() - MAP_CHROME_WIDTH,
                    scene.getHeight() - MAP_CHROME_HEIGHT);
        }
        AppSettings chosen = settings;
        javafx.animation.AnimationTimer afterFirstFrame = new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= 2) {
                    stop();
                    build(stage, store, loaded, chosen, data, tiles, started);
                }
            }
        };
        afterFirstFrame.start();
    }

    /** Shows the stage at its place and size with an empty scene of the map's colour and a "Loading" line. */
    private static void showEarly(Stage stage, AppSettings settings) {
        java.util.ResourceBundle text = Messages.bundle(settings.language());
        javafx.scene.control.Label loading = new javafx.scene.control.Label(text.getString("status.loading"));
        loading.setStyle("-fx-text-fill: #5f6b73; -fx-font-size: 15px;");
        javafx.scene.layout.StackPane splash = new javafx.scene.layout.StackPane(loading);
        splash.setStyle("-fx-background-color: #f2efe9;");
        stage.setTitle(text.getString("app.title"));
        stage.setScene(new javafx.scene.Scene(splash, settings.windowWidth(), settings.windowHeight()));
        org.briatlas.window.WindowPlacement.place(stage, settings);
        stage.show();
        org.briatlas.timing.StartupTimeline.mark("shown");
    }

    private void build(Stage stage, SettingsStore store, SettingsStore.Loaded loaded, AppSettings settings,
                       BaseMapData data, OfflineTiles tiles, long started) {
        workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "atlas-worker");
            t.setDaemon(true);
            return t;
        });
        AtlasModel model = new AtlasModel(AtlasSources.shipped(data), workers, Platform::runLater);
        model.workspace().keepRecentIn(store.file().resolveSibling("recent-workspaces.txt"));
        // Autosaved every 30 s and on every change of layers; a file left there means the last session crashed.
        model.workspace().autosaveTo(OfflineJvm.cacheDirectory().resolve("autosave-workspace.json"));
        autosave = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(30),
                e -> model.workspace().autosaveNow()));
        autosave.setCycleCount(javafx.animation.Animation.INDEFINITE);
        autosave.play();
        model.setLanguage(settings.language());
        model.setSidePanelWidth(settings.panelWidthOrDefault());
        if (settings.hasView()) {
            model.goTo(new MapViewpoint(settings.viewLon(), settings.viewLat(), settings.viewZoom()), false, 0);
        } else {
            model.showNamedView(NamedView.HEILONGJIANG, false);
        }
        model.load();
        window = new MainWindow(stage, model, store, settings);
        // The routing network after the first map (it is not needed to draw it), and only once the planner is
        // needed (its tab shown, measuring started): a start that never plans does not hold it.
        model.planner().deferUntil(FirstMap.watch(window).thenCombine(model.planner().whenNeeded(), (a, b) -> null));
        stage.setOnCloseRequest(e -> {
            if (!window.confirmClose()) {
                e.consume();
            }
        });
        loaded.problem().ifPresent(p -> {
            LOG.warning("settings reset to defaults: " + p);
            // A dialog, not only a status line: the loading messages would overwrite that at once.
            model.notify(new Notice("settings-reset", StatusMessage.Severity.WARNING, "error.settings.title",
                    "error.settings.header", p, java.util.List.of()));
        });
        tiles.setFailureListener(t -> Platform.runLater(() -> model.reportBaseMapError(rootCause(t))));
        window.show();
        window.offerRecovery();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> window.saveLatest(), "settings-on-exit"));
        // Files named on the command line (or by the desktop entry, "Open with"): each a layer of its own.
        for (String f : getParameters().getUnnamed()) {
            try {
                model.userLayers().open(java.nio.file.Path.of(f));
            } catch (java.nio.file.InvalidPathException e) {
                model.setStatus(StatusMessage.error("status.open.failed", f, e.getMessage()));
            }
        }
        String tour = System.getProperty("briatlas.tour");
        if (tour != null && !tour.isBlank()) {
            model.classroom().open(tour);
        }
        if (Boolean.getBoolean("briatlas.present")) {
            // Once the window is on screen, so that full screen applies to a mapped window.
            Platform.runLater(() -> model.setPresenting(true));
        }
        LOG.fine(() -> "window shown after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        FirstMapProbe.attachIfRequested(window);
        StallProbe.startIfRequested();
    }

    private javafx.animation.Timeline autosave;

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (window != null) {
            window.saveSettings();
            window.model().workspace().endSession();
        }
        if (loader != null) {
            loader.shutdownNow();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof BaseMapException)) {
            c = c.getCause();
        }
        if (!(c instanceof BaseMapException)) {
            LOG.log(Level.WARNING, "unexpected tile failure", t);
        }
        return c;
    }
}
