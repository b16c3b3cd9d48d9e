package org.briatlas.panels;

import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.map.FxType;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.state.AtlasState;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * Every corridor and place, grouped by layer, with a search field that filters on any of the names.
 * Choosing an entry selects it (and asks the map to fly there); a selection made on the map is
 * selected here too. FX thread only.
 */
public final class FeatureListPanel extends VBox {

    private final AtlasState state;
    private final ResourceBundle text;
    private final TextField search = new TextField();
    private final TreeView<Object> tree = new TreeView<>();
    private boolean syncing;

    /**
     * @param onChoose called when the user picks an entry in the list (not when the map selects)
     */
    public FeatureListPanel(AtlasState state, ResourceBundle text, Consumer<AtlasFeature> onChoose) {
        super(6);
        this.state = state;
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
                        : item instanceof AtlasFeature f ? f.name(DetailsPanel.language(text)) : item.toString());
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(search, tree);
        search.textProperty().addListener((o, was, now) -> rebuild());
        state.dataProperty().addListener((o, was, now) -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now.getValue() instanceof AtlasFeature f) {
                state.selectedProperty().set(f);
                onChoose.accept(f);
            }
        });
        state.selectedProperty().addListener((o, was, now) -> selectInTree(now));
        rebuild();
    }

    private void rebuild() {
        String q = search.getText() == null ? "" : search.getText().trim().toLowerCase(Locale.ROOT);
        TreeItem<Object> root = new TreeItem<>();
        AtlasData data = state.dataProperty().get();
        for (AtlasLayer layer : AtlasLayer.values()) {
            TreeItem<Object> group = new TreeItem<>(text.getString("layer." + layer.id()));
            for (AtlasFeature f : data.layer(layer)) {
                if (q.isEmpty() || matches(f, q)) {
                    group.getChildren().add(new TreeItem<>(f));
                }
            }
            group.setExpanded(!q.isEmpty() || layer.isChannel());
            if (!group.getChildren().isEmpty()) {
                root.getChildren().add(group);
            }
        }
        syncing = true;
        tree.setRoot(root);
        syncing = false;
        selectInTree(state.selectedProperty().get());
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
