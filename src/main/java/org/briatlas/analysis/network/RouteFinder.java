package org.briatlas.analysis.network;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.MaskSubgraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shortest ways over the corridor network in the modes the user allows, through places in between, with up
 * to a few alternatives (Yen's k shortest simple paths, by JGraphT). Alternatives that use the same features in
 * the same modes are left out: each differs from the others in its routes or its modes. Pure; safe on any
 * thread.
 */
public final class RouteFinder {

    /** The most alternatives asked for beside the shortest route. */
    public static final int MAX_ALTERNATIVES = 3;

    private final CorridorNetwork network;

    public RouteFinder(CorridorNetwork network) {
        this.network = network;
    }

    /**
     * @param from         where the route starts
     * @param to           where it ends
     * @param via          places to pass in order (no alternatives are looked for when there are any)
     * @param modes        the modes allowed
     * @param alternatives how many routes beside the shortest, 0 to {@link #MAX_ALTERNATIVES}
     * @return the routes, shortest first; empty if {@code to} cannot be reached
     */
    public List<Route> find(Node from, Node to, List<Node> via, Set<Mode> modes, int alternatives) {
        Graph<Node, Edge> allowed = new MaskSubgraph<>(network.graph(), v -> false, e -> !modes.contains(e.mode()));
        if (from.equals(to)) {
            return List.of(Route.of(List.of(from), List.of()));
        }
        if (!via.isEmpty()) {
            Route whole = null;
            Node at = from;
            List<Node> stops = new ArrayList<>(via);
            stops.add(to);
            for (Node next : stops) {
                Optional<Route> leg = shortest(allowed, at, next);
                if (leg.isEmpty()) {
                    return List.of();
                }
                whole = whole == null ? leg.get() : whole.then(leg.get());
                at = next;
            }
            return List.of(whole);
        }
        int k = Math.max(0, Math.min(MAX_ALTERNATIVES, alternatives));
        if (k == 0) {
            return shortest(allowed, from, to).map(List::of).orElse(List.of());
        }
        List<Route> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Ask for more than needed: many of Yen's next paths only swap a parallel edge.
        for (GraphPath<Node, Edge> p : new YenKShortestPath<>(allowed).getPaths(from, to, 5 * (k + 1))) {
            Route r = Route.of(p.getVertexList(), p.getEdgeList());
            String signature = signature(r);
            if (seen.add(signature)) {
                out.add(r);
                if (out.size() == k + 1) {
                    break;
                }
            }
        }
        return out;
    }

    private static Optional<Route> shortest(Graph<Node, Edge> g, Node from, Node to) {
        GraphPath<Node, Edge> p = new DijkstraShortestPath<>(g).getPath(from, to);
        return p == null ? Optional.empty() : Optional.of(Route.of(p.getVertexList(), p.getEdgeList()));
    }

    /**
     * What tells two routes apart for a planner: the modes in order and the features used. Ways that differ
     * only in a junction passed on the same routes are one route.
     */
    private static String signature(Route r) {
        return r.legs().stream().map(l -> l.mode().id()).toList() + " " + new java.util.TreeSet<>(r.features());
    }
}
