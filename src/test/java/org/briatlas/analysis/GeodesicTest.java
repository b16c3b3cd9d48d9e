package org.briatlas.analysis;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Geodesic distances, bearings and line lengths of {@link Geodesic} against published WGS84 ellipsoid
 * figures, met to the metre (the figures are printed to the metre); symmetry, the short way across 180
 * degrees and the adding up of parts are met exactly.
 */
class GeodesicTest {

    /** The published figures are printed to the metre: they are met to a metre per thousand km and 1 m. */
    private static final double STATED_ACCURACY = 1e-6;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** The distance between (lon1, lat1) and (lon2, lat2) is the published km, within the stated accuracy. */
    private static void check(double lon1, double lat1, double lon2, double lat2, double publishedKm) {
        double km = Geodesic.distanceKm(lon1, lat1, lon2, lat2);
        assertEquals(publishedKm, km, publishedKm * STATED_ACCURACY + 0.001,
                "(" + lon1 + ", " + lat1 + ") to (" + lon2 + ", " + lat2 + ")");
    }

    private static LineString line(double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return GEOMETRY.createLineString(cs);
    }

    @Test
    void aDegreeOfTheEquator() {
        // The WGS84 equator is a circle of radius a = 6378.137 km: one degree is 2 pi a / 360 = 111.319 km.
        check(0, 0, 1, 0, 111.319);
        check(126, 0, 127, 0, 111.319);
    }

    @Test
    void aDegreeOfTheMeridianAt45Degrees() {
        // WGS84 meridian arc from 44.5 to 45.5 degrees north: 111.132 km (the usual "length of a degree of
        // latitude" table; the integral of the meridian's radius of curvature a(1 - e^2)/(1 - e^2 sin^2)^1.5).
        check(0, 44.5, 0, 45.5, 111.132);
        check(126.65, 44.5, 126.65, 45.5, 111.132);
    }

    @Test
    void aQuarterMeridian() {
        // Equator to pole on WGS84: 10001.966 km (the metre's original definition, 1/10,000,000 of it).
        check(0, 0, 0, 90, 10_001.966);
        check(127, 90, 127, 0, 10_001.966);
    }

    @Test
    void jfkToHeathrow() {
        // GeographicLib's documented example (Karney): Geodesic::WGS84().Inverse(40.6, -73.8, 51.6, -0.5)
        // gives s12 = 5551759.400 m.
        check(-73.8, 40.6, -0.5, 51.6, 5_551.759);
    }

    @Test
    void wellingtonToSalamancaNearlyAntipodal() {
        // GeographicLib's JavaScript README (Karney): Inverse(-41.32, 174.81, 40.96, -5.50) prints
        // "The distance is 19959679.267 m."
        check(174.81, -41.32, -5.50, 40.96, 19_959.679);
    }

    @Test
    void aPointHasNoDistanceFromItself() {
        assertEquals(0, Geodesic.distanceKm(126.65, 45.75, 126.65, 45.75), 1e-12);
        assertEquals(0, Geodesic.distanceKm(0, 90, 120, 90), 1e-9, "every longitude meets at the pole");
    }

    @Test
    void distanceIsSymmetric() {
        double harbinToMoscow = Geodesic.distanceKm(126.65, 45.75, 37.62, 55.75);
        assertEquals(harbinToMoscow, Geodesic.distanceKm(37.62, 55.75, 126.65, 45.75), 1e-9);
    }

    @Test
    void theShortWayAcross180Degrees() {
        // 179.5 E to 179.5 W is one degree of the equator, not 359.
        assertEquals(Geodesic.distanceKm(0, 0, 1, 0), Geodesic.distanceKm(179.5, 0, -179.5, 0), 1e-9);
        check(179.5, 0, -179.5, 0, 111.319);
    }

    @Test
    void antipodesAreHalfACircleApart() {
        // Half the WGS84 meridian, pole to pole, twice the quarter above: 20003.931 km. The shortest way between
        // antipodes on the equator goes over a pole too, so it is the same length.
        check(0, 90, 0, -90, 20_003.931);
        check(10, 0, -170, 0, 20_003.931);
    }

    @Test
    void bearingsAreThoseOfTheEllipsoid() {
        // Karney's JFK-LHR example: azi1 = 51.198882845579824 degrees.
        assertEquals(51.198883, Geodesic.inverse(-73.8, 40.6, -0.5, 51.6).bearing(), 1e-6);
        assertEquals(90, Geodesic.inverse(0, 0, 1, 0).bearing(), 1e-9, "due east along the equator");
        assertEquals(180, Geodesic.inverse(126.65, 45.75, 126.65, 44.75).bearing(), 1e-9, "due south");
        double[] back = Geodesic.direct(-73.8, 40.6, 51.198882845579824, 5_551.7594);
        assertEquals(-0.5, back[0], 1e-5);
        assertEquals(51.6, back[1], 1e-5);
    }

    @Test
    void aLineStringIsTheSumOfItsSegments() {
        LineString equator = line(0, 0, 1, 0, 2, 0, 3, 0);
        assertEquals(3 * Geodesic.distanceKm(0, 0, 1, 0), Geodesic.lengthKm(equator), 1e-9);
        assertEquals(3 * 111.319, Geodesic.lengthKm(equator), 3 * 0.0005, "three times a figure printed to the metre");
        LineString jfkLhr = line(-73.8, 40.6, -0.5, 51.6);
        assertEquals(5_551.759, Geodesic.lengthKm(jfkLhr), 5_551.759 * STATED_ACCURACY);
    }

    @Test
    void aLineStringThatTurnsBackCountsBothWays() {
        LineString outAndBack = line(0, 0, 0, 1, 0, 0);
        assertEquals(2 * Geodesic.distanceKm(0, 0, 0, 1), Geodesic.lengthKm(outAndBack), 1e-9);
    }

    @Test
    void aMultiLineStringSplitAt180DegreesIsMeasuredAsOneRoute() {
        LineString west = line(179, 10, 180, 10);
        LineString east = line(-180, 10, -179, 10);
        MultiLineString route = GEOMETRY.createMultiLineString(new LineString[]{west, east});
        double km = Geodesic.lengthKm(route);
        assertEquals(Geodesic.lengthKm(west) + Geodesic.lengthKm(east), km, 1e-9);
        // Two degrees of the 10th parallel, about 2 x 111.319 x cos 10 = 219 km; the jump between the
        // parts (from 180 to -180, the same meridian) is not a length.
        assertEquals(2 * 111.319 * Math.cos(Math.toRadians(10)), km, 2.0, "about 219 km");
    }

    @Test
    void aMultiLineStringAddsUpItsParts() {
        LineString a = line(126.65, 45.75, 131.15, 44.40);
        LineString b = line(0, 0, 0, 1, 1, 1);
        MultiLineString both = GEOMETRY.createMultiLineString(new LineString[]{a, b});
        assertEquals(Geodesic.lengthKm(a) + Geodesic.lengthKm(b), Geodesic.lengthKm(both), 1e-9);
        assertEquals(Geodesic.distanceKm(0, 0, 0, 1) + Geodesic.distanceKm(0, 1, 1, 1), Geodesic.lengthKm(b), 1e-9);
    }

    @Test
    void pointsAndPolygonsHaveNoLength() {
        assertEquals(0, Geodesic.lengthKm(GEOMETRY.createPoint(new Coordinate(126.65, 45.75))), 0);
        Coordinate[] ring = {new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1), new Coordinate(0, 0)};
        assertEquals(0, Geodesic.lengthKm(GEOMETRY.createPolygon(ring)), 0);
    }
}
