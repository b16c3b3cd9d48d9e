package org.briatlas.geo;

/**
 * Spherical Web-Mercator (EPSG:3857) maths on the standard 256-pixel tile grid.
 *
 * <p>Normalised Mercator coordinates run from 0 to 1: x from 180 degrees west to 180 degrees east, y from
 * {@link #MAX_LATITUDE} north down to the same latitude south. World pixels at zoom z are the normalised
 * coordinates times {@code 256 * 2^z}. Arguments are always (longitude, latitude) in that order.
 * Pure functions, safe on any thread.
 */
public final class WebMercator {

    /** Tile edge in logical pixels. */
    public static final int TILE_SIZE = 256;
    /** Latitude at which the square Mercator world ends. */
    public static final double MAX_LATITUDE = 85.05112877980659;
    /** Earth radius of the spherical model, metres. */
    public static final double EARTH_RADIUS_M = 6_378_137.0;

    private WebMercator() {
    }

    /** Normalised x (0 west edge, 1 east edge) of a longitude in degrees. */
    public static double x(double lon) {
        return (lon + 180.0) / 360.0;
    }

    /** Normalised y (0 top, 1 bottom) of a latitude in degrees, clamped to the Mercator square. */
    public static double y(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    /** Longitude in degrees of a normalised x. */
    public static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    /** Latitude in degrees of a normalised y. */
    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** Size of the whole world in logical pixels at a (possibly fractional) zoom. */
    public static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Ground metres covered by one logical pixel at a latitude and zoom. */
    public static double metresPerPixel(double lat, double zoom) {
        return Math.cos(Math.toRadians(lat)) * 2 * Math.PI * EARTH_RADIUS_M / worldSize(zoom);
    }

    /** The tile that holds a point at an integer zoom. */
    public static TileId tileAt(double lon, double lat, int zoom) {
        long n = 1L << zoom;
        long col = (long) Math.floor(x(lon) * n);
        long row = (long) Math.floor(y(lat) * n);
        return new TileId(zoom, Math.min(n - 1, Math.max(0, col)), Math.min(n - 1, Math.max(0, row)));
    }
}
