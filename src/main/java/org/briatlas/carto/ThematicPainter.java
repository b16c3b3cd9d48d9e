package org.briatlas.carto;

import org.briatlas.analysis.TradeByCountry;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Draws the thematic layers (the Table 2 channels, places and thematic points) and the country shading
 * onto any {@link Surface}, in the style of {@link ThematicStyle}: the window's map, slides and headless
 * renders all draw through it, so they agree. Countries first (shading, then outlines), then lines
 * channel by channel in the order of {@link AtlasLayer}, each over a casing, then points on top. The
 * selected and hovered features get a halo, schematic lines are dashed and lighter, and features that
 * opened after the frame's year are faint.
 *
 * <p>Every geometry is projected to normalised Web-Mercator once, when the painter is built (features:
 * longitude, latitude order, as read from GeoJSON). {@link #paint} only reads, so it may run on any
 * thread, even on several at once; {@link #setCountries} replaces the countries atomically.
 */
public final class ThematicPainter {

    /** Pixels beyond the frame's edges within which lines and symbols are still drawn. */
    private static final double CULL_MARGIN = 20;

    /** A feature in normalised Mercator: parts as interleaved x, y, and each part's bounds. */
    record Shape(AtlasFeature feature, double[][] parts, double[][] bounds, ThematicStyle.Line style,
                         ThematicStyle.Point point, double[] dash, boolean schematic, int openedYear) {
    }

    /** A country in normalised Mercator: its rings, interleaved x, y, and their bounds. */
    private record Country(String iso, double[][] rings, double[] bounds) {
    }

    private final List<Shape> lines;
    /** Where the lines share paths, for each set of channels shown. */
    private final SharedPaths shared;
    private final java.util.Map<AtlasFeature, Integer> lineIndex = new java.util.IdentityHashMap<>();
    private final List<Shape> points;
    private final int longestPart;
    /** The user's layers, each in its own style. */
    private final UserLayerPainter user;
    private volatile List<Country> countries = List.of();

    /** A painter of these features (any layers, any order; drawn in the order of {@link AtlasLayer}). */
    public ThematicPainter(List<AtlasFeature> features) {
        this(features, List.of(AtlasLayer.values()));
    }

    /** As {@link #ThematicPainter(List, List, ThematicPainter)}, with nothing to take over. */
    public ThematicPainter(List<AtlasFeature> features, List<AtlasLayer> order) {
        this(features, order, null);
    }

    /**
     * A painter of these features, lines drawn layer by layer in {@code order}, bottom first (layers it does not
     * list after the others, in the order of {@link AtlasLayer}), points on top, then the user's layers, taking
     * over from {@code previous} (may be null) the packing of the user's layers that have not changed.
     */
    public ThematicPainter(List<AtlasFeature> features, List<AtlasLayer> order, ThematicPainter previous) {
        List<AtlasFeature> ordered = new ArrayList<>(features);
        ordered.sort(Comparator.comparingInt(f -> order.contains(f.layer()) ? order.indexOf(f.layer())
                : order.size() + f.layer().ordinal()));
        List<Shape> l = new ArrayList<>();
        List<Shape> p = new ArrayList<>();
        List<AtlasFeature> users = new ArrayList<>();
        int longest = 0;
        for (AtlasFeature f : ordered) {
            if (f.layer() == AtlasLayer.USER) {
                users.add(f);
                continue;
            }
            Shape s = shape(f);
            (f.isPoint() ? p : l).add(s);
            for (double[] part : s.parts()) {
                longest = Math.max(longest, part.length / 2);
            }
        }
        lines = List.copyOf(l);
        shared = new SharedPaths(lines.stream().map(x -> x.feature().layer()).toList(),
                lines.stream().map(Shape::parts).toList());
        points = List.copyOf(p);
        for (int i = 0; i < lines.size(); i++) {
            lineIndex.put(lines.get(i).feature(), i);
        }
        longestPart = longest;
        user = new UserLayerPainter(users, previous == null ? null : previous.user);
    }

    /** The painter of the user's layers, whose styles, order and visibility the model sets. */
    public UserLayerPainter userLayers() {
        return user;
    }

    private static Shape shape(AtlasFeature f) {
        List<double[]> parts = new ArrayList<>();
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                // Each ring on its own: one polyline through all of them would join a hole to the shell.
                parts.add(project(polygon.getExteriorRing().getCoordinates()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    parts.add(project(polygon.getInteriorRingN(h).getCoordinates()));
                }
            } else {
                parts.add(project(part.getCoordinates()));
            }
        }
        double[][] bounds = parts.stream().map(ThematicPainter::bounds).toArray(double[][]::new);
        ThematicStyle.Line style = ThematicStyle.of(f.layer());
        boolean schematic = f.properties().getOrDefault("geometryMethod", "").toString().startsWith("schematic");
        double[] dash = schematic ? ThematicStyle.schematicDash() : style.dash();
        int opened = f.openedYear().orElse(Integer.MIN_VALUE);
        return new Shape(f, parts.toArray(double[][]::new), bounds, style, ThematicStyle.point(f.kind()), dash,
                schematic, opened);
    }

    private static double[] project(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int j = 0; j < cs.length; j++) {
            xy[2 * j] = WebMercator.x(cs[j].x);
            xy[2 * j + 1] = WebMercator.y(cs[j].y);
        }
        return xy;
    }

    /** minX, minY, maxX, maxY of interleaved coordinates. */
    private static double[] bounds(double[] xy) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < xy.length; i += 2) {
            b[0] = Math.min(b[0], xy[i]);
            b[1] = Math.min(b[1], xy[i + 1]);
            b[2] = Math.max(b[2], xy[i]);
            b[3] = Math.max(b[3], xy[i + 1]);
        }
        return b;
    }

    /**
     * Sets the countries to shade and outline: polygons or multipolygons in longitude, latitude order, with
     * an "iso" property (ISO 3166 alpha-2) that the frame's trade figures and country codes refer to.
     */
    public void setCountries(List<GeoFeature> shapes) {
        List<Country> out = new ArrayList<>();
        for (GeoFeature f : shapes) {
            List<double[]> rings = new ArrayList<>();
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    rings.add(project(p.getExteriorRing().getCoordinates()));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        rings.add(project(p.getInteriorRingN(h).getCoordinates()));
                    }
                }
            }
            double[] all = rings.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
            out.add(new Country(f.text("iso").orElse("?"), rings.toArray(double[][]::new), bounds(all)));
        }
        countries = List.copyOf(out);
    }

    /**
     * Draws one frame: countries, crowded point layers as density surfaces, lines, points. Draws over what the
     * surface holds (clear it first if needed) and leaves it with alpha 1 and no dash.
     */
    public void paint(Surface s, ThematicFrame f) {
        paint(s, f, true);
    }

    /** Draws one frame, with or without the user's layers (the window draws those off its thread). */
    public void paint(Surface s, ThematicFrame f, boolean withUserLayers) {
        paintCountries(s, f);
        // A crowded point layer is a density surface under the corridors, so that it hides none of them.
        java.util.Set<AtlasLayer> dense = DensitySurface.denseLayers(points, f);
        for (AtlasLayer layer : dense) {
            DensitySurface.paint(s, points, layer, f);
        }
        double[] xs = new double[longestPart];
        double[] ys = new double[longestPart];
        // The selected and the hovered line last, over the others, with their halo.
        Bundles.Slots[] slots = slots(f);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                Shape shape = lines.get(i);
                boolean onTop = shape.feature() == f.selected() || shape.feature() == f.hovered();
                if (f.visible().test(shape.feature().layer()) && onTop == (pass == 1)) {
                    paintLine(s, shape, slots[i], f, xs, ys);
                }
            }
        }
        for (Shape shape : points) {
            AtlasLayer layer = shape.feature().layer();
            // In a dense layer only the selected and the hovered feature get a symbol, over the density.
            if (f.visible().test(layer) && (!dense.contains(layer) || shape.feature() == f.selected()
                    || shape.feature() == f.hovered())) {
                paintPoint(s, shape, f);
            }
        }
        // The user's own layers over the atlas's: they are what the user came to see on it.
        if (withUserLayers && f.visible().test(AtlasLayer.USER)) {
            user.paint(s, f);
        }
        s.setAlpha(1);
        s.setDash(null);
    }

    /**
     * Works out, on the calling thread, where the lines share paths with these layers shown: the loader does
     * it off the interface thread for the layers shown at start, which the first frame would otherwise pay
     * for (tens of ms). Thread-safe.
     */
    public void prepareSharedPaths(java.util.function.Predicate<AtlasLayer> shown) {
        shared.slots(shown);
    }

    private Bundles.Slots[] slots(ThematicFrame f) {
        return shared.slots(f.visible());
    }

    private static boolean offScreen(double[] b, ThematicFrame f, double margin) {
        return b[2] * f.world() - f.originX() < -margin || b[0] * f.world() - f.originX() > f.width() + margin
                || b[3] * f.world() - f.originY() < -margin || b[1] * f.world() - f.originY() > f.height() + margin;
    }

    private void paintCountries(Surface s, ThematicFrame f) {
        s.setAlpha(1);
        for (Country c : countries) {
            Optional<TradeByCountry.Figure> figure = f.trade() == null ? Optional.empty()
                    : f.trade().get(c.iso(), f.year());
            boolean chosen = c.iso().equals(f.chosenCountry());
            boolean highlighted = f.highlightedCountries().contains(c.iso());
            if (figure.isEmpty() && !chosen && !highlighted || offScreen(c.bounds(), f, CULL_MARGIN)) {
                continue;
            }
            s.beginPath();
            for (double[] ring : c.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    double x = ring[i] * f.world() - f.originX();
                    double y = ring[i + 1] * f.world() - f.originY();
                    if (i == 0) {
                        s.moveTo(x, y);
                    } else {
                        s.lineTo(x, y);
                    }
                }
                s.closePath();
            }
            if (figure.isPresent()) {
                int shade = ThematicStyle.shade(TradeByCountry.shadeClass(figure.get().billionUsd()));
                s.setFill(ThematicStyle.withAlpha(shade, ThematicStyle.SHADE_ALPHA));
                s.fillEvenOdd();
            }
            if (chosen) {
                s.setStroke(ThematicStyle.CHOSEN_OUTLINE);
                s.setLineWidth(ThematicStyle.CHOSEN_OUTLINE_WIDTH);
                s.setDash(null);
                s.stroke();
            } else if (highlighted) {
                s.setStroke(ThematicStyle.HIGHLIGHT_OUTLINE);
                s.setLineWidth(ThematicStyle.HIGHLIGHT_OUTLINE_WIDTH);
                s.setDash(ThematicStyle.highlightDash());
                s.stroke();
            }
        }
        s.setDash(null);
    }

    /**
     * How far a screen point is from a line as this painter draws it in a frame, in pixels (offset to its
     * slot where it runs in a bundle), or infinity for a feature that is not one of its lines. For picking:
     * the line the user clicked is the one drawn there, not the one whose geometry is nearest.
     */
    public double screenDistance(AtlasFeature f, ThematicFrame frame, double x, double y) {
        Integer i = lineIndex.get(f);
        if (i == null) {
            return Double.POSITIVE_INFINITY;
        }
        Shape shape = lines.get(i);
        Bundles.Slots[] slots = slots(frame);
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < shape.parts().length; p++) {
            double[] xy = shape.parts()[p];
            int n = xy.length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int k = 0; k < n; k++) {
                xs[k] = xy[2 * k] * frame.world() - frame.originX();
                ys[k] = xy[2 * k + 1] * frame.world() - frame.originY();
            }
            if (slots[i] != null) {
                Bundles.offset(xs, ys, n, slots[i].slot()[p], slots[i].count()[p], Bundles.spacing(frame));
            }
            for (int k = 0; k + 1 < n; k++) {
                double dx = xs[k + 1] - xs[k];
                double dy = ys[k + 1] - ys[k];
                double len2 = dx * dx + dy * dy;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - xs[k]) * dx + (y - ys[k]) * dy) / len2));
                best = Math.min(best, Math.hypot(x - (xs[k] + t * dx), y - (ys[k] + t * dy)));
            }
        }
        return best;
    }

    /** The widest a bundle reaches from its path, in pixels, for a frame (picking looks that far). */
    public double maxOffset(ThematicFrame frame) {
        int widest = 1;
        for (Bundles.Slots b : slots(frame)) {
            if (b != null) {
                for (int[] c : b.count()) {
                    for (int n : c) {
                        widest = Math.max(widest, n);
                    }
                }
            }
        }
        return (widest - 1) / 2.0 * Bundles.spacing(frame);
    }

    private static void paintLine(Surface s, Shape shape, Bundles.Slots bundle, ThematicFrame f, double[] xs,
                                  double[] ys) {
        boolean selected = shape.feature() == f.selected();
        boolean hovered = shape.feature() == f.hovered();
        double weight = f.weight();
        double fade = f.year() < shape.openedYear() ? ThematicStyle.NOT_YET_OPEN_ALPHA : 1;
        ThematicStyle.Line style = shape.style();
        double[] dash = scaled(shape.dash(), weight);
        for (int p = 0; p < shape.parts().length; p++) {
            if (offScreen(shape.bounds()[p], f, CULL_MARGIN)) {
                continue;
            }
            double[] xy = shape.parts()[p];
            int n = xy.length / 2;
            for (int i = 0; i < n; i++) {
                xs[i] = xy[2 * i] * f.world() - f.originX();
                ys[i] = xy[2 * i + 1] * f.world() - f.originY();
            }
            if (bundle != null) {
                Bundles.offset(xs, ys, n, bundle.slot()[p], bundle.count()[p], Bundles.spacing(f));
            }
            s.setAlpha(fade);
            s.setDash(null);
            if (selected) {
                s.setStroke(ThematicStyle.HALO_SELECTED);
                s.setLineWidth((style.width() + ThematicStyle.HALO_SELECTED_EXTRA_WIDTH) * weight);
            } else if (hovered) {
                s.setStroke(ThematicStyle.HALO_HOVER);
                s.setLineWidth((style.width() + ThematicStyle.HALO_HOVER_EXTRA_WIDTH) * weight);
            } else {
                s.setStroke(ThematicStyle.CASING);
                s.setLineWidth((style.width() + ThematicStyle.CASING_EXTRA_WIDTH) * weight);
            }
            s.strokePolyline(xs, ys, n);
            s.setStroke(style.colour());
            s.setLineWidth((style.width() + (selected ? ThematicStyle.SELECTED_EXTRA_WIDTH : 0)) * weight);
            s.setDash(dash);
            s.setAlpha(fade * (shape.schematic() ? ThematicStyle.SCHEMATIC_ALPHA : 1));
            s.strokePolyline(xs, ys, n);
        }
    }

    private static double[] scaled(double[] dash, double weight) {
        if (dash == null || weight == 1) {
            return dash;
        }
        double[] out = dash.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= weight;
        }
        return out;
    }

    private static void paintPoint(Surface s, Shape shape, ThematicFrame f) {
        boolean halo = shape.feature() == f.selected() || shape.feature() == f.hovered();
        double r = shape.point().radius() * f.weight();
        double pad = ThematicStyle.POINT_HALO_PAD;
        s.setAlpha(f.year() < shape.openedYear() ? ThematicStyle.NOT_YET_OPEN_ALPHA : 1);
        s.setDash(null);
        for (double[] xy : shape.parts()) {
            for (int i = 0; i < xy.length; i += 2) {
                double x = xy[i] * f.world() - f.originX();
                double y = xy[i + 1] * f.world() - f.originY();
                if (x < -CULL_MARGIN || x > f.width() + CULL_MARGIN || y < -CULL_MARGIN
                        || y > f.height() + CULL_MARGIN) {
                    continue;
                }
                if (halo) {
                    s.setFill(shape.feature() == f.selected() ? ThematicStyle.HALO_SELECTED
                            : ThematicStyle.HALO_HOVER);
                    s.fillOval(x - r - pad, y - r - pad, 2 * (r + pad), 2 * (r + pad));
                }
                symbol(s, shape.point().symbol(), x, y, r, shape.style().colour());
            }
        }
    }

    /**
     * Draws a legend swatch of a layer into the rectangle (0, 0, w, h) of a surface, in logical pixels: a
     * short line over its casing for the channels and the user's layer, the symbol of the layer's typical
     * kind for the point layers.
     */
    public static void paintSwatch(Surface s, AtlasLayer layer, double w, double h) {
        ThematicStyle.Line style = ThematicStyle.of(layer);
        double cy = h / 2;
        s.setAlpha(1);
        s.setDash(null);
        if (layer.isChannel() || layer == AtlasLayer.USER) {
            double[] xs = {3, w - 3};
            double[] ys = {cy, cy};
            s.setStroke(ThematicStyle.CASING);
            s.setLineWidth(style.width() + ThematicStyle.CASING_EXTRA_WIDTH);
            s.strokePolyline(xs, ys, 2);
            s.setStroke(style.colour());
            s.setLineWidth(style.width());
            s.setDash(style.dash());
            s.strokePolyline(xs, ys, 2);
            s.setDash(null);
        } else {
            double r = Math.min(ThematicStyle.SWATCH_SYMBOL_RADIUS, h / 2 - 2);
            symbol(s, ThematicStyle.point(ThematicStyle.typicalKind(layer)).symbol(), w / 2, cy, r, style.colour());
        }
    }

    /** Draws a point symbol of radius {@code r} centred on (x, y). */
    static void symbol(Surface s, ThematicStyle.Symbol symbol, double x, double y, double r, int colour) {
        s.setFill(colour);
        s.setStroke(ThematicStyle.SYMBOL_OUTLINE);
        s.setLineWidth(ThematicStyle.SYMBOL_OUTLINE_WIDTH);
        switch (symbol) {
            case CIRCLE -> {
                s.fillOval(x - r, y - r, 2 * r, 2 * r);
                s.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case RING -> {
                double inset = ThematicStyle.RING_WIDTH / 2;
                s.setFill(ThematicStyle.SYMBOL_OUTLINE);
                s.fillOval(x - r, y - r, 2 * r, 2 * r);
                s.setStroke(colour);
                s.setLineWidth(ThematicStyle.RING_WIDTH);
                s.strokeOval(x - r + inset, y - r + inset, 2 * (r - inset), 2 * (r - inset));
                s.setFill(colour);
                s.fillOval(x - r / 3, y - r / 3, 2 * r / 3, 2 * r / 3);
            }
            case SQUARE -> {
                s.fillRect(x - r, y - r, 2 * r, 2 * r);
                s.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case DIAMOND -> polygon(s, new double[]{x, x + r * 1.2, x, x - r * 1.2},
                    new double[]{y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(s, new double[]{x, x + r * 1.15, x - r * 1.15},
                    new double[]{y - r * 1.2, y + r, y + r});
            case STAR -> {
                // Five points at 1.3 r, notches at 0.55 r, the first point straight up.
                double[] xs = new double[10];
                double[] ys = new double[10];
                for (int i = 0; i < 10; i++) {
                    double a = Math.PI / 2 + i * Math.PI / 5;
                    double rr = i % 2 == 0 ? r * 1.3 : r * 0.55;
                    xs[i] = x + rr * Math.cos(a);
                    ys[i] = y - rr * Math.sin(a);
                }
                polygon(s, xs, ys);
            }
        }
    }

    private static void polygon(Surface s, double[] xs, double[] ys) {
        s.fillPolygon(xs, ys, xs.length);
        s.strokePolygon(xs, ys, xs.length);
    }
}
