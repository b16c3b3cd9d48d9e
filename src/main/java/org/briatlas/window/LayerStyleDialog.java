package org.briatlas.window;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Edits how one of the user's layers is drawn: line colour and width, fill colour and opacity, the layer's
 * opacity, point size and symbol, and categories by a property's values (chosen among the properties its
 * features have). The map shows each change at once; Cancel puts the style back. FX thread only.
 */
final class LayerStyleDialog {

    private LayerStyleDialog() {
    }

    /** The properties of a layer's features (the first 2,000 looked at), in the order met. */
    static List<String> properties(UserLayer l) {
        Set<String> names = new LinkedHashSet<>();
        List<AtlasFeature> fs = l.features();
        for (int i = 0; i < Math.min(2000, fs.size()); i++) {
            for (Map.Entry<String, Object> e : fs.get(i).properties().entrySet()) {
                if (!(e.getValue() instanceof Map) && !(e.getValue() instanceof List) && names.size() < 200) {
                    names.add(e.getKey());
                }
            }
        }
        return List.copyOf(names);
    }

    private static Color fx(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Shows the dialog; the style chosen, or empty when cancelled. */
    static Optional<LayerStyle> edit(Window owner, ResourceBundle text, UserLayer layer,
                                     java.util.function.Consumer<LayerStyle> preview) {
        LayerStyle start = layer.style();
        Dialog<LayerStyle> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(String.format(Locale.ROOT, text.getString("style.title"), layer.name()));
        d.getDialogPane().setId("layer-style");
        // Buttons in the interface language (JavaFX's own are not translated into every language the atlas has).
        ButtonType ok = new ButtonType(text.getString("style.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.getString("status.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, cancel);
        ColorPicker colour = new ColorPicker(fx(start.colour()));
        colour.setId("style-colour");
        colour.setPrefWidth(170);
        colour.setStyle("-fx-color-label-visible: false;");
        Spinner<Double> width = new Spinner<>(0.5, 12, start.width(), 0.5);
        width.setId("style-width");
        width.setEditable(true);
        ColorPicker fill = new ColorPicker(fx(start.fill()));
        fill.setId("style-fill");
        fill.setPrefWidth(170);
        fill.setStyle("-fx-color-label-visible: false;");
        Slider fillOpacity = new Slider(0, 1, start.fillOpacity());
        fillOpacity.setId("style-fill-opacity");
        Slider opacity = new Slider(0.1, 1, start.opacity());
        opacity.setId("style-opacity");
        Spinner<Double> size = new Spinner<>(1.5, 20, start.pointSize(), 0.5);
        size.setId("style-point-size");
        size.setEditable(true);
        ComboBox<LayerStyle.Symbol> symbol = new ComboBox<>();
        symbol.setId("style-symbol");
        symbol.getItems().setAll(LayerStyle.Symbol.values());
        symbol.setValue(start.symbol());
        symbol.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(LayerStyle.Symbol s) {
                return s == null ? "" : text.getString("style.symbol." + s.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public LayerStyle.Symbol fromString(String s) {
                return null;
            }
        });
        ComboBox<String> category = new ComboBox<>();
        category.setId("style-category");
        String none = text.getString("style.category.none");
        category.getItems().add(none);
        category.getItems().addAll(properties(layer));
        category.setValue(start.categoryProperty() == null ? none : start.categoryProperty());
        Label categories = new Label();
        categories.setId("style-categories");
        categories.setWrapText(true);
        categories.setMaxWidth(360);

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        int row = 0;
        g.addRow(row++, new Label(text.getString("style.colour")), colour);
        g.addRow(row++, new Label(text.getString("style.width")), width);
        g.addRow(row++, new Label(text.getString("style.fill")), fill);
        g.addRow(row++, new Label(text.getString("style.fillOpacity")), fillOpacity);
        g.addRow(row++, new Label(text.getString("style.opacity")), opacity);
        g.addRow(row++, new Label(text.getString("style.pointSize")), size);
        g.addRow(row++, new Label(text.getString("style.symbol")), symbol);
        g.addRow(row++, new Label(text.getString("style.category")), category);
        javafx.scene.layout.FlowPane swatches = new javafx.scene.layout.FlowPane(10, 4);
        swatches.setId("style-category-swatches");
        swatches.setPrefWrapLength(360);
        g.add(categories, 0, row++, 2, 1);
        g.add(swatches, 0, row, 2, 1);
        d.getDialogPane().setContent(g);

        java.util.function.Supplier<LayerStyle> current = () -> {
            String p = category.getValue() == null || category.getValue().equals(none) ? null : category.getValue();
            Map<String, Integer> given = p != null && p.equals(start.categoryProperty()) ? start.categories()
                    : new LinkedHashMap<>();
            return new LayerStyle(rgb(colour.getValue()), width.getValue(), rgb(fill.getValue()),
                    fillOpacity.getValue(), opacity.getValue(), size.getValue(), symbol.getValue(), p, given);
        };
        Runnable changed = () -> {
            LayerStyle s = current.get();
            Map<String, Integer> c = s.categoryColours(layer.features(), 12);
            StringBuilder sb = new StringBuilder();
            c.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k.isEmpty() ? "—" : k));
            categories.setText(s.categoryProperty() == null ? "" : String.format(Locale.ROOT,
                    text.getString("style.categories"), sb));
            // Each value with its colour as it will be drawn.
            swatches.getChildren().clear();
            c.forEach((k, v) -> {
                Label l = new Label(k.isEmpty() ? "—" : k);
                l.setGraphic(new javafx.scene.shape.Rectangle(14, 14, fx(v)));
                swatches.getChildren().add(l);
            });
            preview.accept(s);
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        colour.valueProperty().addListener(o -> changed.run());
        width.valueProperty().addListener(o -> changed.run());
        fill.valueProperty().addListener(o -> changed.run());
        fillOpacity.valueProperty().addListener(o -> changed.run());
        opacity.valueProperty().addListener(o -> changed.run());
        size.valueProperty().addListener(o -> changed.run());
        symbol.valueProperty().addListener(o -> changed.run());
        category.valueProperty().addListener(o -> changed.run());
        d.setResultConverter(b -> b == ok ? current.get() : null);
        changed.run();
        Optional<LayerStyle> result = d.showAndWait();
        if (result.isEmpty()) {
            preview.accept(start);
        }
        return result;
    }
}
