package org.briatlas.analysis;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Lengths on the Earth, for geometries in (longitude, latitude) degrees, along great circles on a
 * sphere of the IUGG mean radius (within about 0.5% of the ellipsoid). Parts of a multi-line are
 * added up, so a route split at 180 degrees is measured as one. Pure functions.
 */
public final class Geodesic {

    /** IUGG mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geodesic() {
    }

    /** Great-circle distance in km between two (longitude, latitude) points. */
    public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Length in km of every line in the geometry; 0 for points and polygons. */
    public static double lengthKm(Geometry g) {
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString line) {
                Coordinate[] cs = line.getCoordinates();
                for (int j = 1; j < cs.length; j++) {
                    total += distanceKm(cs[j - 1].x, cs[j - 1].y, cs[j].x, cs[j].y);
                }
            }
        }
        return total;
    }
}
