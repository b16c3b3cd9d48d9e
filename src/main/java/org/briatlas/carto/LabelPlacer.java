package org.briatlas.carto;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which base-map labels to show in a view, and where, so that no two labels and no label and a
 * city dot ever overlap. Labels are taken in order of importance; a city tries six positions around its
 * dot, a water name is centred on its anchor. Pure function of its inputs; safe on any thread.
 */
public final class LabelPlacer {

    /** Radius of a city dot, logical pixels. */
    public static final double DOT_RADIUS = 2.6;
    private static final double GAP = 3;
    private static final double PADDING = 2;

    /** Projects longitude and latitude to view pixels. */
    @FunctionalInterface
    public interface Projector {
        /** Writes x and y into {@code out}; returns false if the point cannot be projected. */
        boolean project(double lon, double lat, double[] out);
    }

    private LabelPlacer() {
    }

    /**
     * @param labels    every label the base map has
     * @param zoom      the view's zoom; decides which ranks are offered
     * @param projector view pixels of a longitude and latitude
     * @param width     view width in pixels
     * @param height    view height in pixels
     */
    public static List<PlacedLabel> place(List<PlaceLabel> labels, double zoom, Projector projector,
                                          double width, double height, TextMeasurer measurer) {
        return place(labels, zoom, projector, width, height, measurer, List.of());
    }

    /**
     * As {@link #place(List, double, Projector, double, double, TextMeasurer)}, keeping every label and dot off
     * {@code obstacles}: boxes in view pixels where something else is drawn over the map (the scale bar, the
     * attribution, a key, a caption).
     */
    public static List<PlacedLabel> place(List<PlaceLabel> labels, double zoom, Projector projector,
                                          double width, double height, TextMeasurer measurer,
                                          List<? extends Rectangle2D> obstacles) {
        List<PlaceLabel> offered = new ArrayList<>();
        for (PlaceLabel l : labels) {
            if (zoom + 1e-9 >= l.minZoom()) {
                offered.add(l);
            }
        }
        offered.sort(Comparator.comparingInt(LabelPlacer::priority).thenComparingInt(PlaceLabel::rank));

        Rectangle2D view = new Rectangle2D.Double(0, 0, width, height);
        List<Rectangle2D> taken = new ArrayList<>(obstacles);
        List<PlacedLabel> placed = new ArrayList<>();
        double[] xy = new double[2];
        for (PlaceLabel l : offered) {
            if (!projector.project(l.lon(), l.lat(), xy)) {
                continue;
            }
            double ax = xy[0];
            double ay = xy[1];
            if (ax < -50 || ay < -50 || ax > width + 50 || ay > height + 50) {
                continue;
            }
            LabelFont font = LabelFont.of(l);
            double w = measurer.width(l.name(), font);
            double asc = measurer.ascent(font);
            double desc = measurer.descent(font);
            PlacedLabel result = l.hasMarker()
                    ? placeCity(l, font, ax, ay, w, asc, desc, view, taken)
                    : placeWater(l, font, ax, ay, w, asc, desc, view, taken);
            if (result != null) {
                placed.add(result);
            }
        }
        return placed;
    }

    /**
     * Lower is more important: big cities, then the corridors' crossings and ports, then oceans, then smaller
     * places; capitals first in a rank.
     */
    static int priority(PlaceLabel l) {
        if (l.corridor() && l.hasMarker()) {
            return 15;
        }
        int base = switch (l.kind()) {
            case CAPITAL -> l.rank() * 10;
            case CITY -> l.rank() * 10 + 1;
            case SEA -> l.rank() * 10 + 3;
            case LAKE, RIVER -> l.rank() * 10 + 5;
        };
        return base;
    }

    private static PlacedLabel placeCity(PlaceLabel l, LabelFont font, double ax, double ay, double w,
                                         double asc, double desc, Rectangle2D view, List<Rectangle2D> taken) {
        Rectangle2D dot = new Rectangle2D.Double(ax - DOT_RADIUS - 1, ay - DOT_RADIUS - 1,
                2 * DOT_RADIUS + 2, 2 * DOT_RADIUS + 2);
        if (!view.contains(ax, ay) || collides(dot, taken)) {
            return null;
        }
        double h = asc + desc;
        double off = DOT_RADIUS + GAP;
        // Baseline-start offsets from the dot: right, left, upper right, lower right, above, below.
        double[][] candidates = {
                {off, asc / 2 - desc / 2 + 1},
                {-off - w, asc / 2 - desc / 2 + 1},
                {off - 1, -off + 1},
                {off - 1, off + asc - 1},
                {-w / 2, -off - desc},
                {-w / 2, off + asc}
        };
        for (double[] c : candidates) {
            Rectangle2D box = new Rectangle2D.Double(ax + c[0] - PADDING, ay + c[1] - asc - PADDING,
                    w + 2 * PADDING, h + 2 * PADDING);
            if (view.contains(box) && !collides(box, taken)) {
                taken.add(dot);
                taken.add(box);
                return new PlacedLabel(l, font, ax, ay, c[0], c[1], 0);
            }
        }
        return null;
    }

    private static PlacedLabel placeWater(PlaceLabel l, LabelFont font, double ax, double ay, double w,
                                          double asc, double desc, Rectangle2D view, List<Rectangle2D> taken) {
        double tx = -w / 2;
        double ty = (asc - desc) / 2;
        Rectangle2D local = new Rectangle2D.Double(tx - PADDING, ty - asc - PADDING, w + 2 * PADDING,
                asc + desc + 2 * PADDING);
        AffineTransform at = AffineTransform.getTranslateInstance(ax, ay);
        at.rotate(Math.toRadians(l.angle()));
        Rectangle2D box = at.createTransformedShape(local).getBounds2D();
        if (!view.contains(box) || collides(box, taken)) {
            return null;
        }
        taken.add(box);
        return new PlacedLabel(l, font, ax, ay, tx, ty, l.angle());
    }

    private static boolean collides(Rectangle2D box, List<Rectangle2D> taken) {
        for (Rectangle2D t : taken) {
            if (t.intersects(box)) {
                return true;
            }
        }
        return false;
    }
}
