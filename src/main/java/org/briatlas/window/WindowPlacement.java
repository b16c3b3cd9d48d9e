package org.briatlas.window;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.io.SettingsStore;
import org.briatlas.model.AppSettings;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.StatusMessage;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the window where it was (if that place is still on a screen) at its size, and remembers its place,
 * its size, the map's view and the interface language in the settings file, written atomically. Made once
 * per window: it outlives the views a language switch replaces. The FX thread, except
 * {@link #saveLatest()}, which a shutdown hook may call.
 */
public final class WindowPlacement {

    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());

    private final Stage stage;
    private final SettingsStore store;
    private final AtlasModel model;
    private AppSettings settings;
    /** The settings as of the last move or resize, for saving from a shutdown hook (any thread). */
    private volatile AppSettings latest;
    /** What was last written, so that a second save on the same exit does not overwrite the backup. */
    private AppSettings lastSaved;

    public WindowPlacement(Stage stage, SettingsStore store, AppSettings settings, AtlasModel model) {
        this.stage = stage;
        this.store = store;
        this.settings = settings;
        this.model = model;
        if (!stage.isShowing()) {
            place(stage, settings);
        }
        // The minimum size only once the window is mapped: GTK passes it as the window's base size too, and
        // openbox then maps a first window at that minimum instead of its size.
        javafx.event.EventHandler<javafx.stage.WindowEvent> shown = e -> {
            stage.setMinWidth(640);
            stage.setMinHeight(420);
            // Some window managers (openbox) map the first window at its minimum size whatever size was asked
            // for: ask again once it is mapped (a window manager that honoured it sees no change).
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                javafx.application.Platform.runLater(() -> {
                    if (stage.getWidth() < settings.windowWidth() - 1 || stage.getHeight() < settings.windowHeight() - 1) {
                        stage.setWidth(settings.windowWidth());
                        stage.setHeight(settings.windowHeight());
                    }
                });
            }
        };
        if (stage.isShowing()) {
            // Shown before the views were built (the application shows an empty window at once).
            shown.handle(null);
        } else {
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, shown);
        }
        InvalidationListener changed = o -> latest = current();
        stage.xProperty().addListener(changed);
        stage.yProperty().addListener(changed);
        stage.widthProperty().addListener(changed);
        stage.heightProperty().addListener(changed);
        stage.maximizedProperty().addListener(changed);
        model.viewpointProperty().addListener(changed);
        model.sidePanelWidthProperty().addListener(changed);
        model.languageProperty().addListener(changed);
    }

    /** Gives a stage its size, place (where it is on a screen) and maximised state from the settings. */
    public static void place(Stage stage, AppSettings settings) {
        // The size is given to the stage itself, not only to its scene: some window managers (openbox)
        // otherwise map the window at its minimum size.
        stage.setWidth(settings.windowWidth());
        stage.setHeight(settings.windowHeight());
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

    /** Writes the window's geometry, the view and the language now (atomically), and returns them. FX thread. */
    public AppSettings saveSettings() {
        latest = current();
        saveLatest();
        return latest;
    }

    /**
     * Writes the settings as they were after the last change; safe from any thread, so that a shutdown hook
     * can keep the view when the atlas is ended without closing its window.
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
                model.setStatus(StatusMessage.warning("status.settingsSaveFailed", e.getMessage()));
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
        MapViewpoint v = model.viewpoint();
        if (v != null) {
            settings = settings.withView(v.lon(), v.lat(), v.zoom());
        }
        return settings.withLanguage(model.language()).withPanelWidth(model.sidePanelWidthProperty().get());
    }
}
