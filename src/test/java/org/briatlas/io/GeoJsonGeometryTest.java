package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.briatlas.io.GeoJsonLimitsTest.collection;
import static org.briatlas.io.GeoJsonLimitsTest.point;
import static org.briatlas.io.GeoJsonLimitsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Features without a location, and geometries that cross 180 degrees of longitude. */
class GeoJsonGeometryTest {

    private static GeoFeature one(String geometry) throws IOException {
        FeatureCollection fc = read(collection("{\"type\":\"Feature\",\"id\":\"x\",\"properties\":{},\"geometry\":"
                + geometry + "}"));
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
        assertEquals(1, fc.features().size());
        return fc.features().get(0);
    }

    /** The geometry read equals the expected one (WKT), up to the order of its parts. */
    private static void checkGeometry(String geometry, String expectedWkt) throws Exception {
        Geometry actual = one(geometry).geometry();
        Geometry expected = new WKTReader().read(expectedWkt);
        assertEquals(expected.getGeometryType(), actual.getGeometryType(), actual.toText());
        assertEquals(expected.getNumGeometries(), actual.getNumGeometries(), actual.toText());
        assertTrue(expected.norm().equalsExact(actual.norm(), 1e-9), "expected " + expected + ", read " + actual);
    }

    @Test
    void aFeatureWithoutGeometryIsKeptAsUnlocated() throws IOException {
        FeatureCollection fc = read(collection(point("a", ""),
                "{\"type\":\"Feature\",\"id\":\"nowhere\",\"properties\":{\"name\":\"Office\"},\"geometry\":null}",
                point("c", "")));
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
        assertEquals(List.of("a", "nowhere", "c"), fc.features().stream().map(GeoFeature::id).toList());
        GeoFeature nowhere = fc.features().get(1);
        assertTrue(nowhere.geometry().isEmpty());
        assertEquals("Office", nowhere.properties().get("name"));
    }

    @Test
    void aPolygonAcross180IsSplitThere() throws Exception {
        checkGeometry("{\"type\":\"Polygon\",\"coordinates\":[[[179,60],[-179,60],[-179,62],[179,62],[179,60]]]}",
                "MULTIPOLYGON (((179 60, 180 60, 180 62, 179 62, 179 60)),"
                        + " ((-180 60, -179 60, -179 62, -180 62, -180 60)))");
        // Starting east of 180, with a hole that crosses too.
        checkGeometry("{\"type\":\"Polygon\",\"coordinates\":[[[-175,50],[-175,60],[175,60],[175,50],[-175,50]],"
                        + "[[-178,52],[178,52],[178,58],[-178,58],[-178,52]]]}",
                "MULTIPOLYGON (((175 50, 180 50, 180 52, 178 52, 178 58, 180 58, 180 60, 175 60, 175 50)),"
                        + " ((-180 50, -175 50, -175 60, -180 60, -180 58, -178 58, -178 52, -180 52, -180 50)))");
    }

    @Test
    void aMultiPolygonSplitsOnlyThePartsThatCross() throws Exception {
        checkGeometry("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[170,0],[-170,0],[-170,10],[170,10],[170,0]]],"
                        + "[[[0,0],[1,0],[1,1],[0,0]]]]}",
                "MULTIPOLYGON (((170 0, 180 0, 180 10, 170 10, 170 0)), ((-180 0, -170 0, -170 10, -180 10, -180 0)),"
                        + " ((0 0, 1 0, 1 1, 0 0)))");
    }

    @Test
    void aPolygonAlreadyCutAt180IsLeftAsItIs() throws Exception {
        String cut = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[170,0],[180,0],[180,10],[170,10],[170,0]]],"
                + "[[[-180,0],[-170,0],[-170,10],[-180,10],[-180,0]]]]}";
        checkGeometry(cut, "MULTIPOLYGON (((170 0, 180 0, 180 10, 170 10, 170 0)),"
                + " ((-180 0, -170 0, -170 10, -180 10, -180 0)))");
        // A ring along the whole width of the map (as Antarctica is drawn) is not a crossing either.
        checkGeometry("{\"type\":\"Polygon\",\"coordinates\":[[[-180,-90],[180,-90],[180,-80],[-180,-80],[-180,-90]]]}",
                "POLYGON ((-180 -90, 180 -90, 180 -80, -180 -80, -180 -90))");
    }

    @Test
    void aRingRoundThePoleIsClosedAlongThePoleAndCut() throws IOException {
        Geometry cap = one("{\"type\":\"Polygon\",\"coordinates\":[[[-170,80],[-90,80],[0,80],[90,80],[170,80],"
                + "[-170,80]]]}").geometry();
        assertEquals("Polygon", cap.getGeometryType(), cap.toText());
        assertEquals(3600, cap.getArea(), 1e-9, "the whole cap from 80 degrees north to the pole");
        Envelope e = cap.getEnvelopeInternal();
        assertEquals(new Envelope(-180, 180, 80, 90), e);
    }

    @Test
    void aLineAcross180IsSplitThere() throws Exception {
        checkGeometry("{\"type\":\"LineString\",\"coordinates\":[[178,60],[179,60],[-179,62],[-178,62]]}",
                "MULTILINESTRING ((178 60, 179 60, 180 61), (-180 61, -179 62, -178 62))");
        checkGeometry("{\"type\":\"MultiLineString\",\"coordinates\":[[[1,1],[2,2]],[[-170,0],[170,10],[-170,20]]]}",
                "MULTILINESTRING ((1 1, 2 2), (-170 0, -180 5), (180 5, 170 10, 180 15), (-180 15, -170 20))");
        // A line already cut, and one that hops the seam in a single step, end up the same.
        checkGeometry("{\"type\":\"LineString\",\"coordinates\":[[179,60],[180,60],[-180,60],[-179,60]]}",
                "MULTILINESTRING ((179 60, 180 60), (-180 60, -179 60))");
    }

    @Test
    void nothingSplitSpansMoreThanTheMap() throws IOException {
        List<String> wide = new ArrayList<>();
        GeoFeature f = one("{\"type\":\"GeometryCollection\",\"geometries\":["
                + "{\"type\":\"LineString\",\"coordinates\":[[170,65],[-170,66]]},"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[170,65],[-170,65],[-170,66],[170,66],[170,65]]]}]}");
        for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
            Geometry g = f.geometry().getGeometryN(i);
            for (int j = 0; j < g.getNumGeometries(); j++) {
                Envelope e = g.getGeometryN(j).getEnvelopeInternal();
                if (e.getWidth() > 10) {
                    wide.add(g.getGeometryN(j).toText());
                }
            }
        }
        assertEquals(List.of(), wide);
        assertEquals(2, f.geometry().getNumGeometries());
    }
}
