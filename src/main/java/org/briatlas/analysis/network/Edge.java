package org.briatlas.analysis.network;

import org.locationtech.jts.geom.Coordinate;

import java.util.List;

/**
 * A stretch of route between two nodes, as drawn. Where several features share a stretch in one mode (the
 * railways into Suifenhe), it is one edge that names them all. Edges are compared by identity (the graph may
 * hold several between the same two nodes, one per mode).
 */
public final class Edge {

    private final Mode mode;
    private final double lengthKm;
    private final List<String> features;
    private final Coordinate[] path;

    /**
     * @param lengthKm the geodesic length along the drawing
     * @param features the ids of the features drawn along it, the first the one whose drawing is kept
     * @param path     the drawing, from one node to the other
     */
    Edge(Mode mode, double lengthKm, List<String> features, Coordinate[] path) {
        this.mode = mode;
        this.lengthKm = lengthKm;
        this.features = List.copyOf(features);
        this.path = path.clone();
    }

    public Mode mode() {
        return mode;
    }

    public double lengthKm() {
        return lengthKm;
    }

    public List<String> features() {
        return features;
    }

    /** The drawing of the stretch, a copy. */
    public Coordinate[] path() {
        return path.clone();
    }

    Edge with(String feature) {
        List<String> all = new java.util.ArrayList<>(features);
        if (!all.contains(feature)) {
            all.add(feature);
        }
        return new Edge(mode, lengthKm, all, path);
    }

    @Override
    public String toString() {
        return mode.id() + " " + String.format(java.util.Locale.ROOT, "%.1f", lengthKm) + " km " + features;
    }
}
