package org.briatlas.analysis;

import net.sf.geographiclib.Gnomonic;
import net.sf.geographiclib.GnomonicData;
import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What lies within a distance of a feature or a point: true distances on the WGS84 ellipsoid, not degrees.
 * The distance from a point to a stretch of line is found in the gnomonic projection centred on the point
 * (where geodesics are straight lines) and measured back on the ellipsoid; between two lines it is the least
 * such distance from the vertices of either (both densified to {@link #STEP_KM}) to the other. Pure; safe on
 * any thread.
 */
public final class Near {

    /** Lines are densified to vertices at most this far apart before they are compared. */
    public static final double STEP_KM = 10;

    private static final Gnomonic GNOMONIC = new Gnomonic(net.sf.geographiclib.Geodesic.WGS84);

    /** A feature and its distance from what was asked about. */
    public record Item(AtlasFeature feature, double distanceKm) {
    }

    private Near() {
    }

    /**
     * @param query    the feature's geometry or a point, (longitude, latitude)
     * @param km       the distance, km
     * @param features what may lie near, the user's own features included; {@code exclude} (the query's own
     *                 feature, or null) is left out
     * @return the features within {@code km}, nearest first
     */
    public static List<Item> within(Geometry query, double km, List<AtlasFeature> features, AtlasFeature exclude) {
        Segments q = new Segments(query);
        List<Item> out = new ArrayList<>();
        for (AtlasFeature f : features) {
            if (f == exclude) {
                continue;
            }
            double d = distanceKm(q, f.geometry(), km);
            if (d <= km) {
                out.add(new Item(f, d));
            }
        }
        out.sort(Comparator.comparingDouble(Item::distanceKm).thenComparing(i -> i.feature().id()));
        return List.copyOf(out);
    }

    /** The distance in km between two geometries, exactly when it is at most {@code limitKm}, else more. */
    public static double distanceKm(Geometry a, Geometry b, double limitKm) {
        return distanceKm(new Segments(a), b, limitKm);
    }

    private static double distanceKm(Segments q, Geometry g, double limitKm) {
        if (q.geometry.intersects(g)) {
            return 0;
        }
        Segments other = new Segments(g);
        double best = Double.MAX_VALUE;
        for (Coordinate c : other.vertices) {
            best = Math.min(best, q.distanceKm(c, Math.min(best, limitKm)));
        }
        for (Coordinate c : q.vertices) {
            best = Math.min(best, other.distanceKm(c, Math.min(best, limitKm)));
        }
        return best;
    }

    /** A geometry's densified vertices and stretches, indexed. */
    private static final class Segments {
        final Geometry geometry;
        final List<Coordinate> vertices = new ArrayList<>();
        final STRtree index = new STRtree();
        boolean empty = true;

        Segments(Geometry g) {
            this.geometry = g;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof LineString line) {
                    Coordinate[] cs = dense(line.getCoordinates());
                    for (int s = 1; s < cs.length; s++) {
                        index.insert(new Envelope(cs[s - 1], cs[s]), new Coordinate[]{cs[s - 1], cs[s]});
                        empty = false;
                    }
                    vertices.addAll(List.of(cs));
                } else {
                    for (Coordinate c : part.getCoordinates()) {
                        vertices.add(c);
                        index.insert(new Envelope(c), new Coordinate[]{c, c});
                        empty = false;
                    }
                }
            }
        }

        /** The distance from a point to the nearest stretch that may lie within {@code limitKm}. */
        double distanceKm(Coordinate p, double limitKm) {
            if (empty) {
                return Double.MAX_VALUE;
            }
            double dLat = limitKm / 110.5 + 0.01;
            double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(Math.min(89, Math.abs(p.y)))));
            Envelope search = new Envelope(p.x - dLon, p.x + dLon, p.y - dLat, p.y + dLat);
            double best = Double.MAX_VALUE;
            for (Object o : index.query(search)) {
                Coordinate[] s = (Coordinate[]) o;
                best = Math.min(best, toSegmentKm(p, s[0], s[1]));
            }
            return best;
        }
    }

    /** Lines with vertices at most {@link #STEP_KM} apart (interpolated in degrees within each stretch). */
    private static Coordinate[] dense(Coordinate[] cs) {
        List<Coordinate> out = new ArrayList<>();
        out.add(cs[0]);
        for (int i = 1; i < cs.length; i++) {
            double km = Geodesic.distanceKm(cs[i - 1].x, cs[i - 1].y, cs[i].x, cs[i].y);
            int n = (int) Math.ceil(km / STEP_KM);
            for (int k = 1; k < n; k++) {
                double t = (double) k / n;
                out.add(new Coordinate(cs[i - 1].x + (cs[i].x - cs[i - 1].x) * t, cs[i - 1].y + (cs[i].y - cs[i - 1].y) * t));
            }
            out.add(cs[i]);
        }
        return out.toArray(new Coordinate[0]);
    }

    /** Geodesic distance from p to the stretch a-b, found in the gnomonic projection about p. */
    static double toSegmentKm(Coordinate p, Coordinate a, Coordinate b) {
        double da = Geodesic.distanceKm(p.x, p.y, a.x, a.y);
        if (a.equals2D(b)) {
            return da;
        }
        double db = Geodesic.distanceKm(p.x, p.y, b.x, b.y);
        GnomonicData ga = GNOMONIC.Forward(p.y, p.x, a.y, a.x);
        GnomonicData gb = GNOMONIC.Forward(p.y, p.x, b.y, b.x);
        if (!(ga.rk > 0 && gb.rk > 0)) {
            return Math.min(da, db);
        }
        double dx = gb.x - ga.x;
        double dy = gb.y - ga.y;
        double t = -(ga.x * dx + ga.y * dy) / (dx * dx + dy * dy);
        if (t <= 0 || t >= 1 || Double.isNaN(t)) {
            return Math.min(da, db);
        }
        GnomonicData q = GNOMONIC.Reverse(p.y, p.x, ga.x + t * dx, ga.y + t * dy);
        return Math.min(Math.min(da, db), Geodesic.distanceKm(p.x, p.y, q.lon, q.lat));
    }
}
