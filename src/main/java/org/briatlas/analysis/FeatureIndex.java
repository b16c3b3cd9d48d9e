package org.briatlas.analysis;

import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the feature under the pointer: a packed R-tree of the features' geometries in normalised
 * Web-Mercator units (the plane the map is drawn in), queried with a tolerance in those units. Points
 * win over lines when both are within reach, then the nearest. Built once; thread-safe for queries.
 */
public final class FeatureIndex {

    /** A feature and its geometry projected to normalised Mercator. */
    public record Entry(AtlasFeature feature, Geometry projected) {
    }

    private final STRtree tree = new STRtree();
    private final GeometryFactory factory = new GeometryFactory();

    public FeatureIndex(List<AtlasFeature> features) {
        for (AtlasFeature f : features) {
            Geometry projected = project(f.geometry());
            tree.insert(projected.getEnvelopeInternal(), new Entry(f, projected));
        }
        tree.build();
    }

    /** A (longitude, latitude) geometry in normalised Mercator (x, y). */
    public static Geometry project(Geometry lonLat) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                CoordinateSequence out = coords.copy();
                for (int i = 0; i < out.size(); i++) {
                    double lon = out.getX(i);
                    double lat = out.getY(i);
                    out.setOrdinate(i, 0, WebMercator.x(lon));
                    out.setOrdinate(i, 1, WebMercator.y(lat));
                }
                return out;
            }
        }.transform(lonLat);
    }

    /** Every feature whose geometry comes within {@code tolerance} of (x, y), among those the filter accepts. */
    @SuppressWarnings("unchecked")
    public List<AtlasFeature> within(double x, double y, double tolerance, Predicate<AtlasFeature> accept) {
        Envelope box = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
        Geometry probe = factory.createPoint(new Coordinate(x, y));
        List<AtlasFeature> out = new java.util.ArrayList<>();
        for (Entry e : (List<Entry>) tree.query(box)) {
            if (accept.test(e.feature()) && e.projected().distance(probe) <= tolerance) {
                out.add(e.feature());
            }
        }
        return out;
    }

    /**
     * The feature nearest to (x, y) in normalised Mercator within {@code tolerance}, among those the
     * filter accepts (for example the visible layers), or null.
     */
    @SuppressWarnings("unchecked")
    public AtlasFeature nearest(double x, double y, double tolerance, Predicate<AtlasFeature> accept) {
        Envelope box = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
        Geometry probe = factory.createPoint(new Coordinate(x, y));
        AtlasFeature best = null;
        double bestScore = Double.MAX_VALUE;
        for (Entry e : (List<Entry>) tree.query(box)) {
            if (!accept.test(e.feature())) {
                continue;
            }
            double d = e.projected().distance(probe);
            if (d > tolerance) {
                continue;
            }
            // Points are small targets drawn on top: they win over a line passing nearby.
            double score = e.feature().isPoint() ? d - tolerance : d;
            if (score < bestScore) {
                bestScore = score;
                best = e.feature();
            }
        }
        return best;
    }
}
