package org.briatlas.map;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where the presentation's key goes on the map: the corner that covers least of the feature the stop is
 * about, shrunk so that it never covers more than a fifth of the map. Corners are tried in a fixed order
 * (bottom left, bottom right, top left, top right) so that the key only moves when it must. Pure arithmetic;
 * safe on any thread.
 */
final class KeyDock {

    /** The largest share of the map's area that the key may cover. */
    static final double MAX_AREA_SHARE = 0.2;
    /** The largest share of the map's width, so that a key never reaches across the map. */
    static final double MAX_WIDTH_SHARE = 0.45;
    /** Distance from the map's edges and from what else sits in a corner. */
    static final double MARGIN = 12;
    /** Screen distance between the samples taken along a route. */
    private static final double SAMPLE_PX = 6;
    private static final int MAX_SAMPLES = 20_000;

    /** The four corners, in the order they are preferred. */
    enum Corner { BOTTOM_LEFT, BOTTOM_RIGHT, TOP_LEFT, TOP_RIGHT }

    /**
     * @param corner the corner chosen
     * @param scale  the key's scale (1 when it fits as it is)
     * @param box    the box it covers on the map, in map pixels, at that scale
     */
    record Placement(Corner corner, double scale, Rectangle2D box) {
    }

    /**
     * What the map has in its corners and edges besides the key, in map pixels.
     *
     * @param top         the height taken at the top (a caption's bottom edge, or 0)
     * @param bottomLeft  the height taken at the bottom left (the scale bar)
     * @param bottomRight the height taken at the bottom right (the attribution)
     */
    record Reserved(double top, double bottomLeft, double bottomRight) {
    }

    private KeyDock() {
    }

    /** The scale at which a key of that size covers at most a fifth of the map and under half its width. */
    static double fit(double keyWidth, double keyHeight, double mapWidth, double mapHeight) {
        if (keyWidth <= 0 || keyHeight <= 0 || mapWidth <= 0 || mapHeight <= 0) {
            return 1;
        }
        double byArea = Math.sqrt(MAX_AREA_SHARE * mapWidth * mapHeight / (keyWidth * keyHeight));
        double byWidth = MAX_WIDTH_SHARE * mapWidth / keyWidth;
        double byHeight = (mapHeight * 0.6) / keyHeight;
        return Math.min(1, Math.min(byArea, Math.min(byWidth, byHeight)));
    }

    /**
     * @param keyWidth  the key's own width, unscaled
     * @param keyHeight the key's own height, unscaled
     * @param feature   the feature the view is about, or null
     * @param view      the map's viewpoint, or null before the map has one
     */
    static Placement place(double keyWidth, double keyHeight, double mapWidth, double mapHeight, Reserved reserved,
                           Geometry feature, MapViewpoint view) {
        double scale = fit(keyWidth, keyHeight, mapWidth, mapHeight);
        double w = keyWidth * scale;
        double h = keyHeight * scale;
        double[][] samples = feature == null || view == null ? new double[0][]
                : samples(feature, view, mapWidth, mapHeight);
        Placement best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Corner c : Corner.values()) {
            Rectangle2D box = box(c, w, h, mapWidth, mapHeight, reserved);
            int cost = 0;
            // A corner where the key would run into the caption or off the map is the last resort.
            if (box.getMinY() < (c == Corner.TOP_LEFT || c == Corner.TOP_RIGHT ? reserved.top() : 0)
                    || box.getMaxY() > mapHeight) {
                cost = MAX_SAMPLES + 1;
            }
            Rectangle2D padded = new Rectangle2D.Double(box.getX() - MARGIN, box.getY() - MARGIN,
                    box.getWidth() + 2 * MARGIN, box.getHeight() + 2 * MARGIN);
            for (double[] p : samples) {
                if (padded.contains(p[0], p[1])) {
                    cost++;
                }
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = new Placement(c, scale, box);
            }
        }
        return best;
    }

    private static Rectangle2D box(Corner c, double w, double h, double mapWidth, double mapHeight, Reserved r) {
        return switch (c) {
            case BOTTOM_LEFT -> new Rectangle2D.Double(MARGIN, mapHeight - r.bottomLeft() - MARGIN - h, w, h);
            case BOTTOM_RIGHT -> new Rectangle2D.Double(mapWidth - MARGIN - w, mapHeight - r.bottomRight() - MARGIN - h,
                    w, h);
            case TOP_LEFT -> new Rectangle2D.Double(MARGIN, Math.max(r.top(), 0) + MARGIN, w, h);
            case TOP_RIGHT -> new Rectangle2D.Double(mapWidth - MARGIN - w, Math.max(r.top(), 0) + MARGIN, w, h);
        };
    }

    /** Points along the feature every few pixels, in map pixels; those off the map are left out. */
    static double[][] samples(Geometry g, MapViewpoint view, double mapWidth, double mapHeight) {
        double world = WebMercator.worldSize(view.zoom());
        double cx = WebMercator.x(view.lon()) * world - mapWidth / 2;
        double cy = WebMercator.y(view.lat()) * world - mapHeight / 2;
        List<double[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries() && out.size() < MAX_SAMPLES; i++) {
            Coordinate[] cs = g.getGeometryN(i).getCoordinates();
            double px = Double.NaN;
            double py = Double.NaN;
            for (Coordinate c : cs) {
                double x = WebMercator.x(c.x) * world - cx;
                double y = WebMercator.y(c.y) * world - cy;
                if (!Double.isNaN(px)) {
                    int steps = (int) Math.min(2000, Math.ceil(Math.hypot(x - px, y - py) / SAMPLE_PX));
                    for (int s = 1; s < steps && out.size() < MAX_SAMPLES; s++) {
                        add(out, px + (x - px) * s / steps, py + (y - py) * s / steps, mapWidth, mapHeight);
                    }
                }
                add(out, x, y, mapWidth, mapHeight);
                px = x;
                py = y;
            }
        }
        return out.toArray(new double[0][]);
    }

    private static void add(List<double[]> out, double x, double y, double w, double h) {
        if (x >= 0 && y >= 0 && x <= w && y <= h && out.size() < MAX_SAMPLES) {
            out.add(new double[]{x, y});
        }
    }
}
