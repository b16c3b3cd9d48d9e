package org.briatlas.window;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.fx.Subscriptions;
import org.briatlas.model.UserLayer;
import org.briatlas.state.AtlasModel;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user's layers, top of the drawing order first (as GIS layer lists show them): each with a check box
 * that shows or hides it, a swatch of its style, its name and feature count, and the file, format and
 * problems on hover. Buttons and a context menu add, style, rename, reorder, zoom to, tabulate and close
 * them; files dropped on the window are added too (see {@link #acceptDrops}). FX thread only.
 */
public final class UserLayersPane extends VBox {

    private final AtlasModel model;
    private final ResourceBundle text;
    private final ListView<UserLayer> list = new ListView<>();
    private final Subscriptions subscriptions = new Subscriptions();
    private final Runnable add;
    private final Label empty = new Label();

    /**
     * @param add asks the user for files to add (the toolbar's open dialog)
     */
    public UserLayersPane(AtlasModel model, ResourceBundle text, Runnable add) {
        super(4);
        this.model = model;
        this.text = text;
        this.add = add;
        setId("user-layers");
        list.setId("user-layers-list");
        list.setFixedCellSize(26);
        list.setMinHeight(60);
        list.setCellFactory(v -> new LayerCell());
        empty.setText(text.getString("userLayers.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        list.setPlaceholder(empty);
        subscriptions.list(model.userLayers().list(), c -> refresh());
        refresh();
        Button addButton = button("user-layers-add", "userLayers.add", add);
        Button style = button("user-layers-style", "userLayers.style", () -> chosen(this::style));
        Button up = button("user-layers-up", "userLayers.up", () -> chosen(l -> move(l, +1)));
        Button down = button("user-layers-down", "userLayers.down", () -> chosen(l -> move(l, -1)));
        Button remove = button("user-layers-remove", "userLayers.remove", () -> chosen(l ->
                model.userLayers().remove(l.id())));
        for (Button b : new Button[]{style, up, down, remove}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        // The buttons wrap to a second row rather than widen the side panel.
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(4, 4, addButton, style, up, down, remove);
        getChildren().addAll(list, flow);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setContextMenu(menu());
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(text.getString(key));
        b.setId(id);
        org.briatlas.fx.Tips.set(b, text.getString(key + ".tip"));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ContextMenu menu() {
        MenuItem rename = item("user-layers-rename", "userLayers.rename", this::rename);
        MenuItem style = item("user-layers-style-menu", "userLayers.style", this::style);
        MenuItem zoom = item("user-layers-zoom", "userLayers.zoom", l -> model.userLayers().zoomTo(l.id()));
        MenuItem table = item("user-layers-table", "userLayers.table", l -> {
            model.planner().setAttributesLayer(org.briatlas.model.AtlasLayer.USER);
            model.planner().setAttributesOpen(true);
        });
        MenuItem problems = item("user-layers-problems", "userLayers.problems", l ->
                ProblemsWindow.show(getScene() == null ? null : getScene().getWindow(), text, l.name(),
                        l.problems()));
        MenuItem remove = item("user-layers-close", "userLayers.remove", l -> model.userLayers().remove(l.id()));
        ContextMenu m = new ContextMenu(rename, style, zoom, table, problems, remove);
        m.setOnShowing(e -> {
            UserLayer l = list.getSelectionModel().getSelectedItem();
            m.getItems().forEach(i -> i.setDisable(l == null));
            problems.setDisable(l == null || l.problems().isEmpty());
        });
        return m;
    }

    private MenuItem item(String id, String key, java.util.function.Consumer<UserLayer> action) {
        MenuItem i = new MenuItem(text.getString(key));
        i.setId(id);
        i.setOnAction(e -> chosen(action));
        return i;
    }

    private void chosen(java.util.function.Consumer<UserLayer> action) {
        UserLayer l = list.getSelectionModel().getSelectedItem();
        if (l != null) {
            action.accept(l);
        }
    }

    /** Up in the list is up in the drawing order: later, over the others. */
    private void move(UserLayer l, int by) {
        int at = model.userLayers().list().indexOf(l);
        if (at >= 0) {
            model.userLayers().move(l.id(), at + by);
        }
    }

    private void rename(UserLayer l) {
        TextInputDialog d = new TextInputDialog(l.name());
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(text.getString("userLayers.rename"));
        d.setHeaderText(text.getString("userLayers.rename.header"));
        d.getDialogPane().setId("user-layer-rename");
        d.showAndWait().ifPresent(n -> model.userLayers().rename(l.id(), n));
    }

    private void style(UserLayer l) {
        LayerStyleDialog.edit(getScene() == null ? null : getScene().getWindow(), text, l,
                s -> model.userLayers().setStyle(l.id(), s)).ifPresent(s -> model.userLayers().setStyle(l.id(), s));
    }

    /** The list shows the top of the drawing order first; the selection follows its layer. */
    private void refresh() {
        // Tall enough for every layer up to six, then it scrolls.
        int n = model.userLayers().list().size();
        list.setPrefHeight(26 * Math.max(2, Math.min(6, n)) + 4);
        // The side panel's tabs give way to up to four rows; more scroll.
        list.setMinHeight(26 * Math.max(2, Math.min(4, n)) + 4);
        UserLayer chosen = list.getSelectionModel().getSelectedItem();
        java.util.List<UserLayer> top = new java.util.ArrayList<>(model.userLayers().list());
        java.util.Collections.reverse(top);
        list.getItems().setAll(top);
        if (chosen != null) {
            top.stream().filter(l -> l.id().equals(chosen.id())).findFirst()
                    .ifPresent(l -> list.getSelectionModel().select(l));
        }
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    public ListView<UserLayer> list() {
        return list;
    }

    private final class LayerCell extends ListCell<UserLayer> {
        private final CheckBox shown = new CheckBox();
        private UserLayer layer;

        LayerCell() {
            shown.selectedProperty().addListener((o, was, now) -> {
                if (layer != null && layer.visible() != now) {
                    model.userLayers().setVisible(layer.id(), now);
                }
            });
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && layer != null) {
                    model.userLayers().zoomTo(layer.id());
                }
            });
        }

        @Override
        protected void updateItem(UserLayer l, boolean isEmpty) {
            super.updateItem(l, isEmpty);
            layer = isEmpty ? null : l;
            if (layer == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            shown.setSelected(l.visible());
            shown.setId("user-layer-shown-" + l.id());
            Label name = new Label(String.format(Locale.ROOT, text.getString("legend.entry"), l.name(),
                    l.features().size()));
            name.setMinWidth(0);
            HBox row = new HBox(6, shown, org.briatlas.fx.Swatches.of(l.style(), 1), name);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setTooltip(new Tooltip(String.format(Locale.ROOT, text.getString("userLayers.tip"), l.file(),
                    l.format().id(), l.features().size(), l.problems().size())));
        }
    }
}
