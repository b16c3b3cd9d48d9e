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
        return switch (layer) {
            case LAND_SEA -> new LayerStyle(Color.web("#6d4c41"), 3.0, new double[]{12, 5});
            case RAILWAY -> new LayerStyle(Color.web("#c62828"), 3.0, null);
            case HIGHWAY -> new LayerStyle(Color.web("#ef6c00"), 2.6, null);
            case WATER -> new LayerStyle(Color.web("#1565c0"), 2.6, new double[]{7, 4});
            case AVIATION -> new LayerStyle(Color.web("#7b1fa2"), 1.8, new double[]{2, 5});
            case PIPELINE -> new LayerStyle(Color.web("#2e7d32"), 3.4, null);
            case GRID -> new LayerStyle(Color.web("#f9a825"), 2.4, new double[]{9, 3, 2, 3});
            case CABLE -> new LayerStyle(Color.web("#00838f"), 2.2, new double[]{1, 4});
            case PLACES -> new LayerStyle(Color.web("#37474f"), 1.5, null);
            case CONFUCIUS -> new LayerStyle(Color.web("#ad1457"), 1.5, null);
            case ECOMMERCE -> new LayerStyle(Color.web("#5e35b1"), 1.5, null);
            case USER -> new LayerStyle(Color.web("#d81b60"), 2.6, new double[]{6, 3});
        };
    }

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
