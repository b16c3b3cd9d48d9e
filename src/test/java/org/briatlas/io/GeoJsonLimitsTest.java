package org.briatlas.io;

import org.briatlas.model.FeatureCollection;
import org.briatlas.model.ReadProblem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values that break a limit of the reader, and documents that cannot be read to their end. */
class GeoJsonLimitsTest {

    static FeatureCollection read(String json) throws IOException {
        return GeoJsonReader.validating().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.geojson");
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    static String point(String id, String properties) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{" + properties + "},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[126.65,45.75]}}";
    }

    /** Words of Jackson's that a user must never see. */
    static void checkPlain(String message) {
        for (String jackson : List.of("[Source", "Source:", "REDACTED", "Exception", "StreamReadConstraints",
                "com.fasterxml", "INCLUDE_SOURCE", "ALLOW_", "(code ", "CTRL-CHAR", "JsonReadFeature", "VALUE_STRING",
                "START_OBJECT")) {
            assertFalse(message.contains(jackson), "'" + jackson + "' in: " + message);
        }
    }

    /** The middle feature (line 3) carries the value; it alone is reported, and the others load. */
    private static void checkFeatureProblem(String properties, String expectedWords) throws IOException {
        FeatureCollection fc = read(collection(point("a", ""), point("bad", properties), point("c", "")));
        assertEquals(List.of("a", "c"), fc.features().stream().map(f -> f.id()).toList(), fc.problems().toString());
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(1, p.featureIndex());
        assertEquals("bad", p.featureId());
        assertEquals(3, p.line());
        assertTrue(p.message().contains(expectedWords), p.message());
        checkPlain(p.describe());
    }

    @Test
    void aValueBeyondALimitIsAProblemOfItsFeatureAlone() throws IOException {
        checkFeatureProblem("\"n\":" + "9".repeat(1001), "number of 1001 digits");
        checkFeatureProblem("\"x\":-0." + "1".repeat(1200) + "e5", "number of 1205 characters");
        checkFeatureProblem("\"deep\":" + "[".repeat(1001) + "]".repeat(1001), "nested more than 100 levels");
        checkFeatureProblem("\"" + "k".repeat(60_000) + "\":1", "a member name of 60000 characters");
        checkFeatureProblem("\"s\":\"" + "x".repeat(20_000_001) + "\"", "a text of 20000001 characters");
        // The limit is met after the id: the id is still named.
        checkFeatureProblem("\"list\":[1,2,{\"n\":" + "1".repeat(5000) + "},4]", "number");
    }

    @Test
    void theIdIsNamedEvenWhenTheBadValueComesFirst() throws IOException {
        String bad = "{\"type\":\"Feature\",\"properties\":{\"n\":" + "9".repeat(2000) + ",\"id\":\"late\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"id\":\"bad\"}";
        FeatureCollection fc = read(collection(point("a", ""), bad));
        assertEquals(1, fc.features().size());
        assertEquals("bad", fc.problems().get(0).featureId());
    }

    @Test
    void anIntegerBeyond64BitsIsKeptExactly() throws IOException {
        FeatureCollection fc = read(collection(point("a", "\"v\":12345678901234567890,\"w\":-98765432109876543210,"
                + "\"l\":9223372036854775807,\"i\":7"), point("b", "")));
        assertTrue(fc.problems().isEmpty(), fc.problems().toString());
        assertEquals(2, fc.features().size());
        var p = fc.features().get(0).properties();
        assertEquals(new BigInteger("12345678901234567890"), p.get("v"));
        assertEquals(new BigInteger("-98765432109876543210"), p.get("w"));
        assertEquals(Long.MAX_VALUE, p.get("l"));
        assertEquals(7, p.get("i"));
    }

    @Test
    void aHugeIntegerCoordinateIsAProblemOfItsFeature() throws IOException {
        FeatureCollection fc = read(collection(point("a", ""),
                "{\"type\":\"Feature\",\"id\":\"bad\",\"properties\":null,"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[12345678901234567890,1]}}",
                point("c", "")));
        assertEquals(List.of("a", "c"), fc.features().stream().map(f -> f.id()).toList());
        assertTrue(fc.problems().get(0).message().contains("longitude"), fc.problems().toString());
    }

    /** Malformed JSON in the third feature: the two before it are kept, and the reason is in plain words. */
    private static void checkDocumentProblem(String third, String expectedWords, int line) throws IOException {
        FeatureCollection fc = read(collection(point("a", ""), point("b", ""), third, point("d", "")));
        assertEquals(List.of("a", "b"), fc.features().stream().map(f -> f.id()).toList());
        assertEquals(1, fc.problems().size(), fc.problems().toString());
        ReadProblem p = fc.problems().get(0);
        assertEquals(-1, p.featureIndex());
        assertEquals(line, p.line());
        assertTrue(p.describe().contains("line " + line + ", column "), p.describe());
        assertTrue(p.message().contains(expectedWords), p.message());
        assertTrue(p.message().contains("2 features were read before it"), p.message());
        checkPlain(p.describe());
    }

    @Test
    void documentLevelFailuresAreReportedInPlainWords() throws IOException {
        checkDocumentProblem("{\"type\":\"Feature\",,}", "malformed JSON: unexpected character ','", 4);
        checkDocumentProblem("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]]}",
                "malformed JSON: ']' does not close", 4);
        checkDocumentProblem("{\"type\":\"Feature\",\"properties\":{\"a\":tru}}", "malformed JSON: unknown word 'tru'",
                4);
        checkDocumentProblem("{\"type\":\"Feature\",\"properties\":{\"a\":NaN}}", "malformed JSON: unknown word 'NaN'",
                4);
        checkDocumentProblem("{\"type\":\"Feature\",\"properties\":{\"a\":\"x\ny\"}}",
                "malformed JSON: a line break inside a text", 4);
        checkDocumentProblem("{\"type\":\"Feature\",\"properties\":{\"a\":01}}", "malformed JSON: a number", 4);
        checkDocumentProblem("{\"type\":\"Feature\",\"properties\":{\"a\":" + "[".repeat(10_001),
                "nested more than 10000 levels", 4);
    }

    @Test
    void aCutShortFileKeepsWhatCameBefore() throws IOException {
        FeatureCollection fc = read(collection(point("a", ""), "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[1,").replaceAll("\\s*]}$", ""));
        assertEquals(List.of("a"), fc.features().stream().map(f -> f.id()).toList());
        ReadProblem p = fc.problems().get(0);
        assertTrue(p.message().startsWith("malformed JSON: the file ends before"), p.message());
        assertTrue(p.message().contains("1 feature was read before it"), p.message());
        assertEquals(3, p.line());
        checkPlain(p.describe());
    }

    private static GeoJsonReader withFileLimits(long bytes, long tokens) {
        GeoJsonReader.Limits d = GeoJsonReader.Limits.DEFAULT;
        return new GeoJsonReader(true, new GeoJsonReader.Limits(d.featureDepth(), d.featureNumber(), d.featureString(),
                d.featureName(), bytes, tokens, d.depth(), d.number(), d.string(), d.name()));
    }

    @Test
    void theLengthAndTokenLimitsEndTheReadingWhereTheyAreMet() throws IOException {
        List<String> points = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            points.add(point("p" + i, "\"n\":" + i));
        }
        byte[] big = collection(points.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length > 300_000, "several buffers long");
        FeatureCollection cut = withFileLimits(200_000, Long.MAX_VALUE)
                .read(new ByteArrayInputStream(big), "t.geojson");
        ReadProblem tooLong = cut.problems().get(cut.problems().size() - 1);
        assertTrue(tooLong.message().startsWith("the file is longer than 200000 bytes, the reader's limit; reading"
                + " stopped there, "), tooLong.message());
        assertTrue(cut.features().size() > 1000 && cut.features().size() < 3000, cut.features().size() + " features");
        assertEquals("p0", cut.features().get(0).id());

        FeatureCollection counted = withFileLimits(Long.MAX_VALUE, 500)
                .read(new ByteArrayInputStream(big), "t.geojson");
        ReadProblem tooMany = counted.problems().get(0);
        assertTrue(tooMany.message().startsWith("the file holds more than 500 JSON values and brackets, the reader's"
                + " limit; reading stopped there, "), tooMany.message());
        assertTrue(counted.features().size() > 10 && counted.features().size() < 100, counted.features().size() + "");
        assertTrue(tooMany.line() > 10, tooMany.describe());
    }

    @Test
    void anInterruptedReadingStops() {
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.io.InterruptedIOException.class,
                    () -> read(collection(point("a", ""))));
        } finally {
            Thread.interrupted();
        }
    }
}
