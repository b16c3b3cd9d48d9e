package org.briatlas.carto;

import org.briatlas.geo.WebMercator;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Draws the base map (no labels) with Java2D for any window of the world: a tile, or a whole view for
 * the command line. Needs no JavaFX and no display. Stateless; safe to call from several threads, each
 * with its own {@link Graphics2D}.
 *
 * <p>The window is given in world pixels at the zoom (logical pixels, see {@link WebMercator}), and drawn
 * {@code pixelScale} device pixels per logical pixel, so HiDPI output is crisp rather than enlarged.
 */
public final class MapPainter {

    /** Extra margin, in logical pixels, so that strokes just outside the window still show their edge. */
    private static final double MARGIN_PX = 4;

    private MapPainter() {
    }

    /**
     * Paints the base map into {@code g}, whose device origin is the window's top-left corner.
     *
     * @param originX    world-pixel x of the window's left edge at {@code zoom}
     * @param originY    world-pixel y of the window's top edge at {@code zoom}
     * @param width      window width in logical pixels
     * @param height     window height in logical pixels
     * @param pixelScale device pixels per logical pixel (1 on ordinary screens, 2 on HiDPI)
     */
    public static void paint(Graphics2D g, BandData band, double zoom, double originX, double originY,
                             double width, double height, double pixelScale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);

        double world = WebMercator.worldSize(zoom);
        double s = world * pixelScale;
        AffineTransform toDevice = new AffineTransform(s, 0, 0, s, -originX * pixelScale, -originY * pixelScale);
        double m = MARGIN_PX / world;
        double minX = originX / world - m;
        double minY = originY / world - m;
        double maxX = (originX + width) / world + m;
        double maxY = (originY + height) / world + m;
        Window w = new Window(g, toDevice, minX, minY, maxX, maxY, (float) pixelScale);

        g.setColor(MapStyle.SEA);
        g.fillRect(0, 0, (int) Math.ceil(width * pixelScale), (int) Math.ceil(height * pixelScale));

        w.fill(band.layer(BaseLayer.LAND), MapStyle.LAND);
        w.fill(band.layer(BaseLayer.PROVINCE), MapStyle.PROVINCE_FILL);
        w.fill(band.layer(BaseLayer.LAKES), MapStyle.LAKE);
        w.stroke(band.layer(BaseLayer.LAKES), MapStyle.LAKE_SHORE, MapStyle.round(MapStyle.width(zoom, 0.4, 0.8)));
        paintGraticule(w, zoom);
        w.stroke(band.layer(BaseLayer.BORDERS), MapStyle.BORDER_HALO, MapStyle.round(MapStyle.width(zoom, 2.0, 4.5)));
        w.stroke(band.layer(BaseLayer.RIVERS), MapStyle.RIVER, MapStyle.round(MapStyle.width(zoom, 0.6, 2.0)));
        w.stroke(band.layer(BaseLayer.COAST), MapStyle.COAST, MapStyle.round(MapStyle.width(zoom, 0.6, 1.1)));
        w.stroke(band.layer(BaseLayer.BORDERS), MapStyle.BORDER, MapStyle.round(MapStyle.width(zoom, 0.7, 1.3)));
        float provinceWidth = MapStyle.width(zoom, 0.9, 2.0);
        w.stroke(band.layer(BaseLayer.PROVINCE_BOUNDARY), MapStyle.PROVINCE_LINE,
                MapStyle.dashed(provinceWidth, provinceWidth * 4, provinceWidth * 2));
    }

    private static void paintGraticule(Window w, double zoom) {
        double step = MapStyle.graticuleStep(zoom);
        w.g.setColor(MapStyle.GRATICULE_LINE);
        w.g.setStroke(new BasicStroke(0.6f * w.pixelScale));
        double west = WebMercator.lon(Math.max(0, w.minX));
        double east = WebMercator.lon(Math.min(1, w.maxX));
        double north = WebMercator.lat(Math.max(0, w.minY));
        double south = WebMercator.lat(Math.min(1, w.maxY));
        for (double lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
            double x = WebMercator.x(lon);
            w.g.draw(w.toDevice.createTransformedShape(new Line2D.Double(x, w.minY, x, w.maxY)));
        }
        for (double lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
            double y = WebMercator.y(lat);
            w.g.draw(w.toDevice.createTransformedShape(new Line2D.Double(w.minX, y, w.maxX, y)));
        }
    }

    /** The window being painted and its transform. */
    private record Window(Graphics2D g, AffineTransform toDevice, double minX, double minY, double maxX,
                          double maxY, float pixelScale) {

        void fill(ShapeIndex index, Color color) {
            g.setColor(color);
            for (MapShape shape : index.query(minX, minY, maxX, maxY)) {
                g.fill(device(shape.path()));
            }
        }

        void stroke(ShapeIndex index, Color color, BasicStroke logical) {
            g.setColor(color);
            g.setStroke(scaled(logical));
            for (MapShape shape : index.query(minX, minY, maxX, maxY)) {
                g.draw(device(shape.path()));
            }
        }

        private Shape device(Path2D.Double path) {
            return path.createTransformedShape(toDevice);
        }

        private BasicStroke scaled(BasicStroke s) {
            if (pixelScale == 1f) {
                return s;
            }
            float[] dash = s.getDashArray();
            if (dash != null) {
                dash = dash.clone();
                for (int i = 0; i < dash.length; i++) {
                    dash[i] *= pixelScale;
                }
            }
            return new BasicStroke(s.getLineWidth() * pixelScale, s.getEndCap(), s.getLineJoin(),
                    s.getMiterLimit(), dash, s.getDashPhase() * pixelScale);
        }
    }
}
