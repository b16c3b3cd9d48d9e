package org.briatlas.window;

import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.briatlas.fx.Subscriptions;
import org.briatlas.map.AtlasMap;
import org.briatlas.panels.MapKey;
import org.briatlas.state.AtlasModel;

import java.util.ResourceBundle;

/**
 * Presentation mode on the window, as the model says: full screen, the type at the model's size, the map's
 * place names, lines and symbols enlarged with it, a high-contrast stylesheet, and a key on the map (unless
 * the teacher hid it). Leaving full screen by the window manager's own means leaves presentation too.
 * FX thread only.
 */
public final class PresentationMode {

    private static final String CSS = PresentationMode.class.getResource("/org/briatlas/app/presentation.css")
            .toExternalForm();

    private final Stage stage;
    private final ResourceBundle text;
    private final AtlasModel model;
    private final AtlasMap map;
    private final Subscriptions subscriptions = new Subscriptions();
    private MapKey key;
    /** True once this presentation showed its hint (a change of type size does not show it again). */
    private boolean hinted;

    public PresentationMode(Stage stage, ResourceBundle text, AtlasModel model, AtlasMap map) {
        this.stage = stage;
        this.text = text;
        this.model = model;
        this.map = map;
        ChangeListener<Boolean> fullScreen = (o, was, full) -> {
            if (!full && model.presentingProperty().get()) {
                model.setPresenting(false);
            }
        };
        stage.fullScreenProperty().addListener(fullScreen);
        subscriptions.add(() -> stage.fullScreenProperty().removeListener(fullScreen));
        subscriptions.invalid(this::apply, model.presentingProperty(), model.typeSizeProperty());
        subscriptions.change(model.keyHiddenProperty(), (was, hidden) -> {
            if (key != null) {
                key.setVisible(!hidden);
            }
        });
        apply();
    }

    private void apply() {
        boolean on = model.presentingProperty().get();
        Scene scene = stage.getScene();
        double scale = model.typeSizeProperty().get() / AtlasModel.NORMAL_TYPE;
        if (on) {
            if (!scene.getStylesheets().contains(CSS)) {
                scene.getStylesheets().add(CSS);
            }
            scene.getRoot().setStyle("-fx-font-size: " + model.typeSizeProperty().get() + "px;");
            map.setSymbolScale(scale);
            showKey(scale);
            // The atlas's own hint, not JavaFX's: that one is one line in a fixed box, which a long Russian
            // hint overflowed. Ours wraps inside the map at the presentation's type and fades.
            stage.setFullScreenExitHint("");
            if (!hinted) {
                map.showHint(text.getString("presentation.hint"));
                hinted = true;
            }
            stage.setFullScreen(true);
        } else {
            scene.getStylesheets().remove(CSS);
            scene.getRoot().setStyle("");
            map.setSymbolScale(1);
            showKey(0);
            map.showHint(null);
            hinted = false;
            if (stage.isFullScreen()) {
                stage.setFullScreen(false);
            }
        }
    }

    /** Puts the presentation's key on the map at a scale, or takes it off for 0. */
    private void showKey(double scale) {
        if (key != null) {
            key.dispose();
            key = null;
        }
        if (scale > 0) {
            key = new MapKey(model, text, scale);
            key.setVisible(!model.keyHiddenProperty().get());
        }
        map.setKey(key);
    }

    /** Stops following the model (the window's look stays as it is). */
    public void dispose() {
        subscriptions.dispose();
        if (key != null) {
            key.dispose();
        }
    }
}
