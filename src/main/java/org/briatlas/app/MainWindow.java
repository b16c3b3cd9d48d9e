package org.briatlas.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.briatlas.fx.FxType;
import org.briatlas.i18n.Messages;
import org.briatlas.io.SettingsStore;
import org.briatlas.map.AtlasMap;
import org.briatlas.map.FxLabels;
import org.briatlas.model.AppSettings;
import org.briatlas.panels.StatisticsPanel;
import org.briatlas.state.AtlasModel;
import org.briatlas.tour.ClassroomWindows;
import org.briatlas.window.AppToolBar;
import org.briatlas.window.Dialogs;
import org.briatlas.window.KeyBindings;
import org.briatlas.window.PresentationMode;
import org.briatlas.window.SidePanel;
import org.briatlas.window.StatusBar;
import org.briatlas.window.WindowPlacement;

import java.util.ResourceBundle;

/**
 * The atlas window, a composition root: it assembles the views (toolbar, map, side panel, status bar,
 * dialogs, presentation mode, keys, the classroom's windows) over one {@link AtlasModel} and holds nothing
 * else. A change of the model's language rebuilds the views in that language over the same model; the old
 * ones unsubscribe from it and can be collected. FX thread only.
 */
public final class MainWindow {

    private final Stage stage;
    private final AtlasModel model;
    private final WindowPlacement placement;
    private Views views;

    /** The views of one language: built together, disposed together. */
    public static final class Views {
        final AtlasMap map;
        final SidePanel side;
        final AppToolBar toolbar;
        final StatusBar status;
        final Dialogs dialogs;
        final PresentationMode presentation;
        final KeyBindings keys;
        final ClassroomWindows classroom;
        final org.briatlas.window.AttributeWindow attributes;
        final BorderPane window = new BorderPane();
        final javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane();
        final javafx.scene.layout.Region blackout = new javafx.scene.layout.Region();

        Views(Stage stage, AtlasModel model) {
            String language = model.language();
            if ("zh".equals(language)) {
                FxLabels.loadCjkNow();
            }
            ResourceBundle text = Messages.bundle(language);
            map = new AtlasMap(text, language, model);
            side = new SidePanel(model, text, map);
            toolbar = new AppToolBar(model, text, language);
            status = new StatusBar(model, text, language);
            root.setId("root");
            window.setTop(toolbar);
            window.setCenter(side.node());
            window.setBottom(status);
            blackout.setId("black-screen");
            blackout.setStyle("-fx-background-color: black;");
            blackout.visibleProperty().bind(model.blackScreenProperty());
            root.getChildren().addAll(window, blackout);
            FxType.language(root, language);
            stage.setTitle(text.getString("app.title"));
            keys = new KeyBindings(model, map);
            root.addEventHandler(KeyEvent.KEY_PRESSED, keys);
            root.addEventFilter(KeyEvent.KEY_PRESSED, keys::filter);
            org.briatlas.window.LayerFiles.acceptDrops(root, model, text);
            if (stage.getScene() == null) {
                stage.setScene(new Scene(root));
            } else {
                stage.getScene().setRoot(root);
            }
            dialogs = new Dialogs(stage, text, language, model);
            presentation = new PresentationMode(stage, text, model, map);
            classroom = new ClassroomWindows(stage, text, language, model, keys);
            attributes = new org.briatlas.window.AttributeWindow(stage, text, language, model);
        }

        void dispose() {
            blackout.visibleProperty().unbind();
            root.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
            classroom.dispose();
            attributes.dispose();
            presentation.dispose();
            dialogs.dispose();
            status.dispose();
            toolbar.dispose();
            side.dispose();
            map.dispose();
        }

        public Parent root() {
            return root;
        }
    }

    public MainWindow(Stage stage, AtlasModel model, SettingsStore store, AppSettings settings) {
        this.stage = stage;
        this.model = model;
        // The CJK face only for a window in Chinese now; in English and Russian it loads after the start-up,
        // when the first map is drawn (loading it beside the start-up slowed the first map on two cores).
        if ("zh".equals(model.language())) {
            FxLabels.loadCjkNow();
        } else {
            FxLabels.deferCjk();
            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                    javafx.util.Duration.seconds(2));
            later.setOnFinished(e -> FxLabels.loadCjkInBackground());
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> later.play());
        }
        FxLabels.loadBundledFonts();
        org.briatlas.timing.StartupTimeline.mark("fonts");
        // A window shown already (the application's, empty, shown at once) keeps its scene and gets the views.
        if (stage.getScene() == null || !stage.isShowing()) {
            stage.setScene(new Scene(new BorderPane(), settings.windowWidth(), settings.windowHeight()));
        }
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("atlas.css").toExternalForm());
        stage.getProperties().put(MainWindow.class, this);
        views = new Views(stage, model);
        org.briatlas.timing.StartupTimeline.mark("window-built");
        placement = new WindowPlacement(stage, store, settings, model);
        model.languageProperty().addListener((o, was, now) -> rebuild());
    }

    /** Replaces the views with views in the model's language; the view, year, selection and tour stay. */
    private void rebuild() {
        Views old = views;
        old.dispose();
        views = new Views(stage, model);
        placement.saveSettings();
        // After the scene has settled on its new root (it focuses the first control it finds), the map
        // takes the keys again, so that a tour goes on with the arrows.
        AtlasMap map = views.map;
        javafx.application.Platform.runLater(map::requestFocus);
    }

    public void show() {
        boolean early = stage.isShowing();
        stage.show();
        views.map.requestFocus();
        if (early) {
            // Shown before its views (the application's empty window): once the scene has settled on them (it
            // focuses the first control it finds), the map takes the keys, so that the arrows pan.
            AtlasMap map = views.map;
            javafx.application.Platform.runLater(map::requestFocus);
        }
    }

    /** Writes window geometry, the view and the language to the settings file (atomically). */
    public AppSettings saveSettings() {
        return placement.saveSettings();
    }

    /** As {@link #saveSettings()}, with the settings of the last change; safe from a shutdown hook. */
    public void saveLatest() {
        placement.saveLatest();
    }

    /**
     * Asks before closing the atlas with a saved workspace or a tour that has unsaved changes; false if the
     * user cancels.
     */
    public boolean confirmClose() {
        if (!views.toolbar.confirmDiscardWorkspace()) {
            return false;
        }
        if (!model.classroom().draft().dirtyProperty().get()) {
            return true;
        }
        model.classroom().openEditor();
        return views.classroom.editor().close();
    }

    public AtlasModel model() {
        return model;
    }

    /** Offers to recover the workspace a crashed session left, once the atlas's data are read. */
    public void offerRecovery() {
        views.toolbar.offerRecovery();
    }

    public Stage stage() {
        return stage;
    }

    /** The views now on screen (a language switch replaces them). */
    public Views views() {
        return views;
    }

    public AtlasMap map() {
        return views.map;
    }

    /** The statistics panel, once built. */
    public StatisticsPanel statistics() {
        return views.side.statistics();
    }

    /** The side panel's legend (hidden in presentation). */
    public javafx.scene.control.TitledPane legendPane() {
        return views.side.legendPane();
    }

    /** The tour editor window of the views on screen. */
    public org.briatlas.tour.TourEditor tourEditor() {
        return views.classroom.editor();
    }

    /** The attribute table's window of the views on screen. */
    public org.briatlas.window.AttributeWindow attributes() {
        return views.attributes;
    }

    /** The speaker notes window of the views on screen. */
    public org.briatlas.tour.SpeakerNotes speakerNotes() {
        return views.classroom.notes();
    }
}
