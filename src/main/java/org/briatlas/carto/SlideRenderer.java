package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Draws one tour stop as a slide without JavaFX: the base map with its labels, the stop's visible
 * corridor layers and places (the selected feature haloed, features not yet opened in the stop's year
 * faint), a legend of those layers, the caption and the source line. The layers and the legend's swatches
 * are drawn by the {@link ThematicPainter}, as in the window. Used by {@code render --tour} and by the
 * window's slide export. Thread-safe.
 */
public final class SlideRenderer {

    private final ViewRenderer base;
    private final AtlasData data;
    private final ThematicPainter painter;
    private final ResourceBundle text;

    public SlideRenderer(BaseMapData map, AtlasData data, ResourceBundle text) {
        this.base = new ViewRenderer(map);
        this.data = data;
        this.painter = new ThematicPainter(data.features());
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
            List<AtlasLayer> shown = new ArrayList<>();
            for (AtlasLayer l : AtlasLayer.values()) {
                if (l != AtlasLayer.USER && (stop.layers().isEmpty() || stop.layers().contains(l.id()))) {
                    shown.add(l);
                }
            }
            AtlasFeature selected = stop.feature() == null ? null : data.byId(stop.feature()).orElse(null);
            Graphics2D layers = (Graphics2D) g.create();
            try {
                painter.paint(new Java2DSurface(layers), ThematicFrame.centred(WebMercator.worldSize(view.zoom()),
                        WebMercator.x(view.lon()), WebMercator.y(view.lat()), width, height, shown::contains,
                        selected, stop.year()));
            } finally {
                layers.dispose();
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

    private static final double SWATCH_WIDTH = 36;
    private static final double SWATCH_HEIGHT = 14;

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
            int cy = y - fm.getAscent() / 2 + 2;
            Graphics2D swatch = (Graphics2D) g.create();
            try {
                swatch.translate(x0 + 8, cy - SWATCH_HEIGHT / 2);
                ThematicPainter.paintSwatch(new Java2DSurface(swatch), l, SWATCH_WIDTH, SWATCH_HEIGHT);
            } finally {
                swatch.dispose();
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
