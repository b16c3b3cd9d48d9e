package org.briatlas.fx;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.briatlas.carto.ThematicPainter;
import org.briatlas.model.AtlasLayer;

/**
 * Legend swatches for JavaFX views: a small canvas with a layer's line or symbol as the map draws it,
 * painted by {@link ThematicPainter#paintSwatch}. FX thread only.
 */
public final class Swatches {

    /** Size of a swatch at scale 1, logical pixels. */
    public static final double WIDTH = 34;
    public static final double HEIGHT = 14;

    private Swatches() {
    }

    /** The key's swatch of a shading class of the trade figures, as the map shades a country. */
    public static javafx.scene.shape.Rectangle shade(int shadeClass, double width, double height) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(width, height, FxSurface.colour(
                org.briatlas.carto.ThematicStyle.withAlpha(org.briatlas.carto.ThematicStyle.shade(shadeClass),
                        org.briatlas.carto.ThematicStyle.SHADE_KEY_ALPHA)));
        r.setStroke(javafx.scene.paint.Color.web("#9e9e9e"));
        return r;
    }

    /** A swatch of a layer, {@code scale} times the side legend's size (drawn at that size, not stretched). */
    public static Canvas of(AtlasLayer layer, double scale) {
        Canvas c = new Canvas(WIDTH * scale, HEIGHT * scale);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        ThematicPainter.paintSwatch(new FxSurface(g), layer, WIDTH, HEIGHT);
        return c;
    }
}
