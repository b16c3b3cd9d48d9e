package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;

import java.util.Map;
import java.util.Set;

/**
 * The one style table of the thematic layers, for every surface that draws them (the window, slides,
 * headless renders, legends): a colour, width and dash per layer, a symbol and radius per kind of point,
 * the casing and halo colours, how schematic and not yet opened features are toned down, the country
 * shading classes and the outlines of highlighted and chosen countries. Colours are packed ARGB ints
 * ({@code 0xAARRGGBB}); sizes are logical pixels at weight 1. Immutable; safe on any thread.
 */
public final class ThematicStyle {

    /** How a layer's lines are drawn: colour (ARGB), width and dash pattern (null for solid). */
    public record Line(int colour, double width, double[] dash) {

        public Line {
            dash = dash == null ? null : dash.clone();
        }

        /** The dash pattern (on, off, ...) in logical pixels, or null for a solid line; a copy. */
        @Override
        public double[] dash() {
            return dash == null ? null : dash.clone();
        }
    }

    /** Symbols for point features. */
    public enum Symbol { CIRCLE, SQUARE, DIAMOND, TRIANGLE, STAR, RING }

    /** How a kind of point is drawn: its symbol and its radius in logical pixels. */
    public record Point(Symbol symbol, double radius) {
    }

    // Layer colours: saturated enough to read on the muted base map, and apart from each other in hue so
    // that eight channels drawn together can still be told apart.
    private static final Map<AtlasLayer, Line> LINES = Map.ofEntries(
            // Brown: goods moved over land and sea together, neither a railway red nor a sea blue.
            Map.entry(AtlasLayer.LAND_SEA, new Line(0xff6d4c41, 3.0, new double[]{12, 5})),
            // Red: the railway, the backbone of the corridors, in the strongest colour.
            Map.entry(AtlasLayer.RAILWAY, new Line(0xffc62828, 3.0, null)),
            // Orange: roads, next to the railway in hue but lighter, as road maps draw them.
            Map.entry(AtlasLayer.HIGHWAY, new Line(0xffef6c00, 2.6, null)),
            // Dark blue: rivers and sea lanes, darker than the base map's water so it shows on it.
            Map.entry(AtlasLayer.WATER, new Line(0xff1565c0, 2.6, new double[]{7, 4})),
            // Purple, thin and dotted: air routes are not on the ground.
            Map.entry(AtlasLayer.AVIATION, new Line(0xff7b1fa2, 1.8, new double[]{2, 5})),
            // Green: oil and gas pipelines, the widest line (they are long and few).
            Map.entry(AtlasLayer.PIPELINE, new Line(0xff2e7d32, 3.4, null)),
            // Amber, dash-dot: power lines, the usual yellow of electricity.
            Map.entry(AtlasLayer.GRID, new Line(0xfff9a825, 2.4, new double[]{9, 3, 2, 3})),
            // Teal, dotted: cables, between water blue and pipeline green, fine as a wire.
            Map.entry(AtlasLayer.CABLE, new Line(0xff00838f, 2.2, new double[]{1, 4})),
            // Blue grey: places are the setting of the corridors, not a channel of their own.
            Map.entry(AtlasLayer.PLACES, new Line(0xff37474f, 1.5, null)),
            // Raspberry: the Confucius institutes stand apart from every channel colour.
            Map.entry(AtlasLayer.CONFUCIUS, new Line(0xffad1457, 1.5, null)),
            // Deep violet: e-commerce sites, apart from the institutes' raspberry and the air routes' purple.
            Map.entry(AtlasLayer.ECOMMERCE, new Line(0xff5e35b1, 1.5, null)),
            // Pink, dashed: the user's own layer looks like none of the atlas's layers.
            Map.entry(AtlasLayer.USER, new Line(0xffd81b60, 2.6, new double[]{6, 3})));

    /** Every kind of point in the shipped data (and "port" for users' files), with its symbol and size. */
    private static final Map<String, Point> POINTS = Map.ofEntries(
            // Ports are squares; sea and island ports are the larger gateways.
            Map.entry("sea-port", new Point(Symbol.SQUARE, 6)),
            Map.entry("island-port", new Point(Symbol.SQUARE, 6)),
            Map.entry("river-port", new Point(Symbol.SQUARE, 5)),
            Map.entry("port", new Point(Symbol.SQUARE, 4)),
            Map.entry("bridge", new Point(Symbol.DIAMOND, 5)),
            Map.entry("airport", new Point(Symbol.TRIANGLE, 6)),
            // Hubs and terminals are rings: places where the channels meet.
            Map.entry("hub", new Point(Symbol.RING, 6)),
            Map.entry("terminal", new Point(Symbol.RING, 5)),
            Map.entry("confucius-institute", new Point(Symbol.STAR, 6)),
            Map.entry("border-crossing", new Point(Symbol.CIRCLE, 5)),
            Map.entry("station", new Point(Symbol.CIRCLE, 4)),
            Map.entry("ecommerce-site", new Point(Symbol.CIRCLE, 4)));

    /** Symbol of a kind the table does not name (users' files may hold any kind). */
    private static final Point DEFAULT_POINT = new Point(Symbol.CIRCLE, 4);

    /** Casing under every line: white, a little transparent, so lines stand off the map and each other. */
    public static final int CASING = 0xbfffffff;
    /** Casing width beyond the line's own width. */
    public static final double CASING_EXTRA_WIDTH = 2.5;
    /** Halo of the selected feature: warm yellow, the atlas's selection colour, nearly opaque. */
    public static final int HALO_SELECTED = 0xf2ffd54f;
    /** Halo of the feature under the mouse: white, so it reads as "pointed at", weaker than selected. */
    public static final int HALO_HOVER = 0xe6ffffff;
    /** Halo widths beyond the line's own width. */
    public static final double HALO_SELECTED_EXTRA_WIDTH = 8;
    public static final double HALO_HOVER_EXTRA_WIDTH = 6;
    /** The selected line itself is drawn this much wider. */
    public static final double SELECTED_EXTRA_WIDTH = 1;
    /** Halo of a point: this many pixels around its symbol. */
    public static final double POINT_HALO_PAD = 5;
    /** Outline of point symbols: white, to lift them off lines and the map. */
    public static final int SYMBOL_OUTLINE = 0xffffffff;
    public static final double SYMBOL_OUTLINE_WIDTH = 1.5;
    /** Ring symbols (hubs): a white disc, a thick ring in the layer colour and a dot. */
    public static final double RING_WIDTH = 3;

    /**
     * A schematic geometry (no real alignment known) is drawn broken and lighter, so that nobody reads it
     * as a surveyed route.
     */
    private static final double[] SCHEMATIC_DASH = {3, 5};
    public static final double SCHEMATIC_ALPHA = 0.7;
    /** A feature before the year it opened is drawn faint: planned or being built, not yet operating. */
    public static final double NOT_YET_OPEN_ALPHA = 0.35;

    /**
     * Country shading by trade class, light to strong: an olive ramp (hue about 70°), in the widest gap
     * between the channels' hues (amber grid 40°, green pipelines 123°), so that a shaded country never
     * reads as a corridor: the old yellow-to-red ramp ended in the railways' red. Light and laid on at
     * {@link #SHADE_ALPHA}, it keeps at least 70% of every corridor's contrast, also for deuteranopes
     * (ThematicStyleTest checks both).
     */
    private static final int[] SHADES = {0xfff3f4d8, 0xffe4e8b0, 0xffd0d788, 0xffb8c260, 0xff9ba63c};
    /** Opacity of the shading on the map: the base map's borders and names stay readable through it. */
    public static final double SHADE_ALPHA = 0.4;
    /**
     * Opacity of a shading class in a key: stronger than on the map, because a key's swatch sits on the
     * panel's white instead of the base map's pale land, and must look like the map's shade over land.
     */
    public static final double SHADE_KEY_ALPHA = 0.7;
    /**
     * Outline of the chosen country: dark slate, solid. No corridor is dark slate (the old dark red read as
     * a railway along the Amur), and it is darker than the base map's grey-violet borders.
     */
    public static final int CHOSEN_OUTLINE = 0xff263238;
    public static final double CHOSEN_OUTLINE_WIDTH = 3;
    /** Outline of a country the shown table concerns: the same slate, lighter, dash-dot-dot. */
    public static final int HIGHLIGHT_OUTLINE = 0xd9263238;
    public static final double HIGHLIGHT_OUTLINE_WIDTH = 2;
    /** Dash-dot-dot: a pattern no corridor uses (see the layers' dashes above). */
    private static final double[] HIGHLIGHT_DASH = {10, 3, 2, 3, 2, 3};

    /**
     * Distance between the lines of a bundle (channels sharing a path, drawn side by side), at weight 1:
     * the widest line (3.4) and a gap, so that casings barely touch and each line keeps its colour.
     */
    public static final double BUNDLE_SPACING = 5;

    /** Radius of the symbol in a legend swatch. */
    public static final double SWATCH_SYMBOL_RADIUS = 5;

    private ThematicStyle() {
    }

    /** How a layer's lines are drawn (point layers: the colour of their symbols). */
    public static Line of(AtlasLayer layer) {
        return LINES.get(layer);
    }

    /** The symbol and radius of a kind of point; a small circle for kinds the table does not name. */
    public static Point point(String kind) {
        return POINTS.getOrDefault(kind, DEFAULT_POINT);
    }

    /** True if the table names this kind (rather than falling back to the default circle). */
    public static boolean hasPoint(String kind) {
        return POINTS.containsKey(kind);
    }

    /** Every kind of point the table names. */
    public static Set<String> pointKinds() {
        return POINTS.keySet();
    }

    /** The kind whose symbol stands for a point layer in legends. */
    public static String typicalKind(AtlasLayer layer) {
        return switch (layer) {
            case CONFUCIUS -> "confucius-institute";
            case ECOMMERCE -> "ecommerce-site";
            default -> "border-crossing";
        };
    }

    /** The dash pattern of schematic lines, at weight 1; a copy. */
    public static double[] schematicDash() {
        return SCHEMATIC_DASH.clone();
    }

    /** The dash pattern of a highlighted country's outline; a copy. */
    public static double[] highlightDash() {
        return HIGHLIGHT_DASH.clone();
    }

    /** Number of shading classes. */
    public static int shadeClasses() {
        return SHADES.length;
    }

    /** Opaque fill colour (ARGB) of a shading class, 0 lightest; out-of-range classes are clamped. */
    public static int shade(int shadeClass) {
        return SHADES[Math.max(0, Math.min(SHADES.length - 1, shadeClass))];
    }

    /** An ARGB colour with its alpha multiplied by a factor in 0..1. */
    public static int withAlpha(int argb, double factor) {
        int a = (int) Math.round(((argb >>> 24) & 0xff) * Math.max(0, Math.min(1, factor)));
        return (a << 24) | (argb & 0x00ffffff);
    }
}
