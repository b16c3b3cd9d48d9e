package org.briatlas.app;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.i18n.Messages;
import org.briatlas.io.SettingsStore;
import org.briatlas.model.AppSettings;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.briatlas.state.AtlasContent;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.AtlasSources;
import org.briatlas.state.OwnData;
import org.briatlas.state.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, done when (in the window): three files of three formats dropped on the window, styled in the
 * style dialog, one hidden and one moved in the Your layers list, bookmarks and a workspace saved; the session
 * ends without closing (as kill -9 ends it: nothing but the autosave is left); the next window offers the
 * recovery, and after Recover everything is as it was.
 */
class OwnDataWindowTest extends WindowTestBase {

    @TempDir
    Path files;

    @Test
    void threeFormatsStyledSavedAndRecoveredAfterACrash() throws Exception {
        Path autosave = files.resolve("cache/autosave-workspace.json");
        Files.createDirectories(autosave.getParent());
        fx(() -> model.workspace().autosaveTo(autosave));
        List<Path> data = OwnData.write(files.resolve("data"));
        // What a drop of the three files on the window does.
        fx(() -> org.briatlas.window.LayerFiles.open(model, Messages.bundle("en"), data.stream().map(Path::toFile)
                .toList()));
        waitUntil(() -> onFx(() -> model.userLayers().list().size()) == 3);
        ListView<UserLayer> list = node("#user-layers-list");
        assertEquals(List.of("schools", "trip", "zone"), onFx(() -> list.getItems().stream().map(UserLayer::name)
                .toList()), "the top of the drawing order first");

        // The schools styled in the dialog: squares of 7 px, coloured by their type.
        fx(() -> list.getSelectionModel().select(0));
        Button style = node("#user-layers-style");
        Platform.runLater(style::fire);
        waitUntil(() -> dialog("layer-style") != null);
        DialogPane pane = dialog("layer-style");
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> category = (ComboBox<String>) pane.lookup("#style-category");
            category.setValue("type");
            @SuppressWarnings("unchecked")
            ComboBox<LayerStyle.Symbol> symbol = (ComboBox<LayerStyle.Symbol>) pane.lookup("#style-symbol");
            symbol.setValue(LayerStyle.Symbol.SQUARE);
            @SuppressWarnings("unchecked")
            Spinner<Double> size = (Spinner<Double>) pane.lookup("#style-point-size");
            size.getValueFactory().setValue(7.0);
        });
        assertTrue(onFx(() -> ((javafx.scene.control.Label) pane.lookup("#style-categories")).getText())
                .contains("school"), "the categories are listed");
        fx(() -> ((Button) pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .map(pane::lookupButton).findFirst().orElseThrow()).fire());
        LayerStyle schools = onFx(() -> model.userLayers().list().get(2).style());
        assertEquals("type", schools.categoryProperty());
        assertEquals(LayerStyle.Symbol.SQUARE, schools.symbol());
        assertEquals(7.0, schools.pointSize());
        // The zone hidden with its check box, the trip moved down under the zone by the Down button.
        String zoneId = onFx(() -> model.userLayers().list().get(0).id());
        CheckBox zoneShown = node("#user-layer-shown-" + zoneId);
        fx(() -> zoneShown.setSelected(false));
        fx(() -> list.getSelectionModel().select(1));
        Button down = node("#user-layers-down");
        fx(down::fire);
        assertEquals(List.of("schools", "zone", "trip"), onFx(() -> list.getItems().stream().map(UserLayer::name)
                .toList()), "the trip moved to the bottom of the list, drawn first");
        fx(() -> {
            model.userLayers().rename(zoneId, "Study areas");
            model.reportViewpoint(new MapViewpoint(131.15, 44.4, 8));
            model.workspace().addBookmark("Suifenhe");
            model.setYear(2016);
            model.select(model.content().data().byId("leg-1").orElseThrow());
        });
        Path saved = files.resolve("lesson.json");
        onFx(() -> {
            model.workspace().save(saved);
            model.workspace().autosaveNow();
            return null;
        });
        List<String> before = onFx(() -> model.userLayers().list().stream().map(l -> l.name() + " " + l.visible()
                + " " + l.style()).toList());

        // The next start, after a kill: a new model and window on the same autosave file.
        Stage next = onFx(Stage::new);
        AtlasModel m = onFx(() -> {
            AtlasModel x = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), Runnable::run, Platform::runLater);
            x.setLanguage("en");
            x.showNamedView(NamedView.HEILONGJIANG, false);
            x.workspace().autosaveTo(autosave);
            x.load();
            return x;
        });
        MainWindow w = onFx(() -> new MainWindow(next, m, new SettingsStore(files.resolve("settings2.json")),
                AppSettings.defaults().withWindow(Double.NaN, Double.NaN, 1200, 800, false)));
        try {
            fx(() -> {
                w.show();
                w.offerRecovery();
            });
            waitUntil(() -> dialog("workspace-recovery") != null);
            DialogPane recovery = dialog("workspace-recovery");
            // Titled in the interface language, not JavaFX's English "Confirmation".
            assertEquals(org.briatlas.i18n.Messages.bundle("en").getString("app.title"),
                    onFx(() -> ((javafx.stage.Stage) recovery.getScene().getWindow()).getTitle()));
            Button recover = onFx(() -> (Button) recovery.getButtonTypes().stream()
                    .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.YES)
                    .map(recovery::lookupButton).findFirst().orElseThrow());
            fx(recover::fire);
            waitUntil(() -> onFx(() -> m.userLayers().list().size()) == 3
                    && onFx(() -> m.content().phase()) != AtlasContent.Phase.LOADING);
            assertEquals(before, onFx(() -> m.userLayers().list().stream().map(l -> l.name() + " " + l.visible()
                    + " " + l.style()).toList()), "names, visibility, styles and order");
            assertEquals(List.of("Suifenhe"), onFx(() -> m.workspace().bookmarks().stream().map(b -> b.name())
                    .toList()));
            assertEquals(2016, (int) onFx(m::year));
            assertEquals("leg-1", onFx(() -> m.selected().id()));
            ListView<UserLayer> shown = onFx(() -> (ListView<UserLayer>) next.getScene().getRoot()
                    .lookup("#user-layers-list"));
            assertEquals(List.of("schools", "Study areas", "trip"), onFx(() -> shown.getItems().stream()
                    .map(UserLayer::name).toList()), "the list shows them again");
        } finally {
            fx(() -> {
                w.views().dispose();
                next.close();
            });
        }
    }
}
