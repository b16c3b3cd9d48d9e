package org.briatlas.analysis;

import org.briatlas.analysis.network.Planner;
import org.briatlas.model.AtlasFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @Test
    void aPointBesideALineIsMeasuredToTheLineNotToItsEnds() {
        // A meridian segment from 1 S to 1 N and a point 1 degree east on the equator: the nearest point is the
        // segment's middle, one degree of the equator away (111.319 km), not its ends (about 157 km).
        Coordinate p = new Coordinate(1, 0);
        double km = Near.toSegmentKm(p, new Coordinate(0, -1), new Coordinate(0, 1));
        assertEquals(111.319, km, 0.01);
        assertEquals(111.319, Near.distanceKm(GF.createLineString(new Coordinate[]{new Coordinate(0, -1),
                new Coordinate(0, 1)}), GF.createPoint(p), 500), 0.01);
    }

    @Test
    void distancesAreOnTheEllipsoidNotInDegrees() {
        // One degree of latitude at 60 N is 111.4 km, one of longitude there only 55.8 km.
        double north = Near.distanceKm(GF.createPoint(new Coordinate(30, 60)), GF.createPoint(new Coordinate(30, 61)),
                500);
        double east = Near.distanceKm(GF.createPoint(new Coordinate(30, 60)), GF.createPoint(new Coordinate(31, 60)),
                500);
        assertEquals(Geodesic.distanceKm(30, 60, 30, 61), north, 1e-9);
        assertEquals(Geodesic.distanceKm(30, 60, 31, 60), east, 1e-9);
        assertTrue(east < 0.51 * north);
    }

    @Test
    void whatLiesWithin50KmOfTheHarbinEuropeTrain() throws Exception {
        Planner p = Planner.shipped();
        AtlasFeature train = p.data().byId("rail-harbin-europe-train").orElseThrow();
        List<Near.Item> items = Near.within(train.geometry(), 50, p.data().features(), train);
        List<String> ids = items.stream().map(i -> i.feature().id()).toList();
        assertTrue(ids.containsAll(List.of("place-harbin", "place-manzhouli", "place-chita", "place-yekaterinburg",
                "place-zabaykalsk")), ids.toString());
        assertTrue(!ids.contains("rail-harbin-europe-train"), "not itself");
        assertTrue(!ids.contains("place-busan-port"));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i).distanceKm() >= items.get(i - 1).distanceKm(), "nearest first");
        }
        assertTrue(items.stream().allMatch(i -> i.distanceKm() <= 50));
        // Harbin Taiping airport lies about 28 km from the line through Harbin: within 50 km, not within 20.
        double airport = items.stream().filter(i -> i.feature().id().equals("place-harbin-taiping-airport"))
                .findFirst().orElseThrow().distanceKm();
        assertTrue(airport > 20 && airport < 40, airport + " km");
    }

    @Test
    void theUsersOwnFeaturesAreFoundNearToo() throws Exception {
        Planner p = Planner.shipped();
        AtlasFeature train = p.data().byId("rail-harbin-europe-train").orElseThrow();
        AtlasFeature school = new AtlasFeature(org.briatlas.model.AtlasLayer.USER, new org.briatlas.model.GeoFeature(
                "school", GF.createPoint(new Coordinate(126.70, 45.80)), java.util.Map.of("name", "Our school")));
        List<AtlasFeature> all = new java.util.ArrayList<>(p.data().features());
        all.add(school);
        assertTrue(Near.within(train.geometry(), 50, all, train).stream().anyMatch(i -> i.feature() == school));
    }
}
