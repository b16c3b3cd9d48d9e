package org.briatlas.panels;

import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.fx.FxType;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Messages;
import org.briatlas.state.AtlasModel;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every corridor and place, grouped by layer, with a search field that filters on any of the names.
 * Choosing an entry focuses it (selects it, and the map flies there); a selection made on the map is
 * selected here too. Reads and writes {@link AtlasModel}. FX thread only.
 */
public final class FeatureListPanel extends VBox {

    private final AtlasModel model;
    private final ResourceBundle text;
    private final Subscriptions subscriptions = new Subscriptions();
    /** The most features of one layer the list shows at once. */
    public static final int LIST_LIMIT = 2000;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private boolean syncing;
    /** True while the arrows move the selection: it moves through the list, Enter chooses. */
    private boolean keyboard;

    public FeatureListPanel(AtlasModel model, ResourceBundle text) {
        super(6);
        this.model = model;
        String lang = Messages.language(text);
        this.text = text;
        setId("feature-list");
        search.setId("feature-search");
        search.setPromptText(text.getString("list.search"));
        tree.setId("feature-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            {
                FxType.fit(this);
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : org.briatlas.i18n.Texts.cap(item instanceof AtlasFeature f ? f.name(lang) : item.toString(),
                        200));
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, tree);
        search.textProperty().addListener((o, was, now) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now.getValue() instanceof AtlasFeature f && !keyboard) {
                model.focus(f);
            }
        });
        // From the search field, Down goes into the results; there the arrows move through them and Enter
        // chooses one (a click chooses at once).
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                tree.requestFocus();
                for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                    if (tree.getTreeItem(row).getValue() instanceof AtlasFeature f) {
                        keyboard = true;
                        tree.getSelectionModel().select(row);
                        keyboard = false;
                        tree.getFocusModel().focus(row);
                        tree.scrollTo(Math.max(0, row - 1));
                        if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                            model.focus(f);
                        }
                        break;
                    }
                }
                e.consume();
            }
        });
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                if (tree.getSelectionModel().getSelectedItem() != null
                        && tree.getSelectionModel().getSelectedItem().getValue() instanceof AtlasFeature f) {
                    model.focus(f);
                }
                e.consume();
            } else if (e.getCode().isNavigationKey()) {
                // Until the key is released, a selection that moves is only browsing.
                keyboard = true;
            }
        });
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> keyboard = false);
        subscriptions.now(model.content().dataProperty(), d -> rebuild());
        subscriptions.change(model.selectedProperty(), (was, now) -> selectInTree(now));
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    private void rebuild() {
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        TreeItem<Object> root = new TreeItem<>();
        AtlasData data = model.content().data();
        for (AtlasLayer layer : AtlasLayer.values()) {
            TreeItem<Object> group = new TreeItem<>(text.getString("layer." + layer.id()));
            // A list of a million rows helps nobody and costs the interface thread seconds: the first
            // LIST_LIMIT matches show, and a last row says that the search finds the others.
            java.util.List<TreeItem<Object>> rows = new java.util.ArrayList<>();
            boolean more = false;
            for (AtlasFeature f : data.layer(layer)) {
                if (q.isEmpty() || matches(f, q)) {
                    if (rows.size() == LIST_LIMIT) {
                        more = true;
                        break;
                    }
                    rows.add(new TreeItem<>(f));
                }
            }
            if (more) {
                rows.add(new TreeItem<>(String.format(java.util.Locale.ROOT, text.getString("list.more"),
                        LIST_LIMIT)));
            }
            group.getChildren().setAll(rows);
            group.setExpanded(!q.isEmpty() || layer.isChannel());
            if (!group.getChildren().isEmpty()) {
                root.getChildren().add(group);
            }
        }
        syncing = true;
        tree.setRoot(root);
        syncing = false;
        selectInTree(model.selected());
    }

    private static boolean matches(AtlasFeature f, String q) {
        return f.name("en").toLowerCase(Locale.ROOT).contains(q) || f.name("zh").contains(q)
                || f.name("ru").toLowerCase(Locale.ROOT).contains(q) || f.id().contains(q)
                || f.kind().contains(q);
    }

    private void selectInTree(AtlasFeature f) {
        syncing = true;
        try {
            if (f == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<Object> group : tree.getRoot().getChildren()) {
                for (TreeItem<Object> item : group.getChildren()) {
                    if (item.getValue() == f) {
                        group.setExpanded(true);
                        tree.getSelectionModel().select(item);
                        int row = tree.getRow(item);
                        if (row >= 0) {
                            tree.scrollTo(Math.max(0, row - 3));
                        }
                        return;
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }
}
