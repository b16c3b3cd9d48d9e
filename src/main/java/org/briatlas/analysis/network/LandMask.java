package org.briatlas.analysis.network;

import org.briatlas.model.GeoFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.List;
import java.util.function.Predicate;

/** Whether a point lies on land: inside one of the base map's country outlines. Safe on any thread once built. */
public final class LandMask implements Predicate<Coordinate> {

    private static final GeometryFactory GF = new GeometryFactory();
    private final STRtree index = new STRtree();

    /** @param countries the base map's country outlines, (longitude, latitude) */
    public LandMask(List<GeoFeature> countries) {
        for (GeoFeature c : countries) {
            PreparedGeometry p = PreparedGeometryFactory.prepare(c.geometry());
            index.insert(c.geometry().getEnvelopeInternal(), p);
        }
        index.build();
    }

    @Override
    public boolean test(Coordinate c) {
        var point = GF.createPoint(c);
        for (Object o : index.query(point.getEnvelopeInternal())) {
            if (((PreparedGeometry) o).covers(point)) {
                return true;
            }
        }
        return false;
    }
}
