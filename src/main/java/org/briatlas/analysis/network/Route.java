package org.briatlas.analysis.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A way through the corridor network: its nodes and edges in order, its legs (runs in one mode), the total
 * length and the features it uses.
 */
public record Route(List<Node> nodes, List<Edge> edges, List<Leg> legs, double lengthKm) {

    /** A run of edges in one mode. */
    public record Leg(Mode mode, double lengthKm, List<String> features) {
    }

    public Route {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legs = List.copyOf(legs);
    }

    /** The route through these nodes and edges (each edge joins the node before it and the one after). */
    static Route of(List<Node> nodes, List<Edge> edges) {
        List<Leg> legs = new ArrayList<>();
        Mode mode = null;
        double km = 0;
        double total = 0;
        Set<String> features = new LinkedHashSet<>();
        for (Edge e : edges) {
            if (mode != null && e.mode() != mode) {
                legs.add(new Leg(mode, km, List.copyOf(features)));
                km = 0;
                features.clear();
            }
            mode = e.mode();
            km += e.lengthKm();
            total += e.lengthKm();
            features.addAll(e.features());
        }
        if (mode != null) {
            legs.add(new Leg(mode, km, List.copyOf(features)));
        }
        return new Route(nodes, edges, legs, total);
    }

    /** Changes of mode along the way. */
    public int transfers() {
        return Math.max(0, legs.size() - 1);
    }

    /** Every feature used, in the order met. */
    public List<String> features() {
        Set<String> all = new LinkedHashSet<>();
        for (Leg l : legs) {
            all.addAll(l.features());
        }
        return List.copyOf(all);
    }

    /** The route joined to one that starts where this one ends. */
    Route then(Route next) {
        List<Node> n = new ArrayList<>(nodes);
        n.addAll(next.nodes.subList(Math.min(1, next.nodes.size()), next.nodes.size()));
        List<Edge> e = new ArrayList<>(edges);
        e.addAll(next.edges);
        return of(n, e);
    }
}
