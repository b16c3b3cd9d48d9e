package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the user's layers, each in its own {@link LayerStyle}, in the order and with the visibility of
 * {@link #setLayers}: polygons filled and outlined, lines, then points. Built for large files: every layer's
 * geometry is projected once into flat arrays and cut into a grid, so that a frame visits only the cells it
 * shows; a line is drawn with only the vertices at least {@link #MIN_STEP} pixels apart (simplified for the
 * zoom, as it is drawn); the lines of one colour are stroked as one path; and a layer with more than
 * {@link DensitySurface#DENSE_POINTS} points in the frame is drawn as a density surface, the points counted
 * per cell. Painting only reads, so it may run on any thread; {@link #setLayers} replaces the styles
 * atomically.
 */
public final class UserLayerPainter {

    /** Vertices closer than this on screen (logical pixels) are drawn as one. */
    static final double MIN_STEP = 0.75;
    static final double MARGIN = 24;
    /** Categories beyond this many values keep the layer's colour. */
    public static final int MAX_CATEGORIES = 48;

    private final Map<String, UserLayerGeometry> packed = new LinkedHashMap<>();
    private volatile List<UserLayer> layers = List.of();

    /** A painter of the user's features (each naming its layer's id; the others are ignored). */
    public UserLayerPainter(List<AtlasFeature> features) {
        this(features, null);
    }

    /**
     * A painter of the user's features that takes over from {@code previous} (may be null) the packed geometry
     * of every layer whose features are the same objects: adding a small file beside a layer of a million
     * points does not pack the million again.
     */
    public UserLayerPainter(List<AtlasFeature> features, UserLayerPainter previous) {
        Map<String, List<AtlasFeature>> byLayer = new LinkedHashMap<>();
        for (AtlasFeature f : features) {
            byLayer.computeIfAbsent(f.userLayer() == null ? "" : f.userLayer(), k -> new ArrayList<>()).add(f);
        }
        byLayer.forEach((id, list) -> {
            UserLayerGeometry before = previous == null ? null : previous.packed.get(id);
            packed.put(id, before != null && sameObjects(before.features, list) ? before : new UserLayerGeometry(list));
        });
        if (previous != null) {
            layers = previous.layers;
        }
    }

    private static boolean sameObjects(List<AtlasFeature> a, List<AtlasFeature> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The layers to draw, bottom first, with their styles and visibility (features are this painter's own). */
    public void setLayers(List<UserLayer> l) {
        layers = List.copyOf(l);
    }

    public List<UserLayer> layers() {
        return layers;
    }

    /** The packed geometry of a layer, or null (for tests). */
    UserLayerGeometry geometry(String layerId) {
        return packed.get(layerId);
    }

    /** True if the layer has features drawn by this painter. */
    public boolean has(String layerId) {
        return packed.containsKey(layerId);
    }

    /**
     * The user's feature drawn at (mx, my), normalised Mercator, within {@code tol}: in the topmost visible
     * layer that has one (points first, then lines and outlines, then areas); null for none.
     */
    public AtlasFeature pick(double mx, double my, double tol) {
        List<UserLayer> l = layers;
        for (int i = l.size() - 1; i >= 0; i--) {
            UserLayerGeometry g = l.get(i).visible() ? packed.get(l.get(i).id()) : null;
            int hit = g == null ? -1 : g.pick(mx, my, tol);
            if (hit >= 0) {
                return g.features.get(hit);
            }
        }
        UserLayerGeometry unnamed = packed.get("");
        int hit = unnamed == null ? -1 : unnamed.pick(mx, my, tol);
        return hit >= 0 ? unnamed.features.get(hit) : null;
    }

    /** Draws every visible user layer, and the selected or hovered user feature over them with a halo. */
    public void paint(Surface s, ThematicFrame f) {
        paintLayers(s, f);
        paintHighlights(s, f);
    }

    /** Draws every visible user layer, without the selected and hovered feature's halo. */
    public void paintLayers(Surface s, ThematicFrame f) {
        UserLayerGeometry unnamed = packed.get("");
        if (unnamed != null) {
            // Features of no layer of the model's (read by a caller that names none): the first style.
            unnamed.paint(s, f, LayerStyle.defaultFor(0));
        }
        for (UserLayer l : layers) {
            UserLayerGeometry p = packed.get(l.id());
            if (l.visible() && p != null) {
                p.paint(s, f, l.style());
            }
        }
        s.setAlpha(1);
        s.setDash(null);
    }

    /** Draws the selected and the hovered user feature with a halo (a visible layer's). */
    public void paintHighlights(Surface s, ThematicFrame f) {
        UserLayerGeometry unnamed = packed.get("");
        for (AtlasFeature hi : new AtlasFeature[]{f.hovered(), f.selected()}) {
            if (hi != null && hi.userLayer() == null && unnamed != null && hi.layer() == AtlasLayer.USER) {
                halo(s, f, hi, LayerStyle.defaultFor(0), hi == f.selected());
            } else if (hi != null && hi.userLayer() != null) {
                layers.stream().filter(l -> l.id().equals(hi.userLayer()) && l.visible()).findFirst()
                        .ifPresent(l -> halo(s, f, hi, l.style(), hi == f.selected()));
            }
        }
        s.setAlpha(1);
        s.setDash(null);
    }

    private static void halo(Surface s, ThematicFrame f, AtlasFeature feature, LayerStyle style, boolean selected) {
        s.setAlpha(1);
        s.setDash(null);
        int halo = selected ? ThematicStyle.HALO_SELECTED : ThematicStyle.HALO_HOVER;
        Geometry g = feature.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Point pt) {
                double x = WebMercator.x(pt.getX()) * f.world() - f.originX();
                double y = WebMercator.y(pt.getY()) * f.world() - f.originY();
                double r = style.pointSize() * f.weight() + ThematicStyle.POINT_HALO_PAD + 1;
                s.setFill(halo);
                s.fillOval(x - r, y - r, 2 * r, 2 * r);
                ThematicPainter.symbol(s, symbol(style), x, y, style.pointSize() * f.weight(),
                        0xff000000 | style.colour());
            } else {
                List<Coordinate[]> rings = new ArrayList<>();
                if (part instanceof Polygon poly) {
                    rings.add(poly.getExteriorRing().getCoordinates());
                } else if (part instanceof LineString line) {
                    rings.add(line.getCoordinates());
                }
                for (Coordinate[] cs : rings) {
                    double[] xs = new double[cs.length];
                    double[] ys = new double[cs.length];
                    for (int k = 0; k < cs.length; k++) {
                        xs[k] = WebMercator.x(cs[k].x) * f.world() - f.originX();
                        ys[k] = WebMercator.y(cs[k].y) * f.world() - f.originY();
                    }
                    s.setStroke(halo);
                    s.setLineWidth((style.width() + ThematicStyle.HALO_SELECTED_EXTRA_WIDTH) * f.weight());
                    s.strokePolyline(xs, ys, cs.length);
                    s.setStroke(0xff000000 | style.colour());
                    s.setLineWidth(style.width() * f.weight());
                    s.strokePolyline(xs, ys, cs.length);
                }
            }
        }
    }

    static ThematicStyle.Symbol symbol(LayerStyle style) {
        return ThematicStyle.Symbol.valueOf(style.symbol().name());
    }

}
