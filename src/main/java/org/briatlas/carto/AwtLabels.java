package org.briatlas.carto;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Measures and draws base-map labels with Java2D, in the atlas's bundled fonts (see {@link Typefaces}), for images made
 * without JavaFX (the command line). Thread-safe after construction.
 */
public final class AwtLabels implements TextMeasurer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Map<LabelFont, Font> latin = new EnumMap<>(LabelFont.class);
    private final Map<LabelFont, Font> cjk = new EnumMap<>(LabelFont.class);

    public AwtLabels() {
        for (LabelFont f : LabelFont.values()) {
            latin.put(f, Typefaces.latin(f.bold(), f.italic()).deriveFont((float) f.size()));
            cjk.put(f, Typefaces.cjk(f.bold()).deriveFont((float) f.size()));
        }
    }

    /** The font a label's text is set in: Noto Sans, or the bundled CJK face for Chinese. */
    private Font font(LabelFont f, String text) {
        return (Typefaces.needsCjk(text) ? cjk : latin).get(f);
    }

    @Override
    public double width(String text, LabelFont font) {
        return font(font, text).getStringBounds(text, FRC).getWidth();
    }

    @Override
    public double ascent(LabelFont font) {
        return metrics(font).getAscent() * INK_ASCENT;
    }

    @Override
    public double descent(LabelFont font) {
        return metrics(font).getDescent() * INK_DESCENT;
    }

    private LineMetrics metrics(LabelFont font) {
        return latin.get(font).getLineMetrics("Hg", FRC);
    }

    /** Draws placed labels: dots, then a white halo and the text of each. {@code g} is in view pixels. */
    public void draw(Graphics2D g, List<PlacedLabel> labels) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double r = LabelPlacer.DOT_RADIUS;
        for (PlacedLabel p : labels) {
            if (p.label().hasMarker()) {
                Ellipse2D dot = new Ellipse2D.Double(p.anchorX() - r, p.anchorY() - r, 2 * r, 2 * r);
                g.setColor(MapStyle.TEXT_HALO);
                g.setStroke(new BasicStroke(2f));
                g.draw(dot);
                g.setColor(MapStyle.CITY_DOT);
                g.fill(dot);
                if (p.label().kind() == PlaceLabel.Kind.CAPITAL) {
                    g.setColor(MapStyle.TEXT_HALO);
                    g.fill(new Ellipse2D.Double(p.anchorX() - r / 2.5, p.anchorY() - r / 2.5, r / 1.25, r / 1.25));
                }
            }
        }
        for (PlacedLabel p : labels) {
            GlyphVector gv = font(p.font(), p.label().name()).createGlyphVector(g.getFontRenderContext(), p.label().name());
            AffineTransform at = AffineTransform.getTranslateInstance(p.anchorX(), p.anchorY());
            at.rotate(Math.toRadians(p.angle()));
            at.translate(p.textX(), p.textY());
            Shape outline = at.createTransformedShape(gv.getOutline());
            g.setColor(MapStyle.TEXT_HALO);
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
            g.setColor(p.font().water() ? MapStyle.WATER_TEXT : MapStyle.CITY_TEXT);
            g.fill(outline);
        }
    }
}
