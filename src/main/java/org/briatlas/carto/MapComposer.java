package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The one headless composition of a map, shared by {@code render} and the slides so that both draw a route
 * the same way, and the way the window does: the base map without its labels, then the country shading and
 * the thematic layers through the window's {@link ThematicPainter} on a {@link Java2DSurface}, then the place
 * names on top. Also draws what goes over a map: a title, the source line. No JavaFX; thread-safe (the
 * painter only reads while painting).
 */
public final class MapComposer {

    private final ViewRenderer base;
    private final AtlasData atlas;
    private final PaperStatistics statistics;
    private final ThematicPainter painter;

    /**
     * @param map        the base map
     * @param atlas      the features to draw (any layers; drawn in the order of the layers)
     * @param statistics the tables, their findings and the trade figures and country outlines that shade the map
     */
    public MapComposer(BaseMapData map, AtlasData atlas, PaperStatistics statistics) {
        this.base = new ViewRenderer(map, labels -> CorridorPlaceLabels.mark(labels, atlas.features()));
        this.atlas = atlas;
        this.statistics = statistics;
        this.painter = new ThematicPainter(atlas.features());
        painter.setCountries(statistics.countries());
    }

    /** Draws the user's features in these layers' order and styles. */
    public MapComposer withUserLayers(List<org.briatlas.model.UserLayer> layers) {
        painter.userLayers().setLayers(layers);
        return this;
    }

    public AtlasData atlas() {
        return atlas;
    }

    public PaperStatistics statistics() {
        return statistics;
    }

    /**
     * A map of a scene, {@code width x height} logical pixels at {@code scale} device pixels each.
     *
     * @throws BaseMapException if the base map cannot be read
     */
    public BufferedImage render(MapScene scene, double scale) {
        BufferedImage image = base.render(scene.view(), scene.width(), scene.height(), scale, false, scene.language());
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            smooth(g);
            Graphics2D layers = (Graphics2D) g.create();
            try {
                painter.paint(new Java2DSurface(layers), frame(scene));
            } finally {
                layers.dispose();
            }
            if (scene.labels()) {
                base.drawLabels(g, scene.view(), scene.width(), scene.height(), scene.language());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The painter's frame of a scene: the same view arithmetic as the base map's, so that both line up. */
    private ThematicFrame frame(MapScene s) {
        double world = WebMercator.worldSize(s.view().zoom());
        double originX = WebMercator.x(s.view().lon()) * world - s.width() / 2.0;
        double originY = WebMercator.y(s.view().lat()) * world - s.height() / 2.0;
        List<AtlasLayer> shown = s.layers();
        return new ThematicFrame(world, originX, originY, s.width(), s.height(), shown::contains, s.selected(), null,
                s.year(), 1, statistics.trade(), s.outlined(), null);
    }

    /** Antialiased shapes and text, for everything drawn over a map. */
    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Lines of a title or caption at most: a longer one ends with "…". */
    public static final int TITLE_LINES = 3;

    /**
     * A title or caption in a dark box at the top, centred over the {@code width} pixels from {@code x}, broken
     * into lines of at most 80% of that width.
     *
     * @return the y of the box's bottom edge (the top margin when the text is blank)
     */
    public static double drawTitle(Graphics2D g, String title, double x, double width) {
        double top = 16;
        g.setFont(Typefaces.awtFor(title, true, false, 20f));
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = TextWrap.lines(title, fm, width * 0.8, TITLE_LINES);
        if (lines.isEmpty()) {
            return top;
        }
        int h = lines.size() * fm.getHeight() + 20;
        int w = lines.stream().mapToInt(fm::stringWidth).max().orElse(0) + 36;
        int x0 = (int) Math.round(x + (width - w) / 2);
        g.setColor(new Color(33, 33, 33, 215));
        g.fillRoundRect(x0, (int) top, w, h, 12, 12);
        g.setColor(Color.WHITE);
        int y = (int) top + 10 + fm.getAscent();
        for (String l : lines) {
            g.drawString(l, x0 + 18, y);
            y += fm.getHeight();
        }
        return top + h;
    }

    /**
     * The source line at the bottom left of a map of {@code width x height} logical pixels, over a pale band so
     * that it reads over any map; at most two lines.
     *
     * @return the y of the band's top edge, for what is drawn above it (a legend)
     */
    public static double drawSource(Graphics2D g, String source, double width, double height) {
        g.setFont(Typefaces.awtFor(source, false, false, 12f));
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = TextWrap.lines(source, fm, Math.max(40, width - 24), 2);
        int w = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
        int lineH = fm.getHeight();
        int y0 = (int) Math.round(height - 6 - lines.size() * lineH);
        g.setColor(new Color(255, 255, 255, 170));
        g.fillRect(6, y0, w + 12, lines.size() * lineH + 4);
        g.setColor(new Color(60, 60, 60));
        int y = y0 + fm.getAscent() + 2;
        for (String l : lines) {
            g.drawString(l, 12, y);
            y += lineH;
        }
        return y0;
    }
}
