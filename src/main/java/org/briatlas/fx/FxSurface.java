package org.briatlas.fx;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.briatlas.carto.Surface;

/**
 * A {@link Surface} over a JavaFX canvas's {@link GraphicsContext}: the window's map and legends draw the
 * thematic layers through it. Draws in the context's current transform, so a caller that scales it for
 * the screen's output scale passes logical pixels. Sets round line caps and joins on the context, and
 * replaces its paints, line width, dashes and global alpha as it draws. FX thread only (or the thread
 * that owns a canvas not yet in a scene).
 */
public final class FxSurface implements Surface {

    private final GraphicsContext g;
    private int strokeArgb;
    private int fillArgb;
    private Color strokeColour;
    private Color fillColour;

    public FxSurface(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    /** The JavaFX colour of a packed ARGB int. */
    public static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    @Override
    public void setStroke(int argb) {
        if (strokeColour == null || argb != strokeArgb) {
            strokeArgb = argb;
            strokeColour = colour(argb);
        }
        g.setStroke(strokeColour);
    }

    @Override
    public void setFill(int argb) {
        if (fillColour == null || argb != fillArgb) {
            fillArgb = argb;
            fillColour = colour(argb);
        }
        g.setFill(fillColour);
    }

    @Override
    public void setLineWidth(double width) {
        g.setLineWidth(width);
    }

    @Override
    public void setDash(double[] dashOrNull) {
        g.setLineDashes(dashOrNull);
    }

    @Override
    public void setAlpha(double alpha) {
        g.setGlobalAlpha(alpha);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        g.strokeOval(x, y, w, h);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void beginPath() {
        g.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fillEvenOdd() {
        g.setFillRule(FillRule.EVEN_ODD);
        g.fill();
        g.setFillRule(FillRule.NON_ZERO);
    }

    @Override
    public void stroke() {
        g.stroke();
    }

    @Override
    public void drawRaster(int[] argb, int width, int height, double x, double y, double cell) {
        javafx.scene.image.WritableImage img = new javafx.scene.image.WritableImage(width, height);
        img.getPixelWriter().setPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(),
                argb, 0, width);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(img, x, y, width * cell, height * cell);
        g.setImageSmoothing(smooth);
    }
}
