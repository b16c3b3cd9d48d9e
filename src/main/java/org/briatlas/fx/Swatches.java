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

    /** A swatch of a layer, {@code scale} times the side legend's size (drawn at that size, not stretched). */
    public static Canvas of(AtlasLayer layer, double scale) {
        Canvas c = new Canvas(WIDTH * scale, HEIGHT * scale);
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        ThematicPainter.paintSwatch(new FxSurface(g), layer, WIDTH, HEIGHT);
        return c;
    }
}
