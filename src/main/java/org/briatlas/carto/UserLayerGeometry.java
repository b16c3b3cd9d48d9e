package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.LayerStyle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briatlas.carto.GrowableArrays.Doubles;
import org.briatlas.carto.GrowableArrays.Ints;

/**
 * One layer's geometry in normalised Mercator, flat: points (sorted by grid cell), and parts (lines and
 * polygon rings: their vertices, their feature, their polygon or -1, their bounds), with a grid of the
 * parts. Immutable once made.
 */
final class UserLayerGeometry {
    final List<AtlasFeature> features;
    // Points, sorted by cell: x, y and the feature's index; pointStart[c] .. pointStart[c + 1] in cell c.
    final double[] px;
    final double[] py;
    final int[] pointFeature;
    final int[] pointStart;
    final Grid pointGrid;
    // Parts: vertices partStart[i] .. partStart[i + 1] of xy (interleaved).
    final double[] xy;
    final int[] partStart;
    final int[] partFeature;
    /** The polygon a ring belongs to (its rings are consecutive parts), or -1 for a line. */
    final int[] partPolygon;
    final double[] partBounds;
    final int[] polygonFirstPart;
    final Grid partGrid;
    final int[] partCellStart;
    final int[] partCells;
    /** Parts too large for the grid: looked at in every frame. */
    final int[] bigParts;
    private final Map<String, int[]> categoryOf = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> categoryValues = new java.util.concurrent.ConcurrentHashMap<>();

    UserLayerGeometry(List<AtlasFeature> features) {
        this.features = features;
        Doubles pxs = new Doubles();
        Doubles pys = new Doubles();
        Ints pf = new Ints();
        Doubles v = new Doubles();
        Ints starts = new Ints();
        Ints feature = new Ints();
        Ints polygon = new Ints();
        Ints firstPart = new Ints();
        for (int i = 0; i < features.size(); i++) {
            add(features.get(i).geometry(), i, pxs, pys, pf, v, starts, feature, polygon, firstPart);
        }
        starts.add(v.n / 2);
        xy = v.trimmed();
        partStart = starts.trimmed();
        partFeature = feature.trimmed();
        partPolygon = polygon.trimmed();
        polygonFirstPart = firstPart.trimmed();
        int parts = partFeature.length;
        partBounds = new double[parts * 4];
        double[] all = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = 0; p < parts; p++) {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (int k = partStart[p]; k < partStart[p + 1]; k++) {
                x0 = Math.min(x0, xy[2 * k]);
                y0 = Math.min(y0, xy[2 * k + 1]);
                x1 = Math.max(x1, xy[2 * k]);
                y1 = Math.max(y1, xy[2 * k + 1]);
            }
            partBounds[4 * p] = x0;
            partBounds[4 * p + 1] = y0;
            partBounds[4 * p + 2] = x1;
            partBounds[4 * p + 3] = y1;
            all[0] = Math.min(all[0], x0);
            all[1] = Math.min(all[1], y0);
            all[2] = Math.max(all[2], x1);
            all[3] = Math.max(all[3], y1);
        }
        // The parts' grid, in compressed rows: the parts of cell c are partCells[partCellStart[c] ..].
        partGrid = Grid.over(all, parts / 8);
        Ints big = new Ints();
        int[] count = new int[partGrid.cells() + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] fill = pass == 0 ? null : new int[partGrid.cells()];
            for (int p = 0; p < parts; p++) {
                int[] r = partGrid.range(partBounds, 4 * p);
                if ((long) (r[2] - r[0] + 1) * (r[3] - r[1] + 1) > 64) {
                    if (pass == 0) {
                        big.add(p);
                    }
                    continue;
                }
                for (int j = r[1]; j <= r[3]; j++) {
                    for (int i = r[0]; i <= r[2]; i++) {
                        int c = j * partGrid.side() + i;
                        if (pass == 0) {
                            count[c + 1]++;
                        } else {
                            tmpCells[count[c] + fill[c]++] = p;
                        }
                    }
                }
            }
            if (pass == 0) {
                for (int c = 0; c < partGrid.cells(); c++) {
                    count[c + 1] += count[c];
                }
                tmpCells = new int[count[partGrid.cells()]];
            }
        }
        partCellStart = count;
        partCells = tmpCells;
        tmpCells = null;
        bigParts = big.trimmed();
        // The points, sorted by cell of their own grid (a counting sort).
        double[] ax = pxs.trimmed();
        double[] ay = pys.trimmed();
        int[] af = pf.trimmed();
        double[] pb = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < ax.length; i++) {
            pb[0] = Math.min(pb[0], ax[i]);
            pb[1] = Math.min(pb[1], ay[i]);
            pb[2] = Math.max(pb[2], ax[i]);
            pb[3] = Math.max(pb[3], ay[i]);
        }
        pointGrid = Grid.over(pb, ax.length / 16);
        int[] start = new int[pointGrid.cells() + 1];
        int[] cellOf = new int[ax.length];
        for (int i = 0; i < ax.length; i++) {
            cellOf[i] = pointGrid.cell(ax[i], ay[i]);
            start[cellOf[i] + 1]++;
        }
        for (int c = 0; c < pointGrid.cells(); c++) {
            start[c + 1] += start[c];
        }
        px = new double[ax.length];
        py = new double[ax.length];
        pointFeature = new int[ax.length];
        int[] at = java.util.Arrays.copyOf(start, pointGrid.cells());
        for (int i = 0; i < ax.length; i++) {
            int k = at[cellOf[i]]++;
            px[k] = ax[i];
            py[k] = ay[i];
            pointFeature[k] = af[i];
        }
        pointStart = start;
    }

    private int[] tmpCells;

    private static void add(Geometry g, int feature, Doubles pxs, Doubles pys, Ints pf, Doubles v, Ints starts,
                            Ints partFeature, Ints partPolygon, Ints polygonFirstPart) {
        if (g == null || g.isEmpty()) {
            return;
        }
        if (g instanceof Point p) {
            pxs.add(WebMercator.x(p.getX()));
            pys.add(WebMercator.y(p.getY()));
            pf.add(feature);
        } else if (g instanceof LineString line) {
            ring(line.getCoordinates(), feature, -1, v, starts, partFeature, partPolygon);
        } else if (g instanceof Polygon poly) {
            int id = polygonFirstPart.n;
            polygonFirstPart.add(partFeature.n);
            ring(poly.getExteriorRing().getCoordinates(), feature, id, v, starts, partFeature, partPolygon);
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                ring(poly.getInteriorRingN(h).getCoordinates(), feature, id, v, starts, partFeature, partPolygon);
            }
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                add(g.getGeometryN(i), feature, pxs, pys, pf, v, starts, partFeature, partPolygon,
                        polygonFirstPart);
            }
        }
    }

    private static void ring(Coordinate[] cs, int feature, int polygon, Doubles v, Ints starts, Ints partFeature,
                             Ints partPolygon) {
        starts.add(v.n / 2);
        for (Coordinate c : cs) {
            v.add(WebMercator.x(c.x));
            v.add(WebMercator.y(c.y));
        }
        partFeature.add(feature);
        partPolygon.add(polygon);
    }

    /** For each feature, the index of its category value (or -1 past {@link UserLayerPainter#MAX_CATEGORIES}); cached. */
    int[] categories(String property) {
        return categoryOf.computeIfAbsent(property, p -> {
            Map<String, Integer> index = new LinkedHashMap<>();
            int[] of = new int[features.size()];
            for (int i = 0; i < of.length; i++) {
                Object value = features.get(i).properties().get(p);
                String key = value == null ? "" : value.toString();
                Integer k = index.get(key);
                if (k == null && index.size() < UserLayerPainter.MAX_CATEGORIES) {
                    k = index.size();
                    index.put(key, k);
                }
                of[i] = k == null ? -1 : k;
            }
            categoryValues.put(p, List.copyOf(index.keySet()));
            return of;
        });
    }

    /** The colour (RGB) of each feature's category, or of the layer, in the style. */
    private int[] palette(LayerStyle style) {
        if (style.categoryProperty() == null) {
            return null;
        }
        categories(style.categoryProperty());
        List<String> values = categoryValues.get(style.categoryProperty());
        int[] colours = new int[values.size()];
        for (int k = 0; k < colours.length; k++) {
            Integer given = style.categories().get(values.get(k));
            colours[k] = given != null ? given : LayerStyle.PALETTE.get(k % LayerStyle.PALETTE.size());
        }
        return colours;
    }

    private int colourOf(int feature, LayerStyle style, int[] palette) {
        if (palette == null) {
            return style.colour();
        }
        int k = categories(style.categoryProperty())[feature];
        return k < 0 ? style.colour() : palette[k];
    }

    void paint(Surface s, ThematicFrame f, LayerStyle style) {
        double w = f.world();
        double margin = UserLayerPainter.MARGIN + style.width() * f.weight();
        double[] view = {(f.originX() - margin) / w, (f.originY() - margin) / w,
                (f.originX() + f.width() + margin) / w, (f.originY() + f.height() + margin) / w};
        int[] palette = palette(style);
        s.setDash(null);
        if (partFeature.length > 0) {
            paintParts(s, f, style, view, palette);
        }
        if (px.length > 0) {
            paintPoints(s, f, style, view, palette);
        }
    }

    private void paintParts(Surface s, ThematicFrame f, LayerStyle style, double[] view, int[] palette) {
        BitSet seen = new BitSet(partFeature.length);
        List<Integer> polygons = new ArrayList<>();
        // Lines by colour: one path per colour.
        Map<Integer, Ints> lines = new LinkedHashMap<>();
        java.util.function.IntConsumer visit = p -> {
            if (seen.get(p) || !overlaps(partBounds, 4 * p, view)) {
                return;
            }
            seen.set(p);
            int poly = partPolygon[p];
            if (poly >= 0) {
                int first = polygonFirstPart[poly];
                if (!seen.get(first) || first == p) {
                    seen.set(first);
                    polygons.add(poly);
                }
            } else {
                lines.computeIfAbsent(colourOf(partFeature[p], style, palette), c -> new Ints()).add(p);
            }
        };
        for (int p : bigParts) {
            visit.accept(p);
        }
        int[] r = partGrid.range(view, 0);
        for (int j = r[1]; j <= r[3]; j++) {
            for (int i = r[0]; i <= r[2]; i++) {
                int c = j * partGrid.side() + i;
                for (int k = partCellStart[c]; k < partCellStart[c + 1]; k++) {
                    visit.accept(partCells[k]);
                }
            }
        }
        double lineWidth = style.width() * f.weight();
        polygons.sort(null);
        for (int poly : polygons) {
            int first = polygonFirstPart[poly];
            int feature = partFeature[first];
            s.beginPath();
            for (int p = first; p < partFeature.length && partPolygon[p] == poly; p++) {
                trace(s, p, f, true);
            }
            int colour = colourOf(feature, style, palette);
            if (style.fillOpacity() > 0) {
                s.setAlpha(style.opacity() * style.fillOpacity());
                s.setFill(0xff000000 | (palette == null ? style.fill() : colour));
                s.fillEvenOdd();
            }
            s.setAlpha(style.opacity());
            s.setStroke(0xff000000 | colour);
            s.setLineWidth(lineWidth);
            s.stroke();
        }
        s.setAlpha(style.opacity());
        s.setLineWidth(lineWidth);
        for (Map.Entry<Integer, Ints> e : lines.entrySet()) {
            s.setStroke(0xff000000 | e.getKey());
            s.beginPath();
            Ints list = e.getValue();
            for (int k = 0; k < list.n; k++) {
                trace(s, list.a[k], f, false);
            }
            s.stroke();
        }
    }

    /** Adds a part to the path, with only the vertices {@link UserLayerPainter#MIN_STEP} pixels or more apart. */
    private void trace(Surface s, int p, ThematicFrame f, boolean close) {
        double w = f.world();
        int a = partStart[p];
        int b = partStart[p + 1];
        if (b <= a) {
            return;
        }
        double lx = xy[2 * a] * w - f.originX();
        double ly = xy[2 * a + 1] * w - f.originY();
        s.moveTo(lx, ly);
        int drawn = 1;
        for (int k = a + 1; k < b; k++) {
            double x = xy[2 * k] * w - f.originX();
            double y = xy[2 * k + 1] * w - f.originY();
            if (Math.abs(x - lx) + Math.abs(y - ly) >= UserLayerPainter.MIN_STEP || k == b - 1) {
                s.lineTo(x, y);
                lx = x;
                ly = y;
                drawn++;
            }
        }
        if (drawn == 1) {
            // A line shorter than a pixel still shows, as a dot.
            s.lineTo(lx + 0.5, ly);
        }
        if (close) {
            s.closePath();
        }
    }

    private void paintPoints(Surface s, ThematicFrame f, LayerStyle style, double[] view, int[] palette) {
        int[] r = pointGrid.range(view, 0);
        long inView = 0;
        for (int j = r[1]; j <= r[3]; j++) {
            inView += pointStart[j * pointGrid.side() + r[2] + 1] - pointStart[j * pointGrid.side() + r[0]];
        }
        double w = f.world();
        if (inView > DensitySurface.DENSE_POINTS) {
            DensitySurface.paint(s, f, style.colour(), style.opacity(), px, py, pointStart, pointGrid, r);
            return;
        }
        double radius = style.pointSize() * f.weight();
        ThematicStyle.Symbol symbol = UserLayerPainter.symbol(style);
        s.setAlpha(style.opacity());
        for (int j = r[1]; j <= r[3]; j++) {
            for (int k = pointStart[j * pointGrid.side() + r[0]]; k < pointStart[j * pointGrid.side() + r[2] + 1];
                 k++) {
                if (px[k] < view[0] || px[k] > view[2] || py[k] < view[1] || py[k] > view[3]) {
                    continue;
                }
                ThematicPainter.symbol(s, symbol, px[k] * w - f.originX(), py[k] * w - f.originY(), radius,
                        0xff000000 | colourOf(pointFeature[k], style, palette));
            }
        }
    }

    private static boolean overlaps(double[] b, int at, double[] view) {
        return b[at + 2] >= view[0] && b[at] <= view[2] && b[at + 3] >= view[1] && b[at + 1] <= view[3];
    }

    /**
     * The index of the feature at (mx, my), normalised Mercator, within {@code tol}: the nearest point, else
     * the nearest line or ring, else a polygon that holds the point; -1 for none.
     */
    int pick(double mx, double my, double tol) {
        double[] box = {mx - tol, my - tol, mx + tol, my + tol};
        int best = -1;
        double bestD = tol * tol;
        if (px.length > 0) {
            int[] r = pointGrid.range(box, 0);
            for (int j = r[1]; j <= r[3]; j++) {
                for (int k = pointStart[j * pointGrid.side() + r[0]]; k < pointStart[j * pointGrid.side() + r[2] + 1];
                     k++) {
                    double d = (px[k] - mx) * (px[k] - mx) + (py[k] - my) * (py[k] - my);
                    if (d <= bestD) {
                        bestD = d;
                        best = pointFeature[k];
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        if (partFeature.length == 0) {
            return -1;
        }
        BitSet seen = new BitSet(partFeature.length);
        int[] found = {-1};
        double[] nearest = {tol * tol};
        int[] inside = {-1};
        java.util.function.IntConsumer visit = p -> {
            if (seen.get(p) || !overlaps(partBounds, 4 * p, box)) {
                return;
            }
            seen.set(p);
            for (int k = partStart[p]; k + 1 < partStart[p + 1]; k++) {
                double d = segment2(mx, my, xy[2 * k], xy[2 * k + 1], xy[2 * k + 2], xy[2 * k + 3]);
                if (d <= nearest[0]) {
                    nearest[0] = d;
                    found[0] = partFeature[p];
                }
            }
            int poly = partPolygon[p];
            if (poly >= 0 && inside[0] < 0 && polygonFirstPart[poly] == p && contains(poly, mx, my)) {
                inside[0] = partFeature[p];
            }
        };
        for (int p : bigParts) {
            visit.accept(p);
        }
        int[] r = partGrid.range(box, 0);
        for (int j = r[1]; j <= r[3]; j++) {
            for (int i = r[0]; i <= r[2]; i++) {
                int c = j * partGrid.side() + i;
                for (int k = partCellStart[c]; k < partCellStart[c + 1]; k++) {
                    visit.accept(partCells[k]);
                }
            }
        }
        return found[0] >= 0 ? found[0] : inside[0];
    }

    /** Squared distance from (x, y) to the segment (x0, y0)-(x1, y1). */
    private static double segment2(double x, double y, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
        double ex = x0 + t * dx - x;
        double ey = y0 + t * dy - y;
        return ex * ex + ey * ey;
    }

    /** Even-odd: whether a polygon (its shell and holes) holds the point. */
    private boolean contains(int poly, double x, double y) {
        boolean in = false;
        for (int p = polygonFirstPart[poly]; p < partFeature.length && partPolygon[p] == poly; p++) {
            for (int a = partStart[p], b = partStart[p + 1] - 1; a < partStart[p + 1]; b = a++) {
                double ya = xy[2 * a + 1];
                double yb = xy[2 * b + 1];
                if ((ya > y) != (yb > y)) {
                    double xc = xy[2 * b] + (y - yb) / (ya - yb) * (xy[2 * a] - xy[2 * b]);
                    if (x < xc) {
                        in = !in;
                    }
                }
            }
        }
        return in;
    }
}
