package org.briatlas.carto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Surface} that draws nothing and records every drawing call with the state it was made in
 * (stroke, fill, line width, dash, alpha), for tests of what a painter asks for.
 */
final class RecordingSurface implements Surface {

    /** One drawing call: its name, its points (x, y interleaved) and the state at the time. */
    record Call(String op, double[] xy, int stroke, int fill, double width, double[] dash, double alpha) {

        /** Number of points. */
        int n() {
            return xy.length / 2;
        }

        double x(int i) {
            return xy[2 * i];
        }

        double y(int i) {
            return xy[2 * i + 1];
        }

        boolean isStroke() {
            return op.startsWith("stroke");
        }

        /** The colour the call draws in: the stroke for strokes, the fill for fills. */
        int colour() {
            return isStroke() ? stroke : fill;
        }

        @Override
        public String toString() {
            return op + Arrays.toString(xy) + String.format(" stroke=%08x fill=%08x width=%.2f dash=%s alpha=%.2f",
                    stroke, fill, width, Arrays.toString(dash), alpha);
        }
    }

    final List<Call> calls = new ArrayList<>();
    private int stroke;
    private int fill;
    private double width = 1;
    private double[] dash;
    private double alpha = 1;
    private final List<Double> path = new ArrayList<>();

    private void record(String op, double... xy) {
        calls.add(new Call(op, xy, stroke, fill, width, dash == null ? null : dash.clone(), alpha));
    }

    private static double[] points(double[] xs, double[] ys, int n) {
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = xs[i];
            xy[2 * i + 1] = ys[i];
        }
        return xy;
    }

    @Override
    public void setStroke(int argb) {
        stroke = argb;
    }

    @Override
    public void setFill(int argb) {
        fill = argb;
    }

    @Override
    public void setLineWidth(double width) {
        this.width = width;
    }

    @Override
    public void setDash(double[] dashOrNull) {
        dash = dashOrNull == null ? null : dashOrNull.clone();
    }

    @Override
    public void setAlpha(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        record("strokePolyline", points(xs, ys, n));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        record("fillPolygon", points(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        record("strokePolygon", points(xs, ys, n));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        record("fillOval", x, y, x + w, y + h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        record("strokeOval", x, y, x + w, y + h);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        record("fillRect", x, y, x + w, y + h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        record("strokeRect", x, y, x + w, y + h);
    }

    @Override
    public void beginPath() {
        path.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        path.add(x);
        path.add(y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.add(x);
        path.add(y);
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillEvenOdd() {
        record("fillPath", path.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public void stroke() {
        record("strokePath", path.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Override
    public void drawRaster(int[] argb, int width, int height, double x, double y, double cell) {
        long filled = java.util.Arrays.stream(argb).filter(v -> v >>> 24 != 0).count();
        record("drawRaster", width, height, x, y, cell, filled);
    }
}
