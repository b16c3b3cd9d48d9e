package org.briatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Coordinate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing of the GeoJSON reader with jqwik, bounded for CI: a fixed number of tries per property (about
 * 20 s in all on a small machine) and a time limit on every single reading.
 *
 * <p>Generated well-formed files, in every layout, must give back every feature whole: id, geometry and
 * properties, with no problem. Shipped layer files damaged by byte flips, truncations, insertions (of
 * random bytes and of values that break limits, invalid UTF-8, record separators, deep nesting), deletions
 * and duplications must only ever give documented problem reports: no exception, no hang, no raw parser
 * text, and every feature that ends before the first damaged byte is still read as it was.
 */
class GeoJsonFuzzTest {

    /** Any one reading of these small inputs that takes longer than this is a hang. */
    private static final Duration READ_LIMIT = Duration.ofSeconds(10);
    private static final List<String> SHIPPED = List.of("corridors/aviation.geojson", "corridors/cable.geojson",
            "corridors/grid.geojson", "corridors/highway.geojson", "corridors/land-sea.geojson",
            "corridors/pipeline.geojson", "corridors/railway.geojson", "corridors/water.geojson",
            "places/places.geojson", "thematic/confucius-institutes.geojson", "thematic/ecommerce-cities.geojson");
    private static final Map<String, byte[]> FILES = new java.util.HashMap<>();

    private static byte[] shipped(String path) {
        return FILES.computeIfAbsent(path, p -> {
            try (InputStream in = AtlasDataReader.shipped().open(p)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static FeatureCollection read(byte[] bytes) {
        return assertTimeoutPreemptively(READ_LIMIT,
                () -> GeoJsonReader.validating().read(new ByteArrayInputStream(bytes), "fuzz.geojson"));
    }

    // ---- well-formed files: nothing valid is lost ----------------------------------------------------

    @Provide
    Arbitrary<List<GeoJsonSamples.Sample>> samples() {
        return GeoJsonSamples.features().list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED)
    void everyValidFeatureIsReadBackWhole(@ForAll("samples") List<GeoJsonSamples.Sample> samples,
                                          @ForAll GeoJsonSamples.Layout layout) {
        FeatureCollection fc = read(GeoJsonSamples.write(samples, layout));
        assertEquals(List.of(), fc.problems(), layout.toString());
        assertEquals(samples.size(), fc.features().size());
        for (int i = 0; i < samples.size(); i++) {
            GeoJsonSamples.Sample s = samples.get(i);
            GeoFeature f = fc.features().get(i);
            assertEquals(s.id(), f.id(), "id of feature " + i);
            assertEquals(s.geometry().getGeometryType(), f.geometry().getGeometryType(), "feature " + i);
            assertTrue(s.geometry().equalsExact(f.geometry()), "expected " + s.geometry() + ", read " + f.geometry());
            assertEquals(!s.geometry().isEmpty(), f.isLocated());
            assertEquals(s.properties(), f.properties(), "properties of feature " + i);
        }
        boolean sequence = samples.size() > 1 && (layout == GeoJsonSamples.Layout.LINES
                || layout == GeoJsonSamples.Layout.ONE_AFTER_ANOTHER) || layout == GeoJsonSamples.Layout.RECORDS;
        assertEquals(sequence ? FeatureCollection.Format.GEOJSON_SEQ : FeatureCollection.Format.GEOJSON, fc.format());
    }

    private static double wrap(double x) {
        return x > 180 ? x - 360 : x;
    }

    @Property(tries = 200, shrinking = ShrinkingMode.BOUNDED)
    void shapesAcross180AreCutWithoutLoss(@ForAll @DoubleRange(min = 120, max = 180) double west,
                                          @ForAll @DoubleRange(min = 0.5, max = 100) double width,
                                          @ForAll @DoubleRange(min = -80, max = 60) double south,
                                          @ForAll @DoubleRange(min = 0.5, max = 20) double height,
                                          @ForAll boolean clockwise) {
        double east = west + width;
        double[][] ring = {{west, south}, {east, south}, {east, south + height}, {west, south + height}, {west, south}};
        if (clockwise) {
            java.util.Collections.reverse(Arrays.asList(ring));
        }
        StringBuilder polygon = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        StringBuilder line = new StringBuilder("{\"type\":\"LineString\",\"coordinates\":[");
        for (int i = 0; i < ring.length; i++) {
            String position = "[" + wrap(ring[i][0]) + "," + ring[i][1] + "]";
            polygon.append(i > 0 ? "," : "").append(position);
            if (i < 4) {
                line.append(i > 0 ? "," : "").append(position);
            }
        }
        String json = GeoJsonLimitsTest.collection(
                "{\"type\":\"Feature\",\"id\":\"p\",\"properties\":{},\"geometry\":" + polygon + "]]}}",
                "{\"type\":\"Feature\",\"id\":\"l\",\"properties\":{},\"geometry\":" + line + "]}}");
        FeatureCollection fc = read(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), fc.problems());
        org.locationtech.jts.geom.Geometry area = fc.features().get(0).geometry();
        org.locationtech.jts.geom.Geometry path = fc.features().get(1).geometry();
        assertEquals(width * height, area.getArea(), 1e-6 * width * height, area.toText());
        double length = 0;
        for (int i = 1; i < 4; i++) {
            length += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
        }
        assertEquals(length, path.getLength(), 1e-6 * length, path.toText());
        boolean crosses = west < 180 && east > 180;
        assertEquals(crosses ? 2 : 1, area.getNumGeometries(), area.toText());
        for (org.locationtech.jts.geom.Geometry g : List.of(area, path)) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                org.locationtech.jts.geom.Envelope e = g.getGeometryN(i).getEnvelopeInternal();
                assertTrue(e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getWidth() <= width + 1e-9, g.toText());
            }
        }
    }

    // ---- damaged files: only documented problems -----------------------------------------------------

    /** One change to a file; {@code at} is a fraction of its length. */
    record Edit(String kind, double at, byte[] bytes) {
        int position(int length) {
            return (int) Math.min(length, Math.floor(at * (length + 1)));
        }

        /** Applies the edit; returns the result and the first offset it changed. */
        Tuple.Tuple2<byte[], Integer> apply(byte[] in) {
            int p = position(in.length);
            return switch (kind) {
                case "flip" -> {
                    if (p >= in.length) {
                        yield Tuple.of(in, in.length);
                    }
                    byte[] out = in.clone();
                    out[p] = (byte) (out[p] ^ (bytes[0] == 0 ? 1 : bytes[0]));
                    yield Tuple.of(out, p);
                }
                case "truncate" -> Tuple.of(Arrays.copyOf(in, p), p);
                case "delete" -> {
                    int end = Math.min(in.length, p + 1 + (bytes[0] & 0x3F));
                    byte[] out = new byte[in.length - (end - p)];
                    System.arraycopy(in, 0, out, 0, p);
                    System.arraycopy(in, end, out, p, in.length - end);
                    yield Tuple.of(out, p);
                }
                case "duplicate" -> {
                    int end = Math.min(in.length, p + 1 + (bytes[0] & 0xFF));
                    yield Tuple.of(insert(in, end, Arrays.copyOfRange(in, p, end)), end);
                }
                default -> Tuple.of(insert(in, p, bytes), p);
            };
        }

        private static byte[] insert(byte[] in, int p, byte[] what) {
            byte[] out = new byte[in.length + what.length];
            System.arraycopy(in, 0, out, 0, p);
            System.arraycopy(what, 0, out, p, what.length);
            System.arraycopy(in, p, out, p + what.length, in.length - p);
            return out;
        }

        @Override
        public String toString() {
            return kind + "@" + at + ":" + Arrays.toString(bytes);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<byte[]> interesting = Arbitraries.of(utf8("\""), utf8("{"), utf8("}"), utf8("["), utf8("]"),
                utf8(","), utf8(":"), utf8("\u001e"), utf8("\n"), utf8("\\"), utf8("123456789012345678901234567890"),
                utf8("9".repeat(1200)), utf8("1e999"), utf8("-"), utf8("NaN"), utf8("null"), utf8("[".repeat(150)),
                utf8("[".repeat(10_050)), utf8("\"geometry\":null,"), utf8("{\"type\":\"Feature\"}"),
                new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[]{(byte) 0xFF},
                new byte[]{(byte) 0xE4, (byte) 0xB8}, new byte[]{0}, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[]{(byte) 0xFE, (byte) 0xFF});
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16);
        Arbitrary<byte[]> payload = Arbitraries.frequencyOf(Tuple.of(2, interesting), Tuple.of(1, random));
        Arbitrary<String> kinds = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("flip")),
                Tuple.of(2, Arbitraries.just("truncate")), Tuple.of(4, Arbitraries.just("insert")),
                Tuple.of(2, Arbitraries.just("delete")), Tuple.of(1, Arbitraries.just("duplicate")));
        return Combinators.combine(kinds, Arbitraries.doubles().between(0, 1), payload).as(Edit::new)
                .list().ofMinSize(1).ofMaxSize(3);
    }

    /** Where each feature of a shipped file ends (the offset after its closing brace). */
    private static List<Long> featureEnds(byte[] bytes) throws IOException {
        List<Long> ends = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "features".equals(p.currentName())
                        && p.getParsingContext().getParent().inRoot()) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        p.skipChildren();
                        ends.add(p.currentLocation().getByteOffset());
                    }
                }
            }
        }
        return ends;
    }

    @Property(tries = 1500, shrinking = ShrinkingMode.BOUNDED)
    void aDamagedFileGivesOnlyProblemReports(@ForAll("shippedFiles") String file, @ForAll("edits") List<Edit> edits)
            throws IOException {
        byte[] original = shipped(file);
        byte[] bytes = original;
        int firstChange = Integer.MAX_VALUE;
        for (Edit e : edits) {
            Tuple.Tuple2<byte[], Integer> r = e.apply(bytes);
            bytes = r.get1();
            firstChange = Math.min(firstChange, r.get2());
        }
        FeatureCollection fc = read(bytes);
        for (ReadProblem p : fc.problems()) {
            assertTrue(p.message() != null && !p.message().isBlank(), p.toString());
            GeoJsonLimitsTest.checkPlain(p.describe());
            assertTrue(p.describe().startsWith("fuzz.geojson"), p.describe());
        }
        for (GeoFeature f : fc.features()) {
            for (Coordinate c : f.geometry().getCoordinates()) {
                assertTrue(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90, f.id() + ": " + c);
            }
        }
        // Every feature that ends before the first changed byte is read as it was.
        FeatureCollection whole = GeoJsonReader.validating().read(new ByteArrayInputStream(original), "fuzz.geojson");
        assertEquals(List.of(), whole.problems());
        List<Long> ends = featureEnds(original);
        int intact = 0;
        while (intact < ends.size() && ends.get(intact) <= firstChange) {
            intact++;
        }
        assertTrue(fc.features().size() >= intact, "only " + fc.features().size() + " of the " + intact
                + " features before the first change were read: " + fc.problems());
        for (int i = 0; i < intact; i++) {
            GeoFeature expected = whole.features().get(i);
            GeoFeature actual = fc.features().get(i);
            assertEquals(expected.id(), actual.id());
            assertTrue(expected.geometry().equalsExact(actual.geometry()), expected.id());
            assertEquals(expected.properties(), actual.properties(), expected.id());
        }
    }

    @Provide
    Arbitrary<String> shippedFiles() {
        return Arbitraries.of(SHIPPED);
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED)
    void aDamagedLineLosesOnlyItself(@ForAll("shippedFiles") String file, @ForAll("edits") List<Edit> edits)
            throws IOException {
        // The shipped features written one per line; a flip of one byte on any line after the first.
        FeatureCollection whole = GeoJsonReader.validating().read(new ByteArrayInputStream(shipped(file)), file);
        assertEquals(List.of(), whole.problems());
        List<Map<String, Object>> json = featuresOf(shipped(file));
        List<GeoJsonSamples.Sample> lines = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            GeoFeature f = whole.features().get(i);
            lines.add(new GeoJsonSamples.Sample(json.get(i), f.id(), f.geometry(), f.properties()));
        }
        byte[] text = GeoJsonSamples.write(lines, GeoJsonSamples.Layout.LINES);
        int firstLineEnd = indexOf(text, (byte) '\n', 0);
        Edit e = edits.get(0);
        int p = firstLineEnd + 1 + (int) Math.floor(e.at() * (text.length - firstLineEnd - 2));
        if (text[p] == '\n') {
            p--;
        }
        byte flipped = (byte) (text[p] ^ (e.bytes()[0] == 0 ? 1 : e.bytes()[0]));
        if (flipped == '\n' || flipped == 0x1E) {
            flipped = '#';
        }
        int line = 0;
        for (int i = 0; i < p; i++) {
            line += text[i] == '\n' ? 1 : 0;
        }
        byte[] damaged = text.clone();
        damaged[p] = flipped;
        FeatureCollection fc = read(damaged);
        int damagedLine = line;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < whole.features().size(); i++) {
            if (i != damagedLine) {
                expected.add(whole.features().get(i).id());
            }
        }
        List<String> read = fc.features().stream().map(GeoFeature::id).toList();
        assertTrue(read.containsAll(expected), "lost some of " + expected + ": read " + read + ", " + fc.problems());
        fc.problems().forEach(pr -> GeoJsonLimitsTest.checkPlain(pr.describe()));
    }

    /** The features of a shipped file as maps (to write them again, one per line). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> featuresOf(byte[] file) throws IOException {
        Map<String, Object> fc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(file, Map.class);
        return (List<Map<String, Object>>) fc.get("features");
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    @Property(tries = 60, shrinking = ShrinkingMode.BOUNDED)
    void aDamagedShippedLayerLeavesTheOthersWhole(@ForAll("shippedFiles") String file,
                                                  @ForAll("edits") List<Edit> edits) {
        byte[] bytes = shipped(file);
        for (Edit e : edits) {
            bytes = e.apply(bytes).get1();
        }
        byte[] damaged = bytes;
        DataSource source = path -> new ByteArrayInputStream(path.equals(file) ? damaged : shipped(path));
        AtlasData data = assertTimeoutPreemptively(READ_LIMIT, () -> new AtlasDataReader().read(source));
        AtlasData intact = GeoJsonFuzzTest.intact();
        for (AtlasLayer layer : AtlasLayer.values()) {
            if (layer.isShipped() && !layer.file().equals(file)) {
                assertEquals(intact.counts().get(layer), data.counts().get(layer), layer.id());
            }
        }
        data.problems().forEach(p -> GeoJsonLimitsTest.checkPlain(p.describe()));
    }

    private static AtlasData intactData;

    private static synchronized AtlasData intact() {
        if (intactData == null) {
            intactData = new AtlasDataReader().read(AtlasDataReader.shipped());
        }
        return intactData;
    }
}
