package org.briatlas.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generators of well-formed GeoJSON for the fuzz tests: features with random properties (texts in any
 * script, whole numbers beyond 64 bits, nesting), every geometry type and none, written in every layout
 * the reader accepts. Each sample carries what the reader must give back. Geometries stay within a box of
 * 60 degrees so that none crosses 180 degrees; every polygon is valid.
 */
final class GeoJsonSamples {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Stands for a JSON null in generated values (generators do not hand out null itself). */
    private static final Object NULL = new Object();

    private GeoJsonSamples() {
    }

    /** A geometry as written (a map) and as it must be read. */
    record Shape(Object json, Geometry expected) {
    }

    /** A feature as written and what must come back: its id as text (or null), geometry, properties. */
    record Sample(Map<String, Object> json, String id, Geometry geometry, Map<String, Object> properties) {
    }

    /** The ways to write features into one file. */
    enum Layout { COLLECTION, PRETTY_COLLECTION, LINES, RECORDS, ONE_AFTER_ANOTHER }

    // ---- values ------------------------------------------------------------------------------------

    static Arbitrary<String> texts() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(2, Arbitraries.integers().between(0x0400, 0x04FF)),
                Tuple.of(1, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                Tuple.of(1, Arbitraries.of(0x22, 0x5C, 0x2F, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0x10FFFF, 0x1E)));
        return codePoints.list().ofMaxSize(24).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.frequencyOf(Tuple.of(6, texts()),
                Tuple.of(1, Arbitraries.of("id", "coordinates", "type", "geometry", "properties", "name", "")));
    }

    private static Arbitrary<Object> scalars() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, texts().map(s -> (Object) s)),
                Tuple.of(3, Arbitraries.integers().map(i -> (Object) i)),
                Tuple.of(1, Arbitraries.longs().filter(l -> l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)
                        .map(l -> (Object) l)),
                Tuple.of(2, Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(60))
                        .flatMap(b -> Arbitraries.of(b, b.negate())).map(b -> (Object) b)),
                Tuple.of(3, Arbitraries.doubles().between(-1e15, 1e15).ofScale(9).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of(-0.0, 5e-324, 1.7976931348623157e308, 1e-300, 0.1).map(d -> (Object) d)),
                Tuple.of(1, Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.just(NULL)));
    }

    private static Arbitrary<Object> values() {
        return Arbitraries.recursive(GeoJsonSamples::scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(keys(), inner).ofMaxSize(4).map(m -> (Object) m)), 0, 3);
    }

    /** Properties with JSON nulls for {@link #NULL}, in a map that allows them. */
    @SuppressWarnings("unchecked")
    private static Object real(Object v) {
        if (v == NULL) {
            return null;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(real(x)));
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> out.put(k, real(x)));
            return out;
        }
        return v;
    }

    // ---- geometries --------------------------------------------------------------------------------

    private static double[] xy(Coordinate c) {
        return new double[]{c.x, c.y};
    }

    private static Map<String, Object> geometry(String type, Object coordinates) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("coordinates", coordinates);
        return m;
    }

    /** A corner for a shape of up to 60 by 30 degrees that stays on the map without crossing 180 degrees. */
    private static Arbitrary<Coordinate> corners() {
        return Combinators.combine(Arbitraries.doubles().between(-179, 115).ofScale(7),
                Arbitraries.doubles().between(-89, 55).ofScale(7)).as(Coordinate::new);
    }

    private static Arbitrary<Shape> points() {
        return corners().map(c -> new Shape(geometry("Point", xy(c)), GF.createPoint(c)));
    }

    private static Arbitrary<Coordinate[]> lineCoordinates() {
        return Combinators.combine(corners(),
                Arbitraries.doubles().between(0.001, 10).ofScale(6).list().ofMinSize(2).ofMaxSize(6),
                Arbitraries.doubles().between(0, 30).ofScale(6).list().ofMinSize(6).ofMaxSize(6)).as((c, steps, ys) -> {
                    Coordinate[] cs = new Coordinate[steps.size()];
                    double x = c.x;
                    for (int i = 0; i < cs.length; i++) {
                        x += steps.get(i);
                        cs[i] = new Coordinate(x, c.y + ys.get(i));
                    }
                    return cs;
                });
    }

    private static List<double[]> positions(Coordinate[] cs) {
        List<double[]> out = new ArrayList<>();
        for (Coordinate c : cs) {
            out.add(xy(c));
        }
        return out;
    }

    private static Arbitrary<Shape> lines() {
        return lineCoordinates().map(cs -> new Shape(geometry("LineString", positions(cs)), GF.createLineString(cs)));
    }

    /** A rectangle, sometimes with a rectangular hole, within a cell of 20 by 30 degrees east of a corner. */
    private static Polygon rectangle(Coordinate c, int cell, double w, double h, boolean hole) {
        double x0 = c.x + cell * 20;
        Coordinate[] shell = {new Coordinate(x0, c.y), new Coordinate(x0 + w, c.y), new Coordinate(x0 + w, c.y + h),
                new Coordinate(x0, c.y + h), new Coordinate(x0, c.y)};
        if (!hole) {
            return GF.createPolygon(shell);
        }
        Coordinate[] inner = {new Coordinate(x0 + w / 4, c.y + h / 4), new Coordinate(x0 + w / 4, c.y + 3 * h / 4),
                new Coordinate(x0 + 3 * w / 4, c.y + 3 * h / 4), new Coordinate(x0 + 3 * w / 4, c.y + h / 4),
                new Coordinate(x0 + w / 4, c.y + h / 4)};
        return GF.createPolygon(GF.createLinearRing(shell), new LinearRing[]{GF.createLinearRing(inner)});
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(positions(p.getExteriorRing().getCoordinates()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(positions(p.getInteriorRingN(i).getCoordinates()));
        }
        return rings;
    }

    private static Arbitrary<Polygon> polygonIn(int cell) {
        return Combinators.combine(corners(), Arbitraries.doubles().between(0.01, 19).ofScale(4),
                Arbitraries.doubles().between(0.01, 29).ofScale(4),
                Arbitraries.of(true, false)).as((c, w, h, hole) -> rectangle(c, cell, w, h, hole));
    }

    private static Arbitrary<Shape> polygons() {
        return polygonIn(0).map(p -> new Shape(geometry("Polygon", rings(p)), p));
    }

    private static Arbitrary<Shape> multiPolygons() {
        return Combinators.combine(corners(),
                Arbitraries.doubles().between(0.01, 19).ofScale(4).list().ofMinSize(1).ofMaxSize(3)).as((c, widths) -> {
                    List<Polygon> parts = new ArrayList<>();
                    List<Object> json = new ArrayList<>();
                    for (int k = 0; k < widths.size(); k++) {
                        Polygon p = rectangle(c, k, widths.get(k), 10, k % 2 == 1);
                        parts.add(p);
                        json.add(rings(p));
                    }
                    return new Shape(geometry("MultiPolygon", json),
                            GF.createMultiPolygon(parts.toArray(Polygon[]::new)));
                });
    }

    private static Arbitrary<Shape> multiPoints() {
        return corners().list().ofMinSize(1).ofMaxSize(4).map(cs -> new Shape(geometry("MultiPoint",
                positions(cs.toArray(Coordinate[]::new))), GF.createMultiPoint(cs.stream().map(GF::createPoint)
                .toArray(Point[]::new))));
    }

    private static Arbitrary<Shape> multiLines() {
        return lineCoordinates().list().ofMinSize(1).ofMaxSize(3).map(ls -> new Shape(geometry("MultiLineString",
                ls.stream().map(GeoJsonSamples::positions).toList()),
                GF.createMultiLineString(ls.stream().map(GF::createLineString).toArray(LineString[]::new))));
    }

    private static Arbitrary<Shape> simpleShapes() {
        return Arbitraries.oneOf(points(), lines(), polygons(), multiPoints(), multiLines(), multiPolygons());
    }

    private static Arbitrary<Shape> collections() {
        return simpleShapes().list().ofMinSize(1).ofMaxSize(3).map(parts -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "GeometryCollection");
            m.put("geometries", parts.stream().map(Shape::json).toList());
            Geometry[] expected = parts.stream().map(Shape::expected).toArray(Geometry[]::new);
            return new Shape(m, GF.createGeometryCollection(expected));
        });
    }

    /** Any geometry, or none (RFC 7946 "geometry": null, read as an empty geometry). */
    static Arbitrary<Shape> shapes() {
        return Arbitraries.frequencyOf(Tuple.of(8, simpleShapes()), Tuple.of(1, collections()),
                Tuple.of(1, Arbitraries.just(new Shape(null, GF.createGeometryCollection()))));
    }

    // ---- features and files ------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Arbitrary<Sample> features() {
        Arbitrary<Object> ids = Arbitraries.frequencyOf(Tuple.of(3, texts().map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.integers().map(i -> (Object) i)), Tuple.of(1, Arbitraries.just(NULL)));
        Arbitrary<Object> properties = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.maps(keys(), values())
                .ofMaxSize(6).map(m -> (Object) m)), Tuple.of(1, Arbitraries.just(NULL)));
        Arbitrary<Boolean> geometryLast = Arbitraries.of(true, false);
        return Combinators.combine(ids, properties, shapes(), geometryLast).as((id, props, shape, last) -> {
            Map<String, Object> p = (Map<String, Object>) real(props);
            Map<String, Object> f = new LinkedHashMap<>();
            if (!last) {
                f.put("geometry", shape.json());
            }
            f.put("type", "Feature");
            if (id != NULL) {
                f.put("id", id);
            }
            f.put("properties", p);
            f.put("bbox", List.of(-180, -90, 180, 90));
            if (last) {
                f.put("geometry", shape.json());
            }
            Object expectedId = id != NULL ? id : p == null ? null : p.get("id");
            return new Sample(f, expectedId == null ? null : expectedId.toString(), shape.expected(),
                    p == null ? Map.of() : p);
        });
    }

    /** The features written in a layout, as UTF-8. */
    static byte[] write(List<Sample> samples, Layout layout) {
        try {
            StringBuilder sb = new StringBuilder();
            List<Object> features = samples.stream().map(s -> (Object) s.json()).toList();
            switch (layout) {
                case COLLECTION, PRETTY_COLLECTION -> {
                    Map<String, Object> fc = new LinkedHashMap<>();
                    fc.put("type", "FeatureCollection");
                    fc.put("name", "fuzz");
                    fc.put("features", features);
                    sb.append((layout == Layout.COLLECTION ? COMPACT : PRETTY).writeValueAsString(fc));
                }
                case LINES -> {
                    for (Object f : features) {
                        sb.append(COMPACT.writeValueAsString(f)).append('\n');
                    }
                }
                case RECORDS -> {
                    for (Object f : features) {
                        sb.append('\u001e').append(PRETTY.writeValueAsString(f)).append('\n');
                    }
                }
                case ONE_AFTER_ANOTHER -> {
                    for (Object f : features) {
                        sb.append(PRETTY.writeValueAsString(f)).append("\n\n");
                    }
                }
            }
            return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
