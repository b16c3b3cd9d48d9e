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
    private MainWindow window;

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

        window = new MainWindow(stage, Messages.bundle(), store, settings, data);
        loaded.problem().ifPresent(p -> {
            LOG.warning("settings reset to defaults: " + p);
            window.showSettingsProblem(p);
        });
        tiles.setFailureListener(t -> Platform.runLater(() -> window.showBaseMapError(rootCause(t))));
        window.show();
        MainWindow shown = window;
        Runtime.getRuntime().addShutdownHook(new Thread(shown::saveLatest, "settings-on-exit"));
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
