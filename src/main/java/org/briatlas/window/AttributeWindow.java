package org.briatlas.window;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.fx.WindowSize;
import org.briatlas.panels.AttributeTable;
import org.briatlas.state.AtlasModel;

import java.util.ResourceBundle;

/**
 * The attribute table's window, owned by the atlas window, open while the model says so. FX thread only.
 */
public final class AttributeWindow {

    private final Stage owner;
    private final ResourceBundle text;
    private final String language;
    private final AtlasModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private Stage stage;
    private AttributeTable table;

    public AttributeWindow(Stage owner, ResourceBundle text, String language, AtlasModel model) {
        this.owner = owner;
        this.text = text;
        this.language = language;
        this.model = model;
        subscriptions.now(model.planner().attributesOpenProperty(), open -> {
            if (open) {
                show();
            } else if (stage != null) {
                stage.hide();
            }
        });
    }

    private void show() {
        if (stage == null) {
            table = new AttributeTable(model, text);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(text.getString("attributes.window"));
            stage.setScene(new Scene(table, 1100, 560));
            FxType.dress(table, owner.getScene(), language);
            WindowSize.open(stage, 1100, 560);
            stage.setOnHidden(e -> model.planner().setAttributesOpen(false));
            // The tour's and the map's keys go on working while the table has the focus.
            stage.getScene().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    stage.hide();
                    e.consume();
                }
            });
        }
        stage.show();
        stage.toFront();
    }

    /** The table, or null until the window first opened (for tests). */
    public AttributeTable table() {
        return table;
    }

    public Stage stage() {
        return stage;
    }

    /** Closes the window and stops following the model (the views are being replaced). */
    public void dispose() {
        subscriptions.dispose();
        if (stage != null) {
            stage.setOnHidden(null);
            stage.hide();
        }
        if (table != null) {
            table.dispose();
        }
    }
}
