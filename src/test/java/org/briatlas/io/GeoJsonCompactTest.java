package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the reader does to hold a million features cheaply must not show: points held in one small object,
 * the feature and geometry maps reused from feature to feature, GeoJSON's words and repeated member names
 * shared.
 */
class GeoJsonCompactTest {

    private static final GeometryFactory JTS = new GeometryFactory();

    private static FeatureCollection read(String json) throws IOException {
        return GeoJsonReader.validating().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.geojson");
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    @Test
    void aPointReadIsEqualToJtsOwnAndWorksInItsOperations() throws Exception {
        FeatureCollection fc = read(collection(
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[126.65,45.75,140]}}"));
        Point p = (Point) fc.features().get(0).geometry();
        Point jts = JTS.createPoint(new Coordinate(126.65, 45.75));
        assertTrue(p.equalsExact(jts));
        assertTrue(jts.equalsExact(p));
        assertEquals(jts, p);
        assertEquals(new Coordinate(126.65, 45.75), p.getCoordinate());
        assertEquals(126.65, p.getX());
        assertEquals(45.75, p.getY());
        assertEquals(new Envelope(126.65, 126.65, 45.75, 45.75), p.getEnvelopeInternal());
        assertEquals("POINT (126.65 45.75)", p.toText());
        assertEquals(1.0, p.distance(JTS.createPoint(new Coordinate(127.65, 45.75))), 1e-12);
        Geometry square = new WKTReader().read("POLYGON ((126 45, 127 45, 127 46, 126 46, 126 45))");
        assertTrue(square.contains(p));
        assertTrue(p.within(square));
        assertEquals(Math.PI, p.buffer(1, 64).getArea(), 0.01);
        assertTrue(p.copy().equalsExact(p));
        assertEquals(1, p.getNumPoints());
        assertEquals(List.of(new Coordinate(126.65, 45.75)), List.of(p.getCoordinates()));
        // The altitude is not kept, as before: the atlas is two-dimensional.
        assertTrue(Double.isNaN(p.getCoordinate().getZ()));
    }

    @Test
    void aPointsPositionIsItsOwnAndCannotBeChangedThroughWhatItHandsOut() throws Exception {
        FeatureCollection fc = read(collection(
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[3,4],[5,6]]}}"));
        Point p = (Point) fc.features().get(0).geometry();
        p.getCoordinate().x = 99;
        assertEquals(1.0, p.getX());
        var seq = p.getCoordinateSequence();
        assertThrows(IndexOutOfBoundsException.class, () -> seq.getX(1));
        Point copy = (Point) p.copy();
        copy.getCoordinateSequence().setOrdinate(0, 0, 7);
        assertEquals(1.0, p.getX());
        assertEquals(7.0, copy.getX());
        Geometry multi = fc.features().get(1).geometry();
        assertEquals("MULTIPOINT ((3 4), (5 6))", multi.toText());
        assertEquals(new Envelope(3, 5, 4, 6), multi.getEnvelopeInternal());
    }

    @Test
    void eachFeatureKeepsItsOwnGeometryAndPropertiesThoughTheMapsAreReused() throws IOException {
        FeatureCollection fc = read(collection(
                "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},"
                        + "\"extra\":{\"type\":\"Point\",\"coordinates\":[9,9]},\"properties\":{\"k\":1}}",
                // A geometry given twice: the last one counts, as in a map.
                "{\"type\":\"Feature\",\"id\":\"b\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[3,4]},"
                        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[5,6],[7,8]]},\"properties\":{\"k\":2}}",
                "{\"type\":\"Feature\",\"id\":\"c\",\"geometry\":{\"type\":\"GeometryCollection\",\"geometries\":["
                        + "{\"type\":\"Point\",\"coordinates\":[10,11]},"
                        + "{\"type\":\"LineString\",\"coordinates\":[[12,13],[14,15]]}]},\"properties\":null}",
                "{\"properties\":{\"k\":4},\"geometry\":null,\"id\":\"d\",\"type\":\"Feature\"}",
                "{\"type\":\"Feature\",\"id\":\"e\",\"geometry\":{\"coordinates\":[16,17],\"type\":\"Point\"}}"));
        assertEquals(List.of(), fc.problems());
        List<String> wkt = fc.features().stream().map(f -> f.geometry().toText()).toList();
        assertEquals(List.of("POINT (1 2)", "LINESTRING (5 6, 7 8)",
                "GEOMETRYCOLLECTION (POINT (10 11), LINESTRING (12 13, 14 15))", "GEOMETRYCOLLECTION EMPTY",
                "POINT (16 17)"), wkt);
        assertEquals(List.of(Map.of("k", 1), Map.of("k", 2), Map.of(), Map.of("k", 4), Map.of()),
                fc.features().stream().map(GeoFeature::properties).toList());
        assertEquals(List.of("a", "b", "c", "d", "e"), fc.features().stream().map(GeoFeature::id).toList());
    }

    @Test
    void featuresWithTheSameNamesShareOneArrayOfThem() throws IOException {
        FeatureCollection fc = read(collection(
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"a\",\"n\":1},\"geometry\":null}",
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"b\",\"n\":2},\"geometry\":null}",
                "{\"type\":\"Feature\",\"properties\":{\"n\":3,\"name\":\"c\"},\"geometry\":null}",
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"d\",\"n\":4},\"geometry\":null}"));
        List<Map<String, Object>> props = fc.features().stream().map(GeoFeature::properties).toList();
        assertEquals(List.of("name", "n"), List.copyOf(props.get(0).keySet()));
        assertEquals(List.of("n", "name"), List.copyOf(props.get(2).keySet()));
        assertEquals(Map.of("n", 3, "name", "c"), props.get(2));
        assertEquals(List.of("name", "n"), List.copyOf(props.get(3).keySet()));
        assertNotSame(props.get(0), props.get(1));
        // The properties cannot be changed from outside.
        assertThrows(UnsupportedOperationException.class, () -> props.get(0).put("x", 1));
    }

    @Test
    void geoJsonWordsAreMatchedInPlaceAndOtherTextsAreReadAsTheyAre() {
        for (String w : List.of("Feature", "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString",
                "MultiPolygon", "GeometryCollection", "FeatureCollection")) {
            char[] chars = ("xx" + w + "yy").toCharArray();
            assertSame(w, ValueReader.word(chars, 2, w.length()).intern());
            assertEquals(w, ValueReader.word(chars, 2, w.length()));
        }
        for (String other : List.of("", "feature", "Points", "Poin", "Featur", "LineStrinG", "点", "Точка")) {
            char[] chars = other.toCharArray();
            assertEquals(null, ValueReader.word(chars, 0, chars.length), other);
        }
    }
}
