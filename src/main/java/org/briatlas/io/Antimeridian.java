package org.briatlas.io;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts lines and polygons that cross 180 degrees of longitude, as RFC 7946 (section 3.1.9) asks, so that
 * nothing is drawn the long way round the world.
 *
 * <p>A step from one position to the next crosses 180 degrees when the two longitudes differ by more than
 * 180 degrees: the short way between them is across the antimeridian. In polygons, a step between two
 * positions that both lie on the antimeridian (-180 and 180) is an edge along the map's border, as a ring
 * around Antarctica is drawn, and not a crossing. A crossing line is split into a MultiLineString at the
 * latitude where it meets 180 degrees; a crossing polygon is unrolled to continuous longitudes, cut into the
 * parts west and east of 180 degrees with JTS, and each part moved back into -180..180. A ring that goes
 * once all the way round a pole is closed along that pole. Geometries that do not cross are returned as
 * they are. Coordinates are (x = longitude, y = latitude). Stateless.
 */
final class Antimeridian {

    private Antimeridian() {
    }

    private static boolean onSeam(double x) {
        return x == 180 || x == -180;
    }

    /** True if any step of the line is longer than 180 degrees of longitude (a hop along the seam included). */
    static boolean crossesAsLine(Coordinate[] cs) {
        for (int i = 1; i < cs.length; i++) {
            if (Math.abs(cs[i].x - cs[i - 1].x) > 180) {
                return true;
            }
        }
        return false;
    }

    /** True if any step of the ring crosses 180 degrees (by the polygon rule). */
    static boolean crosses(Coordinate[] ring) {
        for (int i = 1; i < ring.length; i++) {
            if (Math.abs(ring[i].x - ring[i - 1].x) > 180 && !(onSeam(ring[i].x) && onSeam(ring[i - 1].x))) {
                return true;
            }
        }
        return false;
    }

    /** The parts of a line on either side of 180 degrees: the positions unchanged if it does not cross. */
    static List<Coordinate[]> splitLine(Coordinate[] cs) {
        List<Coordinate[]> parts = new ArrayList<>();
        List<Coordinate> part = new ArrayList<>();
        part.add(cs[0]);
        for (int i = 1; i < cs.length; i++) {
            Coordinate a = cs[i - 1];
            Coordinate b = cs[i];
            if (Math.abs(b.x - a.x) <= 180) {
                part.add(b);
                continue;
            }
            if (onSeam(a.x) && onSeam(b.x)) {
                // Already cut, but kept in one line: a hop along the seam.
                finish(parts, part);
                part = new ArrayList<>(List.of(b));
                continue;
            }
            double bx = b.x + (b.x < a.x ? 360 : -360);
            double seam = bx > a.x ? 180 : -180;
            double t = (seam - a.x) / (bx - a.x);
            double y = a.y + t * (b.y - a.y);
            part.add(new Coordinate(seam, y));
            finish(parts, part);
            part = new ArrayList<>(List.of(new Coordinate(-seam, y), b));
        }
        finish(parts, part);
        return parts;
    }

    /** Keeps a part with at least two distinct positions, without repeated ones in a row. */
    private static void finish(List<Coordinate[]> parts, List<Coordinate> part) {
        List<Coordinate> clean = new ArrayList<>();
        for (Coordinate c : part) {
            if (clean.isEmpty() || !clean.get(clean.size() - 1).equals2D(c)) {
                clean.add(c);
            }
        }
        if (clean.size() >= 2) {
            parts.add(clean.toArray(Coordinate[]::new));
        }
    }

    /**
     * The polygon with every ring unrolled to continuous longitudes (they may then pass 180 or -180), holes
     * moved next to the shell; call only when some ring {@link #crosses}.
     */
    static Polygon unroll(Polygon p, GeometryFactory factory) {
        Coordinate[] shell = unroll(p.getExteriorRing().getCoordinates());
        Envelope range = new Envelope();
        for (Coordinate c : shell) {
            range.expandToInclude(c);
        }
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            Coordinate[] hole = unroll(p.getInteriorRingN(h).getCoordinates());
            double shift = 0;
            while (hole[0].x + shift > range.getMaxX()) {
                shift -= 360;
            }
            while (hole[0].x + shift < range.getMinX()) {
                shift += 360;
            }
            holes[h] = factory.createLinearRing(shifted(hole, shift));
        }
        return factory.createPolygon(factory.createLinearRing(shell), holes);
    }

    private static Coordinate[] unroll(Coordinate[] ring) {
        List<Coordinate> out = new ArrayList<>(ring.length + 3);
        double offset = 0;
        out.add(new Coordinate(ring[0]));
        double sumY = ring[0].y;
        for (int i = 1; i < ring.length; i++) {
            double step = ring[i].x - ring[i - 1].x;
            if (step > 180) {
                offset -= 360;
            } else if (step < -180) {
                offset += 360;
            }
            out.add(new Coordinate(ring[i].x + offset, ring[i].y));
            sumY += ring[i].y;
        }
        if (offset != 0) {
            // Round a pole once: close the ring along the pole it goes round.
            double pole = sumY >= 0 ? 90 : -90;
            Coordinate last = out.get(out.size() - 1);
            out.add(new Coordinate(last.x, pole));
            out.add(new Coordinate(ring[0].x, pole));
            out.add(new Coordinate(ring[0]));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static Coordinate[] shifted(Coordinate[] cs, double dx) {
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = new Coordinate(cs[i].x + dx, cs[i].y);
        }
        return out;
    }

    /** An unrolled polygon cut at every multiple of 180 degrees it passes, with each part moved into -180..180. */
    static List<Polygon> cut(Polygon unrolled, GeometryFactory factory) {
        Envelope e = unrolled.getEnvelopeInternal();
        List<Polygon> parts = new ArrayList<>();
        long first = (long) Math.floor((e.getMinX() + 180) / 360);
        long last = (long) Math.floor((e.getMaxX() + 180) / 360);
        if (e.getMaxX() == 180 + 360 * last && last > first) {
            last--;
        }
        for (long k = first; k <= last; k++) {
            double west = -180 + 360.0 * k;
            Geometry window = factory.toGeometry(new Envelope(west, west + 360, -90, 90));
            Geometry piece = OverlayNGRobust.overlay(unrolled, window, OverlayNG.INTERSECTION);
            for (Object o : PolygonExtracter.getPolygons(piece)) {
                Polygon poly = (Polygon) o;
                parts.add(k == 0 ? poly : move(poly, -360.0 * k, factory));
            }
        }
        if (e.getWidth() >= 360 && parts.size() > 1) {
            // Round a pole the parts meet where the ring started: they are one polygon.
            Geometry whole = OverlayNGRobust.union(factory.buildGeometry(parts));
            List<Polygon> merged = new ArrayList<>();
            for (Object o : PolygonExtracter.getPolygons(whole)) {
                merged.add((Polygon) o);
            }
            return merged;
        }
        return parts;
    }

    private static Polygon move(Polygon p, double dx, GeometryFactory factory) {
        LinearRing shell = factory.createLinearRing(shifted(p.getExteriorRing().getCoordinates(), dx));
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = factory.createLinearRing(shifted(p.getInteriorRingN(h).getCoordinates(), dx));
        }
        return factory.createPolygon(shell, holes);
    }

    /** A longitude of an unrolled polygon, back in -180..180, for messages. */
    static double wrap(double x) {
        if (x >= -180 && x <= 180) {
            return x;
        }
        double w = ((x + 180) % 360 + 360) % 360 - 180;
        return w == -180 && x > 0 ? 180 : w;
    }

    /** Flattens pieces into one geometry: the single piece, or a multi-geometry of them. */
    static Geometry collect(List<? extends Geometry> pieces, GeometryFactory factory, boolean lines) {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        return lines ? factory.createMultiLineString(pieces.toArray(LineString[]::new))
                : factory.createMultiPolygon(pieces.toArray(Polygon[]::new));
    }
}
