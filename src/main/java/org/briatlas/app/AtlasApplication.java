package org.briatlas.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapException;
import org.briatlas.carto.TileRenderer;
import org.briatlas.io.SettingsStore;
import org.briatlas.map.OfflineTiles;
import org.briatlas.model.AppSettings;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JavaFX application: reads the settings, starts loading the base map in the background, connects
 * the offline tile source and opens the {@link MainWindow}. Saves the window and view on exit.
 */
public final class AtlasApplication extends Application {

    private static final Logger LOG = Logger.getLogger(AtlasApplication.class.getName());

    private ExecutorService loader;
    private volatile MainWindow window;
    private SettingsStore store;
    private BaseMapData data;
    private Stage stage;

    /**
     * Rebuilds the window in another language, keeping the view, the window and the data on the map;
     * the choice is saved with the settings.
     */
    void switchLanguage(String language) {
        if (!window.closeToolWindows()) {
            return;
        }
        AppSettings now = window.saveSettings().withLanguage(language);
        MainWindow next = new MainWindow(stage, Messages.bundle(Locale.forLanguageTag(language)), store, now, data);
        next.setOnLanguage(this::switchLanguage);
        window = next;
        next.saveSettings();
        next.show();
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Startup startup = Startup.take();
        SettingsStore store = startup.store;
        SettingsStore.Loaded loaded = startup.settings;
        AppSettings settings = loaded.settings();
        loader = startup.loader;
        BaseMapData data = startup.data;
        OfflineTiles tiles = OfflineTiles.shared();
        tiles.setPixelScale(Screen.getPrimary().getOutputScaleX());
        tiles.install(new TileRenderer(data));

        String lang = System.getProperty("briatlas.lang");
        if (lang != null && AppSettings.LANGUAGES.contains(lang)) {
            settings = settings.withLanguage(lang);
        }
        this.store = store;
        this.data = data;
        this.stage = stage;
        window = new MainWindow(stage, Messages.bundle(Locale.forLanguageTag(settings.language())), store, settings, data);
        window.setOnLanguage(this::switchLanguage);
        stage.setOnCloseRequest(e -> {
            if (!window.closeToolWindows()) {
                e.consume();
            }
        });
        loaded.problem().ifPresent(p -> {
            LOG.warning("settings reset to defaults: " + p);
            window.showSettingsProblem(p);
        });
        tiles.setFailureListener(t -> Platform.runLater(() -> window.showBaseMapError(rootCause(t))));
        window.show();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> window.saveLatest(), "settings-on-exit"));
        String tour = System.getProperty("briatlas.tour");
        if (tour != null && !tour.isBlank()) {
            window.openTour(tour);
        }
        if (Boolean.getBoolean("briatlas.present")) {
            // Once the window is on screen, so that full screen applies to a mapped window.
            MainWindow shown = window;
            Platform.runLater(() -> shown.setPresenting(true));
        }
        LOG.fine(() -> "window shown after " + (System.nanoTime() - started) / 1_000_000 + " ms");
        FirstMapProbe.attachIfRequested(window);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.saveSettings();
        }
        if (loader != null) {
            loader.shutdownNow();
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
