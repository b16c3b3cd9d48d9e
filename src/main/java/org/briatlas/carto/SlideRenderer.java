package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Draws one tour stop as a slide without JavaFX: the base map with its labels, the stop's visible
 * corridor layers and places (the selected feature haloed), a legend of those layers, the caption and
 * the source line. Used by {@code render --tour} and by the window's slide export. Thread-safe.
 */
public final class SlideRenderer {

    private static final Color HALO = new Color(255, 213, 79);
    private final ViewRenderer base;
    private final AtlasData data;
    private final ResourceBundle text;

    public SlideRenderer(BaseMapData map, AtlasData data, ResourceBundle text) {
        this.base = new ViewRenderer(map);
        this.data = data;
        this.text = text;
    }

    /** A slide of a stop, {@code width x height} logical pixels at the given density. */
    public BufferedImage render(Tour.Stop stop, int number, int count, String language, int width, int height,
                                double scale) {
        MapViewpoint view = new MapViewpoint(stop.lon(), stop.lat(), stop.zoom());
        BufferedImage image = base.render(view, width, height, scale, false, language);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double world = WebMercator.worldSize(view.zoom());
            double ox = WebMercator.x(view.lon()) * world - width / 2.0;
            double oy = WebMercator.y(view.lat()) * world - height / 2.0;
            List<AtlasLayer> shown = new ArrayList<>();
            for (AtlasLayer l : AtlasLayer.values()) {
                if (l != AtlasLayer.USER && (stop.layers().isEmpty() || stop.layers().contains(l.id()))) {
                    shown.add(l);
                }
            }
            AtlasFeature selected = stop.feature() == null ? null : data.byId(stop.feature()).orElse(null);
            for (boolean points : new boolean[]{false, true}) {
                for (AtlasLayer l : shown) {
                    for (AtlasFeature f : data.layer(l)) {
                        if (f.isPoint() == points) {
                            draw(g, f, ThematicStyle.of(l), world, ox, oy, f == selected);
                        }
                    }
                }
            }
            base.drawLabels(g, view, width, height, language);
            legend(g, shown, width, height);
            caption(g, number + "/" + count + "  " + Tour.text(stop.caption(), language), width);
            String source = text.getString("slide.source");
            g.setFont(Typefaces.awtFor(source, false, false, 12f));
            g.setColor(new Color(60, 60, 60));
            g.drawString(source, 12, height - 10);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void draw(Graphics2D g, AtlasFeature f, ThematicStyle style, double world, double ox, double oy,
                             boolean selected) {
        var geom = f.geometry();
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            var cs = geom.getGeometryN(i).getCoordinates();
            if (f.isPoint()) {
                for (var c : cs) {
                    double x = WebMercator.x(c.x) * world - ox;
                    double y = WebMercator.y(c.y) * world - oy;
                    double r = ThematicStyle.symbolRadius(f.kind());
                    if (selected) {
                        g.setColor(HALO);
                        g.fill(new Ellipse2D.Double(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10));
                    }
                    symbol(g, ThematicStyle.symbol(f.kind()), x, y, r, style.color());
                }
                continue;
            }
            Path2D.Double path = new Path2D.Double();
            for (int j = 0; j < cs.length; j++) {
                double x = WebMercator.x(cs[j].x) * world - ox;
                double y = WebMercator.y(cs[j].y) * world - oy;
                if (j == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(selected ? HALO : new Color(255, 255, 255, 190));
            g.setStroke(new BasicStroke((float) style.width() + (selected ? 8f : 2.5f), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g.draw(path);
            g.setColor(style.color());
            g.setStroke(stroke(style));
            g.draw(path);
        }
    }

    private static BasicStroke stroke(ThematicStyle style) {
        float[] dash = null;
        if (style.dash() != null) {
            dash = new float[style.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) style.dash()[i];
            }
        }
        return new BasicStroke((float) style.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 4f, dash, 0f);
    }

    private static void symbol(Graphics2D g, ThematicStyle.Symbol s, double x, double y, double r, Color color) {
        Shape shape = switch (s) {
            case SQUARE -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case DIAMOND -> polygon(new double[]{x, x + r * 1.2, x, x - r * 1.2}, new double[]{y - r * 1.2, y, y + r * 1.2, y});
            case TRIANGLE -> polygon(new double[]{x, x + r * 1.15, x - r * 1.15}, new double[]{y - r * 1.2, y + r, y + r});
            default -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
        g.setColor(s == ThematicStyle.Symbol.RING ? Color.WHITE : color);
        g.fill(shape);
        g.setColor(s == ThematicStyle.Symbol.RING ? color : Color.WHITE);
        g.setStroke(new BasicStroke(s == ThematicStyle.Symbol.RING ? 3f : 1.5f));
        g.draw(shape);
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    private void legend(Graphics2D g, List<AtlasLayer> layers, int width, int height) {
        StringBuilder all = new StringBuilder();
        layers.forEach(l -> all.append(text.getString("layer." + l.id())));
        g.setFont(Typefaces.awtFor(all, false, false, 14f));
        FontMetrics fm = g.getFontMetrics();
        int row = fm.getHeight() + 2;
        int w = 0;
        for (AtlasLayer l : layers) {
            w = Math.max(w, fm.stringWidth(text.getString("layer." + l.id())));
        }
        int boxW = w + 64;
        int boxH = row * layers.size() + 16;
        int x0 = width - boxW - 14;
        int y0 = height - boxH - 34;
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRoundRect(x0, y0, boxW, boxH, 10, 10);
        g.setColor(new Color(180, 180, 180));
        g.drawRoundRect(x0, y0, boxW, boxH, 10, 10);
        int y = y0 + 8 + fm.getAscent();
        for (AtlasLayer l : layers) {
            ThematicStyle st = ThematicStyle.of(l);
            int cy = y - fm.getAscent() / 2 + 2;
            if (l.isChannel()) {
                g.setColor(st.color());
                g.setStroke(stroke(st));
                g.drawLine(x0 + 10, cy, x0 + 42, cy);
            } else {
                symbol(g, ThematicStyle.symbol(l == AtlasLayer.CONFUCIUS ? "confucius-institute" : "station"),
                        x0 + 26, cy, 5, st.color());
            }
            g.setColor(new Color(40, 40, 40));
            g.drawString(text.getString("layer." + l.id()), x0 + 52, y);
            y += row;
        }
    }

    private void caption(Graphics2D g, String caption, int width) {
        g.setFont(Typefaces.awtFor(caption, true, false, 20f));
        FontMetrics fm = g.getFontMetrics();
        int maxW = (int) (width * 0.8);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // Break after spaces, and after every Chinese character (Chinese has no spaces between words).
        for (String token : caption.split("(?<= )|(?<=[\\u3000-\\u9fff\\uff00-\\uffef])")) {
            if (fm.stringWidth(line + token) > maxW && line.length() > 0) {
                lines.add(line.toString().strip());
                line = new StringBuilder(token);
            } else {
                line.append(token);
            }
        }
        lines.add(line.toString().strip());
        int h = lines.size() * fm.getHeight() + 20;
        int w = lines.stream().mapToInt(fm::stringWidth).max().orElse(0) + 36;
        int x0 = (width - w) / 2;
        g.setColor(new Color(33, 33, 33, 215));
        g.fillRoundRect(x0, 16, w, h, 12, 12);
        g.setColor(Color.WHITE);
        int y = 16 + 10 + fm.getAscent();
        for (String l : lines) {
            g.drawString(l, x0 + 18, y);
            y += fm.getHeight();
        }
    }
}
