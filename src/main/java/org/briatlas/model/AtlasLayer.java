package org.briatlas.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The thematic layers the atlas draws over the base map: the eight channels of the paper's Table 2,
 * the places they name, and two point layers from Tables 10 and 7. Each is one GeoJSON file under geo/.
 */
public enum AtlasLayer {
    LAND_SEA("land-sea", "corridors/land-sea.geojson", true),
    RAILWAY("railway", "corridors/railway.geojson", true),
    HIGHWAY("highway", "corridors/highway.geojson", true),
    WATER("water", "corridors/water.geojson", true),
    AVIATION("aviation", "corridors/aviation.geojson", true),
    PIPELINE("pipeline", "corridors/pipeline.geojson", true),
    GRID("grid", "corridors/grid.geojson", true),
    CABLE("cable", "corridors/cable.geojson", true),
    PLACES("places", "places/places.geojson", false),
    CONFUCIUS("confucius-institutes", "thematic/confucius-institutes.geojson", false),
    ECOMMERCE("ecommerce", "thematic/ecommerce-cities.geojson", false),
    /** A GeoJSON file the user opened; not shipped, so it has no file of its own here. */
    USER("user", null, false);

    private final String id;
    private final String file;
    private final boolean channel;

    AtlasLayer(String id, String file, boolean channel) {
        this.id = id;
        this.file = file;
        this.channel = channel;
    }

    /** Stable id, as used in the features' {@code channel} property and in resource keys. */
    public String id() {
        return id;
    }

    /** True for the layers shipped with the atlas (every layer but {@link #USER}). */
    public boolean isShipped() {
        return file != null;
    }

    /** File under geo/; null for {@link #USER}. */
    public String file() {
        return file;
    }

    /** True for the eight Table 2 channels, false for the place and thematic point layers. */
    public boolean isChannel() {
        return channel;
    }

    public static Optional<AtlasLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
