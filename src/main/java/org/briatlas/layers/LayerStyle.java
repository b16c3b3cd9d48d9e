package org.briatlas.layers;

import javafx.scene.paint.Color;
import org.briatlas.model.AtlasLayer;

/**
 * How each thematic layer is drawn: a colour per channel that reads on the muted base map, a width
 * and a dash pattern per kind of line, and a symbol per kind of place. Logical pixels. Immutable.
 */
public record LayerStyle(Color color, double width, double[] dash) {

    /** Symbols for point features. */
    public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE, STAR, RING }

    public static LayerStyle of(AtlasLayer layer) {
        org.briatlas.carto.ThematicStyle t = org.briatlas.carto.ThematicStyle.of(layer);
        java.awt.Color c = t.color();
        return new LayerStyle(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()), t.width(), t.dash());
    }

    /** The symbol for a point of a given kind (see {@link org.briatlas.carto.ThematicStyle#symbol}). */
    public static Symbol symbol(String kind) {
        return Symbol.valueOf(org.briatlas.carto.ThematicStyle.symbol(kind).name());
    }

    /** Radius of a point symbol; hubs and ports are drawn larger than stations. */
    public static double symbolRadius(String kind) {
        return org.briatlas.carto.ThematicStyle.symbolRadius(kind);
    }
}
