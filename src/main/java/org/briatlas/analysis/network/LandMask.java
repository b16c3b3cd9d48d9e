package org.briatlas.analysis.network;

import org.briatlas.model.GeoFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether a point lies inside a set of polygons (the base map's land, or its countries), and which one.
 * Safe on any thread once built.
 */
public final class LandMask implements Predicate<Coordinate> {

    private static final GeometryFactory GF = new GeometryFactory();
    private final STRtree index = new STRtree();

    private record Shape(PreparedGeometry geometry, String label) {
    }

    /**
     * @param polygons (longitude, latitude) polygons
     * @param label    what names a polygon (a country's ISO code), or null
     */
    public LandMask(List<GeoFeature> polygons, Function<GeoFeature, String> label) {
        for (GeoFeature c : polygons) {
            index.insert(c.geometry().getEnvelopeInternal(),
                    new Shape(PreparedGeometryFactory.prepare(c.geometry()), label == null ? null : label.apply(c)));
        }
        index.build();
    }

    /** Unlabelled polygons: land. */
    public LandMask(List<GeoFeature> polygons) {
        this(polygons, null);
    }

    @Override
    public boolean test(Coordinate c) {
        return shape(c) != null;
    }

    /** The label of the polygon a point lies in, or null. */
    public String labelAt(Coordinate c) {
        Shape s = shape(c);
        return s == null ? null : s.label();
    }

    private Shape shape(Coordinate c) {
        Point point = GF.createPoint(c);
        for (Object o : index.query(point.getEnvelopeInternal())) {
            Shape s = (Shape) o;
            if (s.geometry().covers(point)) {
                return s;
            }
        }
        return null;
    }
}
