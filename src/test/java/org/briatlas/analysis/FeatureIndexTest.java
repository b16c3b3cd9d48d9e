package org.briatlas.analysis;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Picking with {@link FeatureIndex}: the nearest line within the tolerance, points winning over lines
 * within reach (and losing when out of reach), nothing beyond the tolerance, and the filter (the visible
 * layers) leaving features out. Features are made up here: two north-south lines and points beside them.
 * Every probe lies on the latitude of the points, so distances in normalised Mercator are differences of
 * longitude / 360, exactly.
 */
class FeatureIndexTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double LAT = 45.5;
    private static final Predicate<AtlasFeature> ALL = f -> true;

    /** A railway along 128 E and a highway along 129 E, from 44 to 47 N. */
    private static final AtlasFeature RAIL = feature(AtlasLayer.RAILWAY, "rail-128", line(128, 44, 128, 47));
    private static final AtlasFeature ROAD = feature(AtlasLayer.HIGHWAY, "road-129", line(129, 44, 129, 47));
    /** A port 0.3 degrees east of the railway, and a hub 0.5 degrees east of it, on the probes' latitude. */
    private static final AtlasFeature PORT = feature(AtlasLayer.PLACES, "port", point(128.3, LAT));
    private static final AtlasFeature HUB = feature(AtlasLayer.ECOMMERCE, "hub", point(128.5, LAT));

    private static final FeatureIndex INDEX = new FeatureIndex(List.of(RAIL, ROAD, PORT, HUB));

    private static AtlasFeature feature(AtlasLayer layer, String id, Geometry g) {
        return new AtlasFeature(layer, new GeoFeature(id, g, Map.of("id", id)));
    }

    private static Geometry line(double lon1, double lat1, double lon2, double lat2) {
        return GEOMETRY.createLineString(new Coordinate[]{new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
    }

    private static Geometry point(double lon, double lat) {
        return GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    /** The feature picked at longitude lon on the probes' latitude, within toleranceDeg degrees of longitude. */
    private static AtlasFeature pick(double lon, double toleranceDeg, Predicate<AtlasFeature> accept) {
        return INDEX.nearest(WebMercator.x(lon), WebMercator.y(LAT), toleranceDeg / 360, accept);
    }

    private static void check(double lon, double toleranceDeg, AtlasFeature expected) {
        check(lon, toleranceDeg, ALL, expected);
    }

    private static void check(double lon, double toleranceDeg, Predicate<AtlasFeature> accept, AtlasFeature expected) {
        assertEquals(expected, pick(lon, toleranceDeg, accept), "picked at " + lon + " E within " + toleranceDeg);
    }

    @Test
    void theNearestLineWithinTheToleranceIsPicked() {
        check(127.9, 0.25, RAIL);
        check(128.0, 0.25, RAIL);
        check(128.8, 0.25, ROAD);
        check(129.2, 0.25, ROAD);
    }

    @Test
    void ofTwoLinesWithinReachTheNearerOneWins() {
        Predicate<AtlasFeature> linesOnly = f -> !f.isPoint();
        check(128.45, 0.6, linesOnly, RAIL);
        check(128.55, 0.6, linesOnly, ROAD);
    }

    @Test
    void aPointWithinReachBeatsANearerLine() {
        // The railway is 0.1 degrees away, the port 0.2: the port is the small target and wins.
        check(128.1, 0.25, PORT);
        // The railway 0.1 away, the port 0.4, both within a tolerance of 0.45.
        check(127.9, 0.45, PORT);
    }

    @Test
    void aPointOutOfReachLosesToALineWithinReach() {
        // The railway is 0.05 degrees away, the port 0.35, beyond the tolerance of 0.25.
        check(127.95, 0.25, RAIL);
        // The highway is 0.2 degrees away, the hub 0.3.
        check(128.8, 0.25, ROAD);
    }

    @Test
    void ofTwoPointsWithinReachTheNearerOneWins() {
        check(128.38, 0.25, PORT);
        check(128.42, 0.25, HUB);
    }

    @Test
    void nothingIsPickedBeyondTheTolerance() {
        // 0.4 from the port, 0.2 from the hub, 0.7 from the railway and 0.3 from the highway.
        check(128.7, 0.15, null);
        check(127.5, 0.25, null);
        check(130.0, 0.5, null);
        // North of the lines' ends.
        assertNull(INDEX.nearest(WebMercator.x(128), WebMercator.y(47.5), 0.25 / 360, ALL));
    }

    @Test
    void theToleranceDecidesWhatIsWithinReach() {
        check(128.7, 0.19, null);
        check(128.7, 0.21, HUB);
    }

    @Test
    void featuresTheFilterRejectsAreNotPicked() {
        Predicate<AtlasFeature> noPlaces = f -> f.layer() != AtlasLayer.PLACES;
        Predicate<AtlasFeature> noRailways = f -> f.layer() != AtlasLayer.RAILWAY;
        // Without the places layer the railway, not the port, is under the pointer.
        check(128.1, 0.25, noPlaces, RAIL);
        // Without the railways the port still wins; with neither there is nothing within reach.
        check(128.1, 0.25, noRailways, PORT);
        check(127.95, 0.25, noRailways, null);
        check(128.1, 0.25, f -> false, null);
    }

    @Test
    void anEmptyIndexPicksNothing() {
        FeatureIndex empty = new FeatureIndex(List.of());
        assertNull(empty.nearest(WebMercator.x(128), WebMercator.y(LAT), 1, ALL));
    }

    @Test
    void projectionIsNormalisedMercator() {
        Geometry projected = FeatureIndex.project(point(126.65, 45.75));
        assertEquals(WebMercator.x(126.65), projected.getCoordinate().x, 1e-15);
        assertEquals(WebMercator.y(45.75), projected.getCoordinate().y, 1e-15);
    }
}
