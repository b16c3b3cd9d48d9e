package org.briatlas.panels;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.briatlas.fx.Swatches;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The legend: one row per layer with its line or symbol as drawn on the map, its name and its feature
 * count, and a check box that shows or hides it. Reads and writes {@link AtlasModel}. FX thread only.
 */
public final class LegendPanel extends VBox {

    private final ResourceBundle text;
    private final Map<AtlasLayer, CheckBox> boxes = new EnumMap<>(AtlasLayer.class);
    private final Subscriptions subscriptions = new Subscriptions();

    public LegendPanel(AtlasModel model, ResourceBundle text) {
        super(3);
        this.text = text;
        setId("legend");
        getStyleClass().add("legend");
        for (AtlasLayer layer : AtlasLayer.values()) {
            CheckBox box = new CheckBox();
            box.setId("legend-" + layer.id());
            box.setGraphic(Swatches.of(layer, 1));
            box.setAlignment(Pos.CENTER_LEFT);
            // Long names (and Russian ones) wrap instead of being cut.
            box.setWrapText(true);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            subscriptions.now(model.visibleProperty(layer), box::setSelected);
            box.selectedProperty().addListener((o, was, now) -> model.setVisible(layer, now));
            boxes.put(layer, box);
            getChildren().add(box);
        }
        subscriptions.now(model.content().dataProperty(), this::update);
        notYet.setId("legend-not-yet-open");
        notYet.setWrapText(true);
        notYet.getStyleClass().add("muted");
        subscriptions.invalid(() -> showNotYet(model), model.yearProperty(), model.content().dataProperty());
        showNotYet(model);
        // Rows in the model's drawing order.
        subscriptions.list(model.layerOrder(), c -> {
            getChildren().setAll(model.layerOrder().stream().map(boxes::get).toList());
            showNotYet(model);
        });
    }

    private final javafx.scene.control.Label notYet = new javafx.scene.control.Label();

    /** Under the rows, when the year is before some routes opened: why they are faint. */
    private void showNotYet(AtlasModel model) {
        int y = model.year();
        long n = java.util.Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped)
                .flatMap(l -> model.content().data().layer(l).stream())
                .filter(f -> f.openedYear().orElse(Integer.MIN_VALUE) > y).count();
        notYet.setText(String.format(java.util.Locale.ROOT, text.getString("legend.notYetOpen"), n, y));
        getChildren().remove(notYet);
        if (n > 0) {
            getChildren().add(notYet);
        }
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    private void update(AtlasData data) {
        Map<AtlasLayer, Integer> counts = data.counts();
        boxes.forEach((layer, box) -> {
            box.setText(String.format(java.util.Locale.ROOT, text.getString("legend.entry"), text.getString("layer." + layer.id()),
                    counts.get(layer)));
            // A narrow panel cuts long names short; the whole name is on hover.
            org.briatlas.fx.Tips.set(box, box.getText());
        });
    }
}
