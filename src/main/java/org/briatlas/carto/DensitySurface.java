package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;

import java.util.List;

/**
 * Crowded point layers as one density surface instead of a symbol per point: which layers are crowded in a
 * frame, and the surface of one. Stateless; any thread.
 */
final class DensitySurface {

    private DensitySurface() {
    }

    /** More points of one layer than this in a frame are drawn as a density surface, not a symbol each. */
    public static final int DENSE_POINTS = 20_000;
    /** Side of a cell of the density surface, logical pixels. */
    public static final int DENSITY_CELL = 3;

    private static boolean onScreen(double x, double y, ThematicFrame f) {
        return x >= 0 && y >= 0 && x < f.width() && y < f.height();
    }

    /** The visible point layers with more than {@link #DENSE_POINTS} points in the frame. */
    static java.util.Set<AtlasLayer> denseLayers(List<ThematicPainter.Shape> points, ThematicFrame f) {
        java.util.Map<AtlasLayer, Integer> count = new java.util.EnumMap<>(AtlasLayer.class);
        java.util.Set<AtlasLayer> dense = java.util.EnumSet.noneOf(AtlasLayer.class);
        for (ThematicPainter.Shape shape : points) {
            AtlasLayer layer = shape.feature().layer();
            if (dense.contains(layer) || !f.visible().test(layer)) {
                continue;
            }
            int n = count.getOrDefault(layer, 0);
            for (double[] xy : shape.parts()) {
                for (int i = 0; i < xy.length; i += 2) {
                    if (onScreen(xy[i] * f.world() - f.originX(), xy[i + 1] * f.world() - f.originY(), f)) {
                        n++;
                    }
                }
            }
            count.put(layer, n);
            if (n > DENSE_POINTS) {
                dense.add(layer);
            }
        }
        return dense;
    }

    /**
     * A layer's points as a density surface: the frame cut into cells of {@link #DENSITY_CELL} pixels, each
     * cell with points in the layer's colour, more opaque the more points it holds (on a logarithmic scale,
     * so that a lone point still shows). One image instead of a symbol per point: a million points draw in
     * milliseconds, and none is hidden.
     */
    static void paint(Surface s, List<ThematicPainter.Shape> points, AtlasLayer layer, ThematicFrame f) {
        int cols = Math.max(1, (int) Math.ceil(f.width() / DENSITY_CELL));
        int rows = Math.max(1, (int) Math.ceil(f.height() / DENSITY_CELL));
        int[] cells = new int[cols * rows];
        int max = 0;
        for (ThematicPainter.Shape shape : points) {
            if (shape.feature().layer() != layer) {
                continue;
            }
            for (double[] xy : shape.parts()) {
                for (int i = 0; i < xy.length; i += 2) {
                    double x = xy[i] * f.world() - f.originX();
                    double y = xy[i + 1] * f.world() - f.originY();
                    if (onScreen(x, y, f)) {
                        int c = (int) (y / DENSITY_CELL) * cols + (int) (x / DENSITY_CELL);
                        max = Math.max(max, ++cells[c]);
                    }
                }
            }
        }
        int rgb = ThematicStyle.of(layer).colour() & 0xffffff;
        double scale = Math.log1p(max);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] > 0) {
                double a = 0.35 + 0.65 * Math.log1p(cells[i]) / scale;
                cells[i] = (int) Math.round(Math.min(1, a) * 255) << 24 | rgb;
            }
        }
        s.setAlpha(1);
        s.drawRaster(cells, cols, rows, 0, 0, DENSITY_CELL);
    }

    /**
     * Points in flat arrays sorted by the cells of a grid (those of rows r[1]..r[3], columns r[0]..r[2]) as a
     * density surface: the frame cut into cells of {@link DensitySurface#DENSITY_CELL}
     * pixels, more opaque the more points a cell holds (logarithmically, so a lone point still shows).
     */
    static void paint(Surface s, ThematicFrame f, int rgbColour, double opacity, double[] px, double[] py,
                      int[] pointStart, Grid pointGrid, int[] r) {
        int cell = DensitySurface.DENSITY_CELL;
        int cols = Math.max(1, (int) Math.ceil(f.width() / cell));
        int rows = Math.max(1, (int) Math.ceil(f.height() / cell));
        int[] cells = new int[cols * rows];
        int max = 0;
        double w = f.world();
        for (int j = r[1]; j <= r[3]; j++) {
            for (int k = pointStart[j * pointGrid.side() + r[0]]; k < pointStart[j * pointGrid.side() + r[2] + 1];
                 k++) {
                double x = px[k] * w - f.originX();
                double y = py[k] * w - f.originY();
                if (x >= 0 && y >= 0 && x < f.width() && y < f.height()) {
                    int c = (int) (y / cell) * cols + (int) (x / cell);
                    max = Math.max(max, ++cells[c]);
                }
            }
        }
        double scale = Math.log1p(max);
        int rgb = rgbColour;
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] > 0) {
                double a = (0.35 + 0.65 * Math.log1p(cells[i]) / scale) * opacity;
                cells[i] = (int) Math.round(Math.min(1, a) * 255) << 24 | rgb;
            }
        }
        s.setAlpha(1);
        s.drawRaster(cells, cols, rows, 0, 0, cell);
    }
}
