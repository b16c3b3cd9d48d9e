package org.briatlas.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.ResourceBundle;

/**
 * Alerts of the atlas's windows: titled with the atlas's name in the interface language (JavaFX's own titles,
 * "Confirmation", "Warning", "Error", are English in a Chinese or Russian window) and owned by the window.
 * FX thread.
 */
public final class Alerts {

    private Alerts() {
    }

    /** An alert of the type with the text and buttons (the type's own buttons where none are given). */
    public static Alert of(Alert.AlertType type, ResourceBundle text, Window owner, String content,
                           ButtonType... buttons) {
        Alert a = new Alert(type, content, buttons);
        a.setTitle(text.getString("app.title"));
        if (owner != null) {
            a.initOwner(owner);
        }
        return a;
    }
}
