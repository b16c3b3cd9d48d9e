package org.briatlas.panels;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.briatlas.state.AtlasModel;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The workspace's bookmarks: add the map's view, fly to one, rename, reorder and delete them. A view of the
 * model's workspace. FX thread only.
 */
public final class BookmarksPanel extends TitledPane {

    private final AtlasModel model;
    private final ResourceBundle text;

    public BookmarksPanel(AtlasModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        setText(t("bookmarks"));
        setId("planner-bookmarks-pane");
        setExpanded(false);
        setContent(content());
    }

    private String t(String key) {
        return text.getString(key);
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        return l;
    }

    private VBox content() {
        javafx.scene.control.ListView<org.briatlas.model.Workspace.Bookmark> list = new javafx.scene.control.ListView<>(
                model.workspace().bookmarks());
        list.setId("planner-bookmarks");
        list.setPrefHeight(140);
        list.setPlaceholder(muted(t("bookmarks.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(org.briatlas.model.Workspace.Bookmark b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.workspace().flyTo(list.getSelectionModel().getSelectedItem());
            }
        });
        Button add = new Button(t("bookmarks.add"));
        add.setId("bookmarks-add");
        add.setOnAction(e -> model.workspace().addBookmark(String.format(Locale.ROOT, t("bookmark.defaultName"),
                model.workspace().bookmarks().size() + 1)));
        Button go = new Button(t("bookmarks.go"));
        go.setId("bookmarks-go");
        go.setOnAction(e -> {
            var b = list.getSelectionModel().getSelectedItem();
            if (b != null) {
                model.workspace().flyTo(b);
            }
        });
        TextField name = new TextField();
        name.setId("bookmarks-name");
        name.setPromptText(t("bookmarks.rename"));
        name.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            model.workspace().renameBookmark(i, name.getText());
            list.getSelectionModel().select(i);
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, b) -> name.setText(b == null ? "" : b.name()));
        Button up = new Button("\u2191");
        up.setId("bookmarks-up");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button("\u2193");
        down.setId("bookmarks-down");
        down.setOnAction(e -> move(list, 1));
        Button delete = new Button(t("bookmarks.delete"));
        delete.setId("bookmarks-delete");
        delete.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                model.workspace().bookmarks().remove(i);
            }
        });
        return new VBox(6, new FlowPane(6, 4, add, go, up, down, delete), name, list, muted(t("bookmarks.note")));
    }

    private void move(javafx.scene.control.ListView<?> list, int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int to = i + by;
        if (i >= 0 && to >= 0 && to < model.workspace().bookmarks().size()) {
            model.workspace().moveBookmark(i, to);
            list.getSelectionModel().select(to);
        }
    }

}
