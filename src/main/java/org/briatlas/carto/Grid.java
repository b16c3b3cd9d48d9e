package org.briatlas.carto;

/** A square grid of {@code side} x {@code side} cells over a box of normalised Mercator. */
record Grid(double x0, double y0, double cellW, double cellH, int side) {

    static Grid over(double[] box, int cellsWanted) {
        int side = (int) Math.max(1, Math.min(1024, Math.sqrt(Math.max(1, cellsWanted))));
        if (!(box[2] >= box[0])) {
            return new Grid(0, 0, 1, 1, 1);
        }
        double cw = Math.max((box[2] - box[0]) / side, 1e-12);
        double ch = Math.max((box[3] - box[1]) / side, 1e-12);
        return new Grid(box[0], box[1], cw, ch, side);
    }

    int cells() {
        return side * side;
    }

    private int col(double x) {
        return (int) Math.max(0, Math.min(side - 1, Math.floor((x - x0) / cellW)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(side - 1, Math.floor((y - y0) / cellH)));
    }

    int cell(double x, double y) {
        return row(y) * side + col(x);
    }

    /** The columns and rows (i0, j0, i1, j1) a box (minX, minY, maxX, maxY at {@code at}) covers. */
    int[] range(double[] b, int at) {
        return new int[]{col(b[at]), row(b[at + 1]), col(b[at + 2]), row(b[at + 3])};
    }
}
