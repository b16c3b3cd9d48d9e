package org.briatlas.carto;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;

import java.util.List;
import java.util.Set;

/**
 * What one headless map shows: the view, its size in logical pixels, the visible thematic layers, the
 * selected feature, the year of the country shading and of the faint not-yet-opened routes, the countries
 * outlined as concerned by a table, whether place names are drawn and in which language. Immutable.
 *
 * @param view        centre (longitude, latitude) and zoom
 * @param width       map width in logical pixels
 * @param height      map height in logical pixels
 * @param layers      the thematic layers drawn, in the order of {@link AtlasLayer} (empty for none)
 * @param selected    the selected feature, haloed; may be null
 * @param year        2006 to 2018
 * @param outlined    ISO codes of countries outlined as concerned by the table shown; empty for none
 * @param labels      whether the city and water names are drawn
 * @param language    "en", "zh" or "ru", for the names
 */
public record MapScene(MapViewpoint view, int width, int height, List<AtlasLayer> layers, AtlasFeature selected,
                       int year, Set<String> outlined, boolean labels, String language) {

    public MapScene {
        layers = List.copyOf(layers);
        outlined = Set.copyOf(outlined);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a map needs at least one pixel: " + width + "x" + height);
        }
    }

    /** Every layer the atlas ships, for a scene that shows them all. */
    public static List<AtlasLayer> allLayers() {
        return java.util.Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isShipped).toList();
    }
}
