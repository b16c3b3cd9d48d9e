package org.briatlas.carto;

import org.briatlas.analysis.TradeByCountry;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What one frame of the thematic layers shows, and where: the view (a point at normalised Web-Mercator
 * (mx, my) is drawn at screen pixel {@code (mx * world - originX, my * world - originY)}), the visible
 * layers, the selected and hovered features (compared by identity with the painter's features), the year,
 * the presentation weight and the country shading. Immutable once built (the visibility predicate is
 * called while painting, on the painting thread).
 *
 * @param world                world size in logical pixels at the zoom ({@code WebMercator.worldSize})
 * @param originX              world pixel x of the frame's left edge
 * @param originY              world pixel y of the frame's top edge
 * @param width                frame width in logical pixels
 * @param height               frame height in logical pixels
 * @param visible              which layers are drawn; null draws them all
 * @param selected             the selected feature, haloed; may be null
 * @param hovered              the feature under the mouse, haloed more lightly; may be null
 * @param year                 features opened after this year are drawn faint
 * @param weight               line widths, dashes and symbol sizes are multiplied by this (presentation)
 * @param trade                trade figures that shade the countries; null shades none
 * @param highlightedCountries ISO codes of countries outlined as concerned by the table shown; null for none
 * @param chosenCountry        ISO code of the chosen country, outlined strongest; may be null
 */
public record ThematicFrame(double world, double originX, double originY, double width, double height,
                            Predicate<AtlasLayer> visible, AtlasFeature selected, AtlasFeature hovered, int year,
                            double weight, TradeByCountry trade, Set<String> highlightedCountries,
                            String chosenCountry) {

    public ThematicFrame {
        visible = visible == null ? layer -> true : visible;
        highlightedCountries = highlightedCountries == null ? Set.of() : Set.copyOf(highlightedCountries);
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    /**
     * A frame of {@code width x height} logical pixels centred on a point given in normalised Mercator,
     * showing the given layers, without countries, at weight 1.
     */
    public static ThematicFrame centred(double world, double centreX, double centreY, double width, double height,
                                        Predicate<AtlasLayer> visible, AtlasFeature selected, int year) {
        return new ThematicFrame(world, centreX * world - width / 2, centreY * world - height / 2, width, height,
                visible, selected, null, year, 1, null, Set.of(), null);
    }
}
