package org.briatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 7946 GeoJSON into JTS geometries with a streaming Jackson parser, one feature at a time.
 *
 * <p>Accepts a FeatureCollection, a single Feature or a bare geometry. A feature that cannot be read
 * (bad geometry type, wrong coordinate nesting, a position off the globe, an unclosed ring, an invalid
 * polygon when validation is on) is skipped and reported as a {@link ReadProblem} naming the file, the
 * feature index, its id and the line; every other feature still loads. Malformed JSON ends the reading
 * at that point, keeping what was read before it.
 *
 * <p>Geometries use (x = longitude, y = latitude). Instances are immutable and thread-safe.
 */
public final class GeoJsonReader {

    private static final JsonFactory JSON = new ObjectMapper().getFactory();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final boolean validate;

    private GeoJsonReader(boolean validate) {
        this.validate = validate;
    }

    /** A reader that also checks every polygon and line with JTS validity rules. */
    public static GeoJsonReader validating() {
        return new GeoJsonReader(true);
    }

    /** A reader that checks structure and coordinate ranges only: for large, trusted base-map files. */
    public static GeoJsonReader trusting() {
        return new GeoJsonReader(false);
    }

    public FeatureCollection read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a whole stream; the caller closes it. */
    public FeatureCollection read(InputStream in, String source) throws IOException {
        List<GeoFeature> features = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            new Session(p, source, features, problems).readRoot();
        } catch (JsonParseException e) {
            problems.add(new ReadProblem(source, -1, null, line(e.getLocation()),
                    "malformed JSON: " + e.getOriginalMessage()));
        }
        return new FeatureCollection(source, features, problems);
    }

    private static int line(JsonLocation loc) {
        return loc == null ? -1 : loc.getLineNr();
    }

    /** Thrown inside the reading of one feature; the feature is skipped. */
    private static final class FeatureException extends Exception {
        FeatureException(String message) {
            super(message);
        }
    }

    /** State of one read: the parser and where the results go. */
    private final class Session {
        private final JsonParser p;
        private final String source;
        private final List<GeoFeature> features;
        private final List<ReadProblem> problems;

        Session(JsonParser p, String source, List<GeoFeature> features, List<ReadProblem> problems) {
            this.p = p;
            this.source = source;
            this.features = features;
            this.problems = problems;
        }

        void readRoot() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new ReadProblem(source, -1, null, line(p.currentLocation()),
                        "expected a GeoJSON object at the top level"));
                return;
            }
            String type = null;
            boolean sawFeatures = false;
            Map<String, Object> single = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(field) && t == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    readFeatureArray();
                } else if ("type".equals(field) && t == JsonToken.VALUE_STRING) {
                    type = p.getText();
                } else if ("coordinates".equals(field) && t == JsonToken.START_ARRAY) {
                    single.put(field, readCoordinates());
                } else if ("geometry".equals(field) || "geometries".equals(field) || "properties".equals(field)
                        || "id".equals(field)) {
                    single.put(field, readValue(t));
                } else {
                    p.skipChildren();
                }
            }
            if ("FeatureCollection".equals(type)) {
                if (!sawFeatures) {
                    problems.add(new ReadProblem(source, -1, null, -1, "FeatureCollection without a features array"));
                }
            } else if ("Feature".equals(type)) {
                addFeature(0, single, 1);
            } else if (type != null && isGeometryType(type)) {
                single.put("type", type);
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("geometry", single);
                addFeature(0, feature, 1);
            } else {
                problems.add(new ReadProblem(source, -1, null, -1,
                        type == null ? "no \"type\" member at the top level" : "unknown GeoJSON type \"" + type + "\""));
            }
        }

        private void readFeatureArray() throws IOException {
            int index = 0;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                int line = line(p.currentLocation());
                if (t != JsonToken.START_OBJECT) {
                    problems.add(new ReadProblem(source, index, null, line, "a feature must be a JSON object"));
                    p.skipChildren();
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> raw = (Map<String, Object>) readValue(t);
                    Object type = raw.get("type");
                    if (!"Feature".equals(type)) {
                        problems.add(new ReadProblem(source, index, idOf(raw), line,
                                "\"type\" is " + (type == null ? "missing" : "\"" + type + "\"") + ", expected \"Feature\""));
                    } else {
                        addFeature(index, raw, line);
                    }
                }
                index++;
            }
        }

        private void addFeature(int index, Map<String, Object> raw, int line) {
            String id = idOf(raw);
            try {
                Object g = raw.get("geometry");
                if (!(g instanceof Map<?, ?> geometryMap)) {
                    throw new FeatureException(g == null ? "no geometry" : "geometry must be an object");
                }
                Geometry geometry = geometry(geometryMap);
                if (validate) {
                    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
                    if (error != null) {
                        throw new FeatureException("invalid geometry: " + error.getMessage() + " at "
                                + error.getCoordinate().x + ", " + error.getCoordinate().y);
                    }
                }
                Object props = raw.get("properties");
                if (props != null && !(props instanceof Map)) {
                    throw new FeatureException("\"properties\" must be an object or null");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> properties = props == null ? Map.of() : (Map<String, Object>) props;
                features.add(new GeoFeature(id, geometry, properties));
            } catch (FeatureException e) {
                problems.add(new ReadProblem(source, index, id, line, e.getMessage()));
            }
        }

        private String idOf(Map<String, Object> raw) {
            Object id = raw.get("id");
            if (id == null && raw.get("properties") instanceof Map<?, ?> props) {
                id = props.get("id");
            }
            return id == null ? null : id.toString();
        }

        /** Reads any JSON value under the current token into maps, lists, doubles, strings and booleans. */
        private Object readValue(JsonToken t) throws IOException {
            switch (t) {
                case START_OBJECT -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken next = p.nextToken();
                        map.put(name, "coordinates".equals(name) && next == JsonToken.START_ARRAY
                                ? readCoordinates() : readValue(next));
                    }
                    return map;
                }
                case START_ARRAY -> {
                    List<Object> list = new ArrayList<>();
                    JsonToken next;
                    while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                        list.add(readValue(next));
                    }
                    return list;
                }
                case VALUE_STRING -> {
                    return p.getText();
                }
                case VALUE_NUMBER_INT -> {
                    return p.getNumberType() == JsonParser.NumberType.INT ? (Object) p.getIntValue() : p.getLongValue();
                }
                case VALUE_NUMBER_FLOAT -> {
                    return p.getDoubleValue();
                }
                case VALUE_TRUE -> {
                    return Boolean.TRUE;
                }
                case VALUE_FALSE -> {
                    return Boolean.FALSE;
                }
                default -> {
                    return null;
                }
            }
        }

        /** Coordinates: arrays of plain numbers (positions) become double[]; nesting levels become Lists. */
        private Object readCoordinates() throws IOException {
            List<Object> list = new ArrayList<>();
            double[] numbers = new double[4];
            int count = 0;
            boolean allNumbers = true;
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (allNumbers && t.isNumeric()) {
                    if (count == numbers.length) {
                        numbers = java.util.Arrays.copyOf(numbers, count * 2);
                    }
                    numbers[count++] = p.getDoubleValue();
                    continue;
                }
                if (allNumbers && count > 0) {
                    for (int i = 0; i < count; i++) {
                        list.add(numbers[i]);
                    }
                }
                allNumbers = false;
                list.add(t == JsonToken.START_ARRAY ? readCoordinates() : readValue(t));
            }
            if (allNumbers && count > 0) {
                return java.util.Arrays.copyOf(numbers, count);
            }
            return list;
        }
    }

    // ---- geometry -------------------------------------------------------------------------------

    private static boolean isGeometryType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                 "GeometryCollection" -> true;
            default -> false;
        };
    }

    private static Geometry geometry(Map<?, ?> g) throws FeatureException {
        Object type = g.get("type");
        if (!(type instanceof String typeName)) {
            throw new FeatureException("geometry has no \"type\"");
        }
        if ("GeometryCollection".equals(typeName)) {
            if (!(g.get("geometries") instanceof List<?> parts)) {
                throw new FeatureException("GeometryCollection without a geometries array");
            }
            List<Geometry> geoms = new ArrayList<>();
            for (Object part : parts) {
                if (!(part instanceof Map<?, ?> m)) {
                    throw new FeatureException("GeometryCollection member is not an object");
                }
                geoms.add(geometry(m));
            }
            return GEOMETRY.createGeometryCollection(geoms.toArray(Geometry[]::new));
        }
        Object c = g.get("coordinates");
        if (c == null) {
            throw new FeatureException(typeName + " has no coordinates");
        }
        return switch (typeName) {
            case "Point" -> GEOMETRY.createPoint(position(c));
            case "MultiPoint" -> {
                List<Point> points = new ArrayList<>();
                for (Object o : list(c, "MultiPoint")) {
                    points.add(GEOMETRY.createPoint(position(o)));
                }
                yield GEOMETRY.createMultiPoint(points.toArray(Point[]::new));
            }
            case "LineString" -> line(c);
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                for (Object o : list(c, "MultiLineString")) {
                    lines.add(line(o));
                }
                yield GEOMETRY.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> {
                List<Polygon> polys = new ArrayList<>();
                for (Object o : list(c, "MultiPolygon")) {
                    polys.add(polygon(o));
                }
                yield GEOMETRY.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            default -> throw new FeatureException("unknown geometry type \"" + typeName + "\"");
        };
    }

    private static List<?> list(Object o, String what) throws FeatureException {
        if (o instanceof List<?> l) {
            return l;
        }
        if (o instanceof double[]) {
            throw new FeatureException(what + " coordinates are nested one level too shallow");
        }
        throw new FeatureException(what + " coordinates must be an array");
    }

    private static Coordinate position(Object o) throws FeatureException {
        if (!(o instanceof double[] xy)) {
            throw new FeatureException("a position must be an array of numbers, found "
                    + (o instanceof List ? "a nested array" : String.valueOf(o)));
        }
        if (xy.length < 2) {
            throw new FeatureException("a position needs longitude and latitude");
        }
        if (!Double.isFinite(xy[0]) || xy[0] < -180 || xy[0] > 180) {
            throw new FeatureException("longitude " + xy[0] + " is outside -180..180");
        }
        if (!Double.isFinite(xy[1]) || xy[1] < -90 || xy[1] > 90) {
            throw new FeatureException("latitude " + xy[1] + " is outside -90..90 (are longitude and latitude swapped?)");
        }
        return new Coordinate(xy[0], xy[1]);
    }

    private static Coordinate[] positions(Object o, String what) throws FeatureException {
        List<?> l = list(o, what);
        Coordinate[] cs = new Coordinate[l.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(l.get(i));
        }
        return cs;
    }

    private static LineString line(Object o) throws FeatureException {
        Coordinate[] cs = positions(o, "LineString");
        long distinct = java.util.Arrays.stream(cs).distinct().count();
        if (distinct < 2) {
            throw new FeatureException("a line needs at least two distinct positions, found " + distinct);
        }
        return GEOMETRY.createLineString(cs);
    }

    private static Polygon polygon(Object o) throws FeatureException {
        List<?> rings = list(o, "Polygon");
        if (rings.isEmpty()) {
            throw new FeatureException("a polygon needs an outer ring");
        }
        LinearRing[] lr = new LinearRing[rings.size()];
        for (int i = 0; i < lr.length; i++) {
            Coordinate[] cs = positions(rings.get(i), "Polygon ring");
            if (cs.length < 4) {
                throw new FeatureException("ring " + i + " has " + cs.length + " positions; a ring needs at least 4");
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new FeatureException("ring " + i + " is not closed (first and last positions differ)");
            }
            lr[i] = GEOMETRY.createLinearRing(cs);
        }
        return GEOMETRY.createPolygon(lr[0], java.util.Arrays.copyOfRange(lr, 1, lr.length));
    }
}
