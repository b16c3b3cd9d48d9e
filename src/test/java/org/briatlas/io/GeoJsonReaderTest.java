package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.ReadProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoJsonReaderTest {

    private static FeatureCollection read(String json) throws IOException {
        return GeoJsonReader.validating().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson");
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    private static String feature(String id, String geometry) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"name\":\"" + id + "\"},\"geometry\":"
                + geometry + "}";
    }

    /** One bad feature among good ones: the good ones load and the bad one is named with what is wrong. */
    private static void checkProblem(String badGeometry, String expectedWords) throws IOException {
        FeatureCollection fc = read(collection(
                feature("a", "{\"type\":\"Point\",\"coordinates\":[126.65,45.75]}"),
                feature("bad", badGeometry),
                feature("c", "{\"type\":\"LineString\",\"coordinates\":[[126.65,45.75],[131.15,44.4]]}")));
        assertEquals(List.of("a", "c"), fc.features().stream().map(f -> f.id()).toList());
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(1, p.featureIndex());
        assertEquals("bad", p.featureId());
        assertEquals(3, p.line());
        assertTrue(p.message().contains(expectedWords), p.message());
        assertTrue(p.describe().startsWith("t.geojson, line 3, feature 1 (id bad): "), p.describe());
    }

    @Test
    void reportsEachKindOfBadGeometryPrecisely() throws IOException {
        checkProblem("{\"type\":\"Point\",\"coordinates\":[45.75,126.65]}", "swapped");
        checkProblem("{\"type\":\"Point\",\"coordinates\":[200,45]}", "longitude 200.0 is outside");
        checkProblem("{\"type\":\"LineString\",\"coordinates\":[[1,1]]}", "two distinct positions");
        checkProblem("{\"type\":\"LineString\",\"coordinates\":[1,1]}", "one level too shallow");
        checkProblem("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}", "not closed");
        checkProblem("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}", "Self-intersection");
        checkProblem("{\"type\":\"Circle\",\"coordinates\":[0,0]}", "unknown geometry type");
        checkProblem("[126.65,45.75]", "\"geometry\" must be an object or null");
        checkProblem("{\"type\":\"Point\"}", "no coordinates");
    }

    @Test
    void keepsPropertiesAndReadsEveryGeometryType() throws IOException {
        FeatureCollection fc = read(collection(
                "{\"type\":\"Feature\",\"properties\":{\"id\":\"p\",\"n\":3,\"nested\":{\"en\":\"Harbin\"},\"list\":[1,\"x\"]},"
                        + "\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}}",
                feature("ml", "{\"type\":\"MultiLineString\",\"coordinates\":[[[1,2],[3,4]],[[179,60],[180,61]]]}"),
                feature("mp", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]]]}"),
                feature("gc", "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,1]}]}")));
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
        assertEquals(4, fc.features().size());
        var p = fc.features().get(0);
        assertEquals("p", p.id());
        assertEquals(3.0, p.number("n").orElseThrow());
        assertEquals(java.util.Map.of("en", "Harbin"), p.properties().get("nested"));
        assertEquals(List.of(1, "x"), p.properties().get("list"));
        assertEquals("MultiLineString", fc.features().get(1).geometry().getGeometryType());
        assertEquals(126.65, read(feature("one", "{\"type\":\"Point\",\"coordinates\":[126.65,45.75]}"))
                .features().get(0).geometry().getCoordinate().x, 0);
    }

    @Test
    void malformedJsonKeepsWhatCameBefore() throws IOException {
        FeatureCollection fc = read(collection(feature("a", "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,"));
        assertEquals(1, fc.features().size());
        assertEquals(1, fc.problems().size());
        assertTrue(fc.problems().get(0).message().startsWith("malformed JSON"), fc.problems().toString());
        assertTrue(fc.problems().get(0).line() >= 2);
    }

    @Test
    void wrongTopLevelIsReported() throws IOException {
        assertTrue(read("[1,2]").problems().get(0).message().contains("top level"));
        assertTrue(read("{\"type\":\"Topology\"}").problems().get(0).message().contains("unknown GeoJSON type"));
        assertTrue(read(collection("{\"type\":\"Feat\"}")).problems().get(0).message().contains("expected \"Feature\""));
    }
}
