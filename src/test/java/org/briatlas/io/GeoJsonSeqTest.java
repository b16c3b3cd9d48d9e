package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.ReadProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.briatlas.io.GeoJsonLimitsTest.checkPlain;
import static org.briatlas.io.GeoJsonLimitsTest.collection;
import static org.briatlas.io.GeoJsonLimitsTest.point;
import static org.briatlas.io.GeoJsonLimitsTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GeoJSON text sequences (RFC 8142), one feature per line, and content after the top-level object. */
class GeoJsonSeqTest {

    private static final char RS = '\u001e';

    private static List<String> ids(FeatureCollection fc) {
        return fc.features().stream().map(f -> f.id()).toList();
    }

    private static String swapped(String id) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[45.75,126.65]}}";
    }

    @Test
    void aNewlineDelimitedFileLoadsEveryFeature() throws IOException {
        String text = String.join("\n", point("f0", ""), point("f1", "\"n\":1"), swapped("f2"), point("f3", ""),
                point("f4", "")) + "\n";
        FeatureCollection fc = read(text);
        assertEquals(List.of("f0", "f1", "f3", "f4"), ids(fc));
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(2, p.featureIndex());
        assertEquals("f2", p.featureId());
        assertTrue(p.message().contains("swapped"), p.message());
    }

    @Test
    void aBrokenLineLosesOnlyItself() throws IOException {
        String text = String.join("\r\n", point("f0", ""), "", "{\"type\":\"Feature\",\"id\":\"f1\",\"geom",
                point("f2", ""), "{\"type\":\"Point\",\"coordinates\":[131.15,44.4]}", "   ") + "\r\n";
        FeatureCollection fc = read(text);
        assertEquals(3, fc.features().size(), fc.problems().toString());
        assertEquals(List.of("f0", "f2"), ids(fc).subList(0, 2));
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(1, p.featureIndex());
        assertTrue(p.message().contains("malformed JSON"), p.message());
        checkPlain(p.describe());
    }

    @Test
    void aBrokenFirstLineLosesOnlyItselfToo() throws IOException {
        FeatureCollection fc = read(String.join("\n", "{\"type\":\"Feature\",,\"id\":\"f0\"}", point("f1", ""),
                point("f2", "")));
        assertEquals(List.of("f1", "f2"), ids(fc));
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        assertEquals(1, fc.problems().get(0).line());
        assertEquals(0, fc.problems().get(0).featureIndex());
    }

    @Test
    void recordSeparatedSequencesAreRead() throws IOException {
        String pretty = "{\"type\": \"Feature\", \"id\": \"pretty\",\n  \"properties\": {},\n"
                + "  \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}\n}";
        String text = RS + point("f0", "") + "\n" + RS
                + "{\"type\":\"Feature\",\"id\":\"cut\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,\n"
                + RS + RS + pretty + "\n" + RS + swapped("late") + "\n" + RS + point("f4", "") + "\n";
        FeatureCollection fc = read(text);
        assertEquals(List.of("f0", "pretty", "f4"), ids(fc));
        assertEquals(2, fc.problems().size(), fc.problems().toString());
        ReadProblem cut = fc.problems().get(0);
        assertEquals(2, cut.line());
        assertEquals(1, cut.featureIndex());
        assertTrue(cut.message().contains("ends before"), cut.message());
        ReadProblem late = fc.problems().get(1);
        assertEquals(7, late.line());
        assertEquals(3, late.featureIndex());
        assertEquals("late", late.featureId());
    }

    @Test
    void contentAfterTheTopLevelObjectIsReported() throws IOException {
        checkTrailing(collection(point("a", ""), point("b", "")) + "\n" + point("c", "") + "\n", 5);
        checkTrailing(collection(point("a", ""), point("b", "")) + " x", 4);
        checkTrailing(collection(point("a", ""), point("b", "")).replace("\n", "") + "\n]", 2);
    }

    private static void checkTrailing(String text, int line) throws IOException {
        FeatureCollection fc = read(text);
        assertEquals(List.of("a", "b"), ids(fc));
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(line, p.line());
        assertEquals(-1, p.featureIndex());
        assertTrue(p.message().contains("after the end of the FeatureCollection"), p.message());
        checkPlain(p.describe());
    }

    @Test
    void prettyPrintedFeaturesOneAfterAnotherAreAllRead() throws IOException {
        String pretty = "{\n  \"type\": \"Feature\",\n  \"id\": \"%s\",\n  \"properties\": null,\n"
                + "  \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}\n}\n";
        FeatureCollection fc = read(pretty.formatted("p0") + pretty.formatted("p1") + pretty.formatted("p2"));
        assertEquals(List.of("p0", "p1", "p2"), ids(fc), fc.problems().toString());
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
    }
}
