package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.StatTable;
import org.briatlas.model.Tour;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Draws one tour stop as a slide without JavaFX, through the {@link MapComposer} that {@code render} uses: the
 * base map, the countries shaded by the paper's trade figures for the stop's year, the stop's visible layers
 * (the selected feature haloed, features not yet opened in the stop's year faint), the place names, a legend
 * of those layers and the shading, the caption and the source line. A stop that names a table shows the map on
 * the left and the table on the right ({@link TablePanel}): its chart with the flagged figures and the year
 * marked, or its entries, and its source line; the countries it concerns are outlined on the map, as in the
 * window. Used by {@code render --tour} and by the window's slide export. Thread-safe.
 */
public final class SlideRenderer {

    /** The share of a slide's width that the map keeps when a table stands beside it. */
    public static final double MAP_SHARE_WITH_TABLE = 0.56;

    private final MapComposer composer;
    private final ResourceBundle text;

    /**
     * Slides over the shipped tables and country outlines.
     *
     * @throws UncheckedIOException if the shipped tables' relations or the country outlines cannot be read
     */
    public SlideRenderer(BaseMapData map, AtlasData data, ResourceBundle text) {
        this(new MapComposer(map, data, shippedStatistics()), text);
    }

    /** Slides drawn by a composition (its features, tables and shading). */
    public SlideRenderer(MapComposer composer, ResourceBundle text) {
        this.composer = composer;
        this.text = text;
    }

    private static PaperStatistics shippedStatistics() {
        try {
            return PaperStatistics.shipped();
        } catch (IOException e) {
            throw new UncheckedIOException("the paper's tables cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A slide of a stop, {@code width x height} logical pixels at the given density.
     *
     * @throws BaseMapException if the base map cannot be read
     */
    public BufferedImage render(Tour.Stop stop, int number, int count, String language, int width, int height,
                                double scale) {
        Optional<StatTable> table = stop.table() == null ? Optional.empty()
                : composer.statistics().table(stop.table());
        int mapWidth = table.isPresent() ? (int) Math.round(width * MAP_SHARE_WITH_TABLE) : width;
        List<AtlasLayer> shown = new ArrayList<>();
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l.isShipped() && (stop.layers().isEmpty() || stop.layers().contains(l.id()))) {
                shown.add(l);
            }
        }
        AtlasFeature selected = stop.feature() == null ? null : composer.atlas().byId(stop.feature()).orElse(null);
        Set<String> outlined = table.map(t -> PaperStatistics.countriesOf(t.number())).orElse(Set.of());
        MapScene scene = new MapScene(new MapViewpoint(stop.lon(), stop.lat(), stop.zoom()), mapWidth, height, shown,
                selected, stop.year(), outlined, true, language);
        BufferedImage map = composer.render(scene, scale);
        BufferedImage image = map;
        if (table.isPresent()) {
            image = new BufferedImage((int) Math.round(width * scale), map.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D whole = image.createGraphics();
            try {
                whole.drawImage(map, 0, 0, null);
            } finally {
                whole.dispose();
            }
        }
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            MapComposer.smooth(g);
            double sourceTop = MapComposer.drawSource(g, text.getString("slide.source"), mapWidth, height);
            MapLegend.draw(g, text, shown, composer.statistics().countries().isEmpty() ? null : stop.year(),
                    mapWidth - 14, sourceTop - 8);
            MapComposer.drawTitle(g, number + "/" + count + "  " + Tour.text(stop.caption(), language), 0, mapWidth);
            if (table.isPresent()) {
                new TablePanel(text).draw(g, table.get(), composer.statistics().findingsOf(table.get().number()),
                        stop.year(), mapWidth, 0, width - mapWidth, height);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
