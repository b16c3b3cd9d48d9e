package org.briatlas.state;

import org.briatlas.analysis.FeatureIndex;
import org.briatlas.carto.ThematicPainter;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;

import java.util.List;

/**
 * What the map needs to draw and pick the features: the painter (geometry projected once, lines in the
 * layer order) and the spatial index. Made off the interface thread by the loader whenever the features or
 * their order change, and handed over whole, so that a layer of a million features costs the interface
 * thread nothing to take in. Immutable but for the painter's country outlines, which the loader sets.
 *
 * @param painter draws the features and the country shading
 * @param index   finds the feature under a point
 */
public record Thematics(ThematicPainter painter, FeatureIndex index) {

    /** Projects and indexes the features; slow for large data, so call it off the interface thread. */
    public static Thematics of(AtlasData data, List<AtlasLayer> order, List<GeoFeature> countries) {
        return of(data, order, countries, null);
    }

    /**
     * As {@link #of(AtlasData, List, List)}, taking over from {@code previous} (may be null) the packed
     * geometry of the user's layers whose features have not changed.
     */
    public static Thematics of(AtlasData data, List<AtlasLayer> order, List<GeoFeature> countries,
                               Thematics previous) {
        ThematicPainter painter = new ThematicPainter(data.features(), order,
                previous == null ? null : previous.painter());
        painter.setCountries(countries);
        // The user's features are picked through their painter's grid: an R-tree of a million points with a
        // projected copy of each would double what the layer holds.
        java.util.List<org.briatlas.model.AtlasFeature> shipped = new java.util.ArrayList<>();
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l != AtlasLayer.USER) {
                shipped.addAll(data.layer(l));
            }
        }
        return new Thematics(painter, new FeatureIndex(shipped));
    }

    /** Nothing to draw yet. */
    public static Thematics empty() {
        return new Thematics(new ThematicPainter(List.of()), new FeatureIndex(List.of()));
    }
}
