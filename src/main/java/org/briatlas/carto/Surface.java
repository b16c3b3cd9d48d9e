package org.briatlas.carto;

/**
 * The little a thematic painter needs of a drawing surface, so that one painter draws the window's canvas
 * (JavaFX) and images made without it (Java2D) alike. Coordinates are logical pixels, x to the right and
 * y down from the top-left corner; colours are packed ARGB ints ({@code 0xAARRGGBB}). Every stroke has
 * round caps and round joins. The colour's own alpha and {@link #setAlpha} multiply. Arrays passed in
 * are read during the call only (the caller may reuse them). An implementation is used on one thread at
 * a time, the thread that owns the surface underneath.
 */
public interface Surface {

    void setStroke(int argb);

    void setFill(int argb);

    void setLineWidth(double width);

    /** Dash pattern (on, off, ...) in logical pixels, starting at each stroke's start; null for solid. */
    void setDash(double[] dashOrNull);

    /** Opacity in 0..1 applied to everything drawn from now on. */
    void setAlpha(double alpha);

    /** Strokes the open polyline through the first {@code n} points. */
    void strokePolyline(double[] xs, double[] ys, int n);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** Starts a new, empty path (for rings of polygons with holes). */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    /** Fills the current path by the even-odd rule (holes stay empty). */
    void fillEvenOdd();

    /** Strokes the current path. */
    void stroke();

    /**
     * Draws a raster of {@code width} x {@code height} cells, each {@code cell} pixels square, with its top
     * left corner at (x, y): ARGB values, not premultiplied, row by row; cells of alpha 0 leave what is below.
     * The array is read only during the call.
     */
    void drawRaster(int[] argb, int width, int height, double x, double y, double cell);
}
