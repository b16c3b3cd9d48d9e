package org.briatlas.carto;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A packed R-tree of {@link MapShape}s. Built once, then read by any number of threads.
 */
public final class ShapeIndex {

    private final STRtree tree;
    private final int size;

    public ShapeIndex(List<MapShape> shapes) {
        tree = new STRtree(Math.max(2, Math.min(10, shapes.size())));
        for (MapShape s : shapes) {
            Rectangle2D b = s.bounds();
            tree.insert(new Envelope(b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY()), s);
        }
        tree.build();
        size = shapes.size();
    }

    /** Shapes whose bounds meet the window (normalised Mercator units). */
    @SuppressWarnings("unchecked")
    public List<MapShape> query(double minX, double minY, double maxX, double maxY) {
        return tree.query(new Envelope(minX, maxX, minY, maxY));
    }

    public int size() {
        return size;
    }
}
