package org.briatlas.panels;

import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.briatlas.layers.LayerStyle;
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
            box.setGraphic(swatch(layer));
            box.setAlignment(Pos.CENTER_LEFT);
            subscriptions.now(model.visibleProperty(layer), box::setSelected);
            box.selectedProperty().addListener((o, was, now) -> model.setVisible(layer, now));
            boxes.put(layer, box);
            getChildren().add(box);
        }
        subscriptions.now(model.content().dataProperty(), this::update);
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    private void update(AtlasData data) {
        Map<AtlasLayer, Integer> counts = data.counts();
        boxes.forEach((layer, box) -> {
            box.setText(String.format(text.getString("legend.entry"), text.getString("layer." + layer.id()),
                    counts.get(layer)));
            // A narrow panel cuts long names short; the whole name is on hover.
            box.setTooltip(new javafx.scene.control.Tooltip(box.getText()));
        });
    }

    /** A small picture of the layer as the map draws it. */
    static Canvas swatch(AtlasLayer layer) {
        return swatch(layer, 1);
    }

    /** The layer's picture, {@code scale} times the legend's size (drawn at that size, not stretched). */
    static Canvas swatch(AtlasLayer layer, double scale) {
        Canvas c = new Canvas(34 * scale, 14 * scale);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        LayerStyle style = LayerStyle.of(layer);
        if (layer.isChannel() || layer == AtlasLayer.USER) {
            g.setLineCap(StrokeLineCap.ROUND);
            g.setStroke(Color.web("#ffffff", 0.8));
            g.setLineWidth(style.width() + 2.5);
            g.strokeLine(3, 7, 31, 7);
            g.setStroke(style.color());
            g.setLineWidth(style.width());
            g.setLineDashes(style.dash());
            g.strokeLine(3, 7, 31, 7);
        } else {
            String kind = switch (layer) {
                case CONFUCIUS -> "confucius-institute";
                case ECOMMERCE -> "ecommerce-site";
                default -> "border-crossing";
            };
            org.briatlas.layers.Symbols.draw(g, LayerStyle.symbol(kind), 17, 7, 5, style.color());
        }
        return c;
    }
}
