package org.briatlas.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds a JTS geometry from a GeoJSON geometry object as the reader collected it (maps and lists, with
 * positions as {@code double[]}), checking nesting, ranges and rings, cutting what crosses 180 degrees
 * ({@link Antimeridian}) and, if asked, checking JTS validity. Geometries are (x = longitude,
 * y = latitude). A geometry with empty coordinates (which RFC 7946 lets a reader take as null) is built as an
 * empty geometry. Stateless apart from its settings; safe on any thread.
 */
final class GeometryBuilder {

    /** What is wrong with one feature, in plain words; the feature is skipped. */
    static final class FeatureException extends Exception {
        FeatureException(String message) {
            super(message);
        }
    }

    static final GeometryFactory FACTORY = new GeometryFactory();

    private final boolean validate;

    GeometryBuilder(boolean validate) {
        this.validate = validate;
    }

    static boolean isGeometryType(String type) {
        return switch (type) {
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                 "GeometryCollection" -> true;
            default -> false;
        };
    }

    /** The feature's geometry, checked; empty for a geometry with empty coordinates. */
    Geometry build(Map<?, ?> g) throws FeatureException {
        Geometry geometry = geometry(g);
        // Points are valid once their positions are (checked as read): JTS need only look at lines and areas.
        if (validate && !geometry.isEmpty() && !(geometry instanceof org.locationtech.jts.geom.Puntal)) {
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                throw invalid(error);
            }
        }
        return geometry;
    }

    private static FeatureException invalid(TopologyValidationError error) {
        return new FeatureException("invalid geometry: " + error.getMessage() + " at "
                + Antimeridian.wrap(error.getCoordinate().x) + ", " + error.getCoordinate().y);
    }

    private Geometry geometry(Map<?, ?> g) throws FeatureException {
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
            return FACTORY.createGeometryCollection(geoms.toArray(Geometry[]::new));
        }
        Object c = g.get("coordinates");
        if (c == null) {
            throw new FeatureException(isGeometryType(typeName) ? typeName + " has no coordinates"
                    : "unknown geometry type \"" + shorten(typeName) + "\"");
        }
        if (c instanceof List<?> l && l.isEmpty() && isGeometryType(typeName)) {
            return FACTORY.createGeometryCollection();
        }
        return switch (typeName) {
            case "Point" -> point(c);
            case "MultiPoint" -> {
                List<Point> points = new ArrayList<>();
                for (Object o : list(c, "MultiPoint")) {
                    points.add(point(o));
                }
                yield FACTORY.createMultiPoint(points.toArray(Point[]::new));
            }
            case "LineString" -> Antimeridian.collect(lines(c), FACTORY, true);
            case "MultiLineString" -> {
                List<LineString> lines = new ArrayList<>();
                for (Object o : list(c, "MultiLineString")) {
                    lines.addAll(lines(o));
                }
                yield FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
            }
            case "Polygon" -> Antimeridian.collect(polygons(c), FACTORY, false);
            case "MultiPolygon" -> {
                List<Polygon> polys = new ArrayList<>();
                for (Object o : list(c, "MultiPolygon")) {
                    polys.addAll(polygons(o));
                }
                yield FACTORY.createMultiPolygon(polys.toArray(Polygon[]::new));
            }
            default -> throw new FeatureException("unknown geometry type \"" + shorten(typeName) + "\"");
        };
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
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

    /** A point of one position, held in one small object ({@link OnePosition}). */
    private static Point point(Object o) throws FeatureException {
        double[] xy = checked(o);
        return FACTORY.createPoint(new OnePosition(xy[0], xy[1]));
    }

    private static Coordinate position(Object o) throws FeatureException {
        double[] xy = checked(o);
        return new Coordinate(xy[0], xy[1]);
    }

    /** A position as read, checked: at least longitude and latitude, within their ranges. */
    private static double[] checked(Object o) throws FeatureException {
        if (!(o instanceof double[] xy)) {
            throw new FeatureException("a position must be an array of numbers, found "
                    + (o instanceof List ? "a nested array" : shorten(String.valueOf(o))));
        }
        if (xy.length < 2) {
            throw new FeatureException("a position needs longitude and latitude");
        }
        if (!Double.isFinite(xy[0]) || xy[0] < -180 || xy[0] > 180) {
            throw new FeatureException("longitude " + xy[0] + " is outside -180..180");
        }
        if (!Double.isFinite(xy[1]) || xy[1] < -90 || xy[1] > 90) {
            throw new FeatureException("latitude " + xy[1]
                    + " is outside -90..90 (are longitude and latitude swapped?)");
        }
        return xy;
    }

    private static Coordinate[] positions(Object o, String what) throws FeatureException {
        List<?> l = list(o, what);
        Coordinate[] cs = new Coordinate[l.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(l.get(i));
        }
        return cs;
    }

    /** One GeoJSON line: one LineString, or its parts if it crosses 180 degrees. */
    private static List<LineString> lines(Object o) throws FeatureException {
        Coordinate[] cs = positions(o, "LineString");
        boolean twoDistinct = false;
        for (int i = 1; i < cs.length && !twoDistinct; i++) {
            twoDistinct = !cs[i].equals2D(cs[0]);
        }
        if (!twoDistinct) {
            throw new FeatureException("a line needs at least two distinct positions, found " + (cs.length == 0 ? 0
                    : 1));
        }
        if (!Antimeridian.crossesAsLine(cs)) {
            return List.of(FACTORY.createLineString(cs));
        }
        List<LineString> parts = new ArrayList<>();
        for (Coordinate[] part : Antimeridian.splitLine(cs)) {
            parts.add(FACTORY.createLineString(part));
        }
        return parts;
    }

    /** One GeoJSON polygon: one Polygon, or its parts if it crosses 180 degrees. */
    private static List<Polygon> polygons(Object o) throws FeatureException {
        List<?> rings = list(o, "Polygon");
        if (rings.isEmpty()) {
            throw new FeatureException("a polygon needs an outer ring");
        }
        LinearRing[] lr = new LinearRing[rings.size()];
        boolean crosses = false;
        for (int i = 0; i < lr.length; i++) {
            Coordinate[] cs = positions(rings.get(i), "Polygon ring");
            if (cs.length < 4) {
                throw new FeatureException("ring " + i + " has " + cs.length + " positions; a ring needs at least 4");
            }
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new FeatureException("ring " + i + " is not closed (first and last positions differ)");
            }
            crosses |= Antimeridian.crosses(cs);
            lr[i] = FACTORY.createLinearRing(cs);
        }
        Polygon polygon = FACTORY.createPolygon(lr[0], Arrays.copyOfRange(lr, 1, lr.length));
        if (!crosses) {
            return List.of(polygon);
        }
        Polygon unrolled = Antimeridian.unroll(polygon, FACTORY);
        TopologyValidationError error = new IsValidOp(unrolled).getValidationError();
        if (error != null) {
            // Cutting an invalid polygon gives nonsense: report it, whether or not validation was asked for.
            throw invalid(error);
        }
        try {
            return Antimeridian.cut(unrolled, FACTORY);
        } catch (RuntimeException e) {
            throw new FeatureException("the polygon cannot be cut at 180 degrees: " + e.getMessage());
        }
    }
}
