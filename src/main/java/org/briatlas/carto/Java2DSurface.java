package org.briatlas.carto;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A {@link Surface} over a Java2D {@link Graphics2D} (images drawn without JavaFX: slides, headless
 * renders). Draws in the graphics' current user space, so a caller that scales it for a pixel density
 * passes logical pixels. Turns on antialiasing and pure stroke geometry in the graphics, and replaces its
 * colour, stroke and composite as it draws. Used on the thread that owns the graphics.
 */
public final class Java2DSurface implements Surface {

    private final Graphics2D g;
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private double lineWidth = 1;
    private float[] dash;
    private BasicStroke basicStroke;
    private Path2D.Double path = new Path2D.Double();

    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void setStroke(int argb) {
        stroke = new Color(argb, true);
    }

    @Override
    public void setFill(int argb) {
        fill = new Color(argb, true);
    }

    @Override
    public void setLineWidth(double width) {
        if (width != lineWidth) {
            lineWidth = width;
            basicStroke = null;
        }
    }

    @Override
    public void setDash(double[] dashOrNull) {
        float[] d = null;
        if (dashOrNull != null && dashOrNull.length > 0) {
            d = new float[dashOrNull.length];
            boolean any = false;
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) Math.max(0, dashOrNull[i]);
                any |= d[i] > 0;
            }
            // Java2D refuses a pattern of zeros; JavaFX draws such a line solid.
            d = any ? d : null;
        }
        if (!java.util.Arrays.equals(d, dash)) {
            dash = d;
            basicStroke = null;
        }
    }

    @Override
    public void setAlpha(double alpha) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.max(0, Math.min(1, alpha))));
    }

    private void stroke(Shape shape) {
        if (basicStroke == null) {
            basicStroke = new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                    dash, 0f);
        }
        g.setStroke(basicStroke);
        g.setColor(stroke);
        g.draw(shape);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    private static Path2D.Double polyline(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        if (closed && n > 0) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n) {
        if (n > 1) {
            stroke(polyline(xs, ys, n, false));
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 2) {
            fill(polyline(xs, ys, n, true));
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 1) {
            stroke(polyline(xs, ys, n, true));
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroke(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroke(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y);
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void fillEvenOdd() {
        fill(path);
    }

    @Override
    public void stroke() {
        stroke(path);
    }

    @Override
    public void drawRaster(int[] argb, int width, int height, double x, double y, double cell) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        Object hint = g.getRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        java.awt.geom.AffineTransform at = new java.awt.geom.AffineTransform(cell, 0, 0, cell, x, y);
        g.drawImage(img, at, null);
        if (hint != null) {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, hint);
        }
    }
}
