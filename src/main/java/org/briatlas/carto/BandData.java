package org.briatlas.carto;

import java.util.EnumMap;
import java.util.Map;

/**
 * All base-map layers of one zoom band, indexed for drawing. Immutable; safe to share between threads.
 */
public final class BandData {

    private final ZoomBand band;
    private final Map<BaseLayer, ShapeIndex> layers;

    public BandData(ZoomBand band, Map<BaseLayer, ShapeIndex> layers) {
        this.band = band;
        this.layers = new EnumMap<>(layers);
    }

    public ZoomBand band() {
        return band;
    }

    public ShapeIndex layer(BaseLayer layer) {
        return layers.get(layer);
    }
}
