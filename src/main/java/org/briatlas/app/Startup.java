package org.briatlas.app;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.carto.ZoomBand;
import org.briatlas.io.SettingsStore;

import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Work that can begin before JavaFX is up: reading the settings and the first view's base-map band,
 * and warming Java2D's renderer. Started from {@code main}, so it overlaps the toolkit's own start-up
 * on the second core, and picked up by {@link AtlasApplication}.
 */
final class Startup {

    private static volatile Startup current;

    final SettingsStore store;
    private final java.util.concurrent.CompletableFuture<SettingsStore.Loaded> settings;
    final ExecutorService loader;
    final BaseMapData data;

    private Startup() {
        store = SettingsStore.forUser();
        loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "basemap-loader");
            t.setDaemon(true);
            return t;
        });
        // -Dbriatlas.basemap.dir=geo/basemap tries a regenerated base map without rebuilding the jar.
        String folder = System.getProperty("briatlas.basemap.dir");
        data = new BaseMapData(folder == null || folder.isBlank() ? BaseMapSource.shipped()
                : BaseMapSource.folder(java.nio.file.Path.of(folder)), loader);
        // The settings (Jackson's first use: a few hundred ms of class loading) are read beside the toolkit's
        // start, not before it; then the band of the view they hold.
        settings = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            SettingsStore.Loaded loaded = store.load();
            org.briatlas.timing.StartupTimeline.mark("settings");
            double zoom = loaded.settings().hasView() ? loaded.settings().viewZoom() : 6;
            data.band(ZoomBand.forZoom(zoom)).thenRun(() -> org.briatlas.timing.StartupTimeline.mark("basemap-band"));
            return loaded;
        }, r -> {
            Thread t = new Thread(r, "settings-reader");
            t.setDaemon(true);
            t.start();
        });
        loader.execute(() -> {
            // The labels are small; the warm-up spares the first tile Java2D's one-time set-up.
            try {
                data.labels();
            } catch (RuntimeException | java.awt.AWTError e) {
                // Reported by the window when it asks for the labels itself.
            }
            try {
                BufferedImage warm = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB_PRE);
                var g = warm.createGraphics();
                g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING,
                        java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
                g.fill(new java.awt.geom.Ellipse2D.Double(1, 1, 5, 5));
                g.dispose();
            } catch (java.awt.AWTError e) {
                // No display to be had (DISPLAY names none): the window says so, in one line, as it starts.
            }
        });
    }

    /** The settings, once read (waits for them: they are read while the toolkit starts). */
    SettingsStore.Loaded settings() {
        return settings.join();
    }

    /** Starts the background work; call once, from {@code main}. */
    static void begin() {
        current = new Startup();
    }

    /** What {@link #begin()} started, or a fresh start if it was not called (tests launch the app directly). */
    static synchronized Startup take() {
        Startup s = current;
        current = null;
        return s != null ? s : new Startup();
    }
}
