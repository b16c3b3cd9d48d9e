package org.briatlas.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;

import java.util.ResourceBundle;

/**
 * A key drawn over the map in presentation mode, when the side panel's legend is folded away: the
 * year's country shading, and the layers that show, each with its line or symbol as the map draws it,
 * at the presentation's size. Follows the year and the visible layers (a tour stop changes them).
 * FX thread only.
 */
public final class MapKey extends VBox {

    private final AtlasModel state;
    private final ResourceBundle text;
    private final double scale;
    private final Subscriptions subscriptions = new Subscriptions();

    /**
     * @param scale size of the lines and symbols relative to the side panel's legend
     */
    public MapKey(AtlasModel state, ResourceBundle text, double scale) {
        super(4);
        this.state = state;
        this.text = text;
        this.scale = scale;
        setId("map-key");
        getStyleClass().add("map-key");
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (AtlasLayer l : AtlasLayer.values()) {
            subscriptions.invalid(this::update, state.visibleProperty(l));
        }
        subscriptions.invalid(this::update, state.content().dataProperty(), state.yearProperty());
        subscriptions.list(state.content().userLayers(), c -> update());
        update();
    }

    /** Stops following the state (call when the key is taken off the map). */
    public void dispose() {
        subscriptions.dispose();
    }

    private void update() {
        getChildren().clear();
        // The country shading first: it colours the most of the map.
        Label shading = new Label(String.format(java.util.Locale.ROOT, text.getString("shade.title"), state.year()));
        shading.setId("map-key-shading");
        javafx.scene.layout.FlowPane classes = new javafx.scene.layout.FlowPane(10, 2);
        classes.setPrefWrapLength(300 * scale);
        for (int c = 0; c <= org.briatlas.analysis.TradeByCountry.BREAKS.length; c++) {
            javafx.scene.shape.Rectangle swatch = org.briatlas.fx.Swatches.shade(c, 16 * scale, 10 * scale);
            classes.getChildren().add(new Label(text.getString("shade.class." + c), swatch));
        }
        getChildren().addAll(shading, classes, new javafx.scene.control.Separator());
        AtlasData data = state.content().data();
        java.util.List<Label> rows = new java.util.ArrayList<>();
        for (AtlasLayer l : AtlasLayer.values()) {
            boolean empty = data == null || data.counts().getOrDefault(l, 0) == 0;
            if (l == AtlasLayer.USER) {
                // Each of the user's layers shown, by its name, in its own style (the top of the order first).
                java.util.List<org.briatlas.model.UserLayer> mine = new java.util.ArrayList<>(
                        state.content().userLayers());
                java.util.Collections.reverse(mine);
                for (org.briatlas.model.UserLayer u : mine) {
                    if (state.isVisible(l) && u.visible()) {
                        Label row = new Label(u.name(), org.briatlas.fx.Swatches.of(u.style(), scale));
                        row.setId("map-key-user-" + u.id());
                        rows.add(row);
                    }
                }
            } else if (state.isVisible(l) && !empty) {
                Label row = new Label(text.getString("layer." + l.id()), org.briatlas.fx.Swatches.of(l, scale));
                row.setId("map-key-" + l.id());
                rows.add(row);
            }
        }
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        // Many layers go in two columns: a short key leaves more of the map in view (K hides it).
        int columns = rows.size() > 4 ? 2 : 1;
        int perColumn = (rows.size() + columns - 1) / columns;
        for (int i = 0; i < rows.size(); i++) {
            grid.add(rows.get(i), i / Math.max(1, perColumn), i % Math.max(1, perColumn));
        }
        getChildren().add(grid);
        // Routes drawn faint in this year: the key says why.
        int y = state.year();
        boolean notYet = java.util.Arrays.stream(AtlasLayer.values()).filter(l -> l.isShipped() && state.isVisible(l))
                .flatMap(l -> data.layer(l).stream()).anyMatch(f -> f.openedYear().orElse(Integer.MIN_VALUE) > y);
        if (notYet) {
            javafx.scene.canvas.Canvas faint = org.briatlas.fx.Swatches.of(AtlasLayer.RAILWAY, scale);
            faint.setOpacity(org.briatlas.carto.ThematicStyle.NOT_YET_OPEN_ALPHA);
            Label row = new Label(String.format(java.util.Locale.ROOT, text.getString("key.notYetOpen"), y), faint);
            row.setId("map-key-not-yet-open");
            getChildren().add(row);
        }

    }
}
