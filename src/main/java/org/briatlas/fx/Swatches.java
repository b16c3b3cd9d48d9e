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

    /**
     * A picture of a user's layer style, {@code scale} times the legend's size: its line, its fill and its
     * point's colour, at the layer's opacity.
     */
    public static javafx.scene.Node of(org.briatlas.model.LayerStyle s, double scale) {
        javafx.scene.paint.Color line = FxSurface.colour(0xff000000 | s.colour());
        javafx.scene.shape.Rectangle fill = new javafx.scene.shape.Rectangle(14 * scale, 10 * scale,
                FxSurface.colour(0xff000000 | s.fill()).deriveColor(0, 1, 1, Math.max(0.15, s.fillOpacity())));
        fill.setStroke(line);
        javafx.scene.shape.Line stroke = new javafx.scene.shape.Line(0, 0, 14 * scale, 0);
        stroke.setStroke(line);
        stroke.setStrokeWidth(Math.min(4, s.width()) * scale);
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(Math.min(6, s.pointSize()) * scale, line);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(3 * scale, stroke, fill, dot);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setOpacity(s.opacity());
        return box;
    }
}
