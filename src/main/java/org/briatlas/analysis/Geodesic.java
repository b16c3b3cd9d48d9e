package org.briatlas.analysis;

import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Lengths and bearings on the WGS84 ellipsoid, for geometries in (longitude, latitude) degrees, by Karney's
 * geodesic algorithms (GeographicLib), accurate to a few nanometres. Parts of a multi-line are added up, so a
 * route split at 180 degrees is measured as one. Pure functions; safe on any thread.
 */
public final class Geodesic {

    /** IUGG mean Earth radius, km: for rough conversions of a distance into degrees only. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private static final net.sf.geographiclib.Geodesic WGS84 = net.sf.geographiclib.Geodesic.WGS84;

    private Geodesic() {
    }

    /** The geodesic between two points: its length in km and its initial bearing, degrees clockwise from north. */
    public record Line(double lengthKm, double bearing) {
    }

    /** Geodesic distance in km between two (longitude, latitude) points on WGS84. */
    public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        if (lon1 == lon2 && lat1 == lat2) {
            return 0;
        }
        return WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000;
    }

    /** The geodesic from the first point to the second: length and initial bearing (0 to 360). */
    public static Line inverse(double lon1, double lat1, double lon2, double lat2) {
        GeodesicData d = WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE | GeodesicMask.AZIMUTH);
        double bearing = d.azi1;
        if (bearing < 0) {
            bearing += 360;
        }
        return new Line(d.s12 / 1000, bearing);
    }

    /** The point {@code km} from (lon, lat) along the bearing: {longitude, latitude}. */
    public static double[] direct(double lon, double lat, double bearing, double km) {
        GeodesicData d = WGS84.Direct(lat, lon, bearing, km * 1000);
        return new double[]{d.lon2, d.lat2};
    }

    /** Length in km of every line in the geometry; 0 for points and polygons. */
    public static double lengthKm(Geometry g) {
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString line) {
                total += lengthKm(line.getCoordinates(), 0, line.getNumPoints() - 1);
            }
        }
        return total;
    }

    /**
     * Area in km² of every polygon in the geometry on the ellipsoid (GeographicLib's PolygonArea), holes
     * taken away; 0 for points and lines.
     */
    public static double areaKm2(Geometry g) {
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.Polygon p) {
                total += ringKm2(p.getExteriorRing().getCoordinates());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    total -= ringKm2(p.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return total;
    }

    private static double ringKm2(Coordinate[] ring) {
        net.sf.geographiclib.PolygonArea area = new net.sf.geographiclib.PolygonArea(
                net.sf.geographiclib.Geodesic.WGS84, false);
        for (int i = 0; i + 1 < ring.length; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        return Math.abs(area.Compute(false, true).area) / 1e6;
    }

    /** Length in km of the path through {@code cs[from]} to {@code cs[to]}. */
    public static double lengthKm(Coordinate[] cs, int from, int to) {
        double total = 0;
        for (int j = from + 1; j <= to; j++) {
            total += distanceKm(cs[j - 1].x, cs[j - 1].y, cs[j].x, cs[j].y);
        }
        return total;
    }
}
