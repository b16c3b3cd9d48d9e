package org.briatlas.geo;

import java.util.Locale;

/**
 * Where the map looks: a centre (longitude, latitude in degrees) and a zoom level.
 */
public record MapViewpoint(double lon, double lat, double zoom) {

    /** Smallest zoom the atlas offers: the whole atlas region. */
    public static final double MIN_ZOOM = 2;
    /** Largest zoom the atlas offers: border crossings and ports. */
    public static final double MAX_ZOOM = 10;

    public MapViewpoint {
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("viewpoint must be finite");
        }
        if (lon < -180 || lon > 180 || lat < -WebMercator.MAX_LATITUDE || lat > WebMercator.MAX_LATITUDE) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "centre %.4f,%.4f is off the map", lon, lat));
        }
    }

    /** The same place with the zoom brought inside the atlas's range. */
    public MapViewpoint clamped() {
        return new MapViewpoint(lon, lat, clampZoom(zoom));
    }

    public static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    // Written out, with the record's own meaning (components compared as Double.compare does): the generated
    // ones link method handles the first time they run, which the start paid on the interface thread.
    @Override
    public boolean equals(Object o) {
        return o instanceof MapViewpoint v && Double.compare(lon, v.lon) == 0 && Double.compare(lat, v.lat) == 0
                && Double.compare(zoom, v.zoom) == 0;
    }

    @Override
    public int hashCode() {
        return (Double.hashCode(lon) * 31 + Double.hashCode(lat)) * 31 + Double.hashCode(zoom);
    }
}
