package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;

import java.awt.Color;

/**
 * The colours, widths and dash patterns of the thematic layers, in one place for the window (JavaFX)
 * and for images made without it (Java2D). Logical pixels. Immutable.
 */
public record ThematicStyle(Color color, double width, double[] dash) {

    public static ThematicStyle of(AtlasLayer layer) {
        return switch (layer) {
            case LAND_SEA -> new ThematicStyle(new Color(0x6d4c41), 3.0, new double[]{12, 5});
            case RAILWAY -> new ThematicStyle(new Color(0xc62828), 3.0, null);
            case HIGHWAY -> new ThematicStyle(new Color(0xef6c00), 2.6, null);
            case WATER -> new ThematicStyle(new Color(0x1565c0), 2.6, new double[]{7, 4});
            case AVIATION -> new ThematicStyle(new Color(0x7b1fa2), 1.8, new double[]{2, 5});
            case PIPELINE -> new ThematicStyle(new Color(0x2e7d32), 3.4, null);
            case GRID -> new ThematicStyle(new Color(0xf9a825), 2.4, new double[]{9, 3, 2, 3});
            case CABLE -> new ThematicStyle(new Color(0x00838f), 2.2, new double[]{1, 4});
            case PLACES -> new ThematicStyle(new Color(0x37474f), 1.5, null);
            case CONFUCIUS -> new ThematicStyle(new Color(0xad1457), 1.5, null);
            case ECOMMERCE -> new ThematicStyle(new Color(0x5e35b1), 1.5, null);
            case USER -> new ThematicStyle(new Color(0xd81b60), 2.6, new double[]{6, 3});
        };
    }

    /** Symbols for point features. */
    public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE, STAR, RING }

    /** The symbol for a point of a given kind. */
    public static Symbol symbol(String kind) {
        return switch (kind) {
            case "sea-port", "river-port", "port", "island-port" -> Symbol.SQUARE;
            case "bridge" -> Symbol.DIAMOND;
            case "airport" -> Symbol.TRIANGLE;
            case "hub", "terminal" -> Symbol.RING;
            case "confucius-institute" -> Symbol.STAR;
            default -> Symbol.CIRCLE;
        };
    }

    /** Radius of a point symbol; hubs and ports are drawn larger than stations. */
    public static double symbolRadius(String kind) {
        return switch (kind) {
            case "hub", "sea-port", "island-port", "airport", "confucius-institute" -> 6;
            case "border-crossing", "bridge", "river-port", "terminal" -> 5;
            default -> 4;
        };
    }
}
