package org.briatlas.analysis.network;

import org.briatlas.analysis.Geodesic;
import org.briatlas.model.AtlasFeature;
import org.jgrapht.Graph;
import org.jgrapht.graph.WeightedMultigraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The corridors as a graph, built once from their drawings. Nodes are the named places on the routes (a
 * place snaps to the nearest vertex of each route within {@link #PLACE_KM}), the points where routes meet
 * (vertices of different routes within {@link #JUNCTION_KM}) and the ends of routes. Edges are the stretches
 * between, with their mode and their geodesic length along the drawing; a stretch that several routes share
 * in one mode is one edge naming them all. Immutable once built; safe to read from any thread.
 */
public final class CorridorNetwork {

    /** Vertices of different routes this close are one junction. */
    public static final double JUNCTION_KM = 2;
    /** A place this close to a route's vertex is on that route. */
    public static final double PLACE_KM = 8;

    private final Graph<Node, Edge> graph;
    private final List<Node> nodes;
    private final Map<String, Node> byPlace;

    private CorridorNetwork(Graph<Node, Edge> graph, List<Node> nodes, Map<String, Node> byPlace) {
        this.graph = graph;
        this.nodes = List.copyOf(nodes);
        this.byPlace = Map.copyOf(byPlace);
    }

    /** The graph itself (read it only). */
    public Graph<Node, Edge> graph() {
        return graph;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The node a place stands on, if the place lies on a route. */
    public Optional<Node> nodeOf(String placeId) {
        return Optional.ofNullable(byPlace.get(placeId));
    }

    /** The node nearest to a point, within {@code maxKm}. */
    public Optional<Node> nearestNode(double lon, double lat, double maxKm) {
        Node best = null;
        double bestKm = maxKm;
        for (Node n : nodes) {
            double km = Geodesic.distanceKm(lon, lat, n.lon(), n.lat());
            if (km <= bestKm) {
                best = n;
                bestKm = km;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One line of a route, in one mode. */
    private record Part(AtlasFeature feature, Mode mode, Coordinate[] cs) {
    }

    /**
     * @param features the atlas's features: routes become edges, points places
     * @param onLand   true for a point on land, which tells a land-sea corridor's sea legs from its rail leg
     */
    public static CorridorNetwork build(List<AtlasFeature> features, Predicate<Coordinate> onLand) {
        List<Part> parts = new ArrayList<>();
        List<AtlasFeature> places = new ArrayList<>();
        for (AtlasFeature f : features) {
            Geometry g = f.geometry();
            // The atlas's own places are the network's places; a user's points are not (there may be millions).
            if (g instanceof Point && f.layer() != org.briatlas.model.AtlasLayer.USER && rank(f) < 2) {
                places.add(f);
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line && line.getNumPoints() >= 2) {
                    Optional<Mode> mode = Mode.of(f, line, onLand);
                    mode.ifPresent(m -> parts.add(new Part(f, m, line.getCoordinates())));
                }
            }
        }
        Grid vertices = new Grid();
        for (int p = 0; p < parts.size(); p++) {
            Coordinate[] cs = parts.get(p).cs();
            for (int v = 0; v < cs.length; v++) {
                vertices.add(cs[v], new int[]{p, v});
            }
        }
        List<boolean[]> cut = new ArrayList<>();
        List<AtlasFeature[]> placeAt = new ArrayList<>();
        for (Part part : parts) {
            boolean[] c = new boolean[part.cs().length];
            c[0] = true;
            c[c.length - 1] = true;
            cut.add(c);
            placeAt.add(new AtlasFeature[c.length]);
        }
        // Places: on each route that passes within reach, at the nearest vertex.
        for (AtlasFeature place : places) {
            Coordinate pc = place.geometry().getCoordinate();
            Map<Integer, int[]> nearestPerPart = new HashMap<>();
            Map<Integer, Double> nearestKm = new HashMap<>();
            for (int[] pv : vertices.near(pc, PLACE_KM)) {
                double km = approxKm(pc, parts.get(pv[0]).cs()[pv[1]]);
                if (km <= PLACE_KM && km < nearestKm.getOrDefault(pv[0], Double.MAX_VALUE)) {
                    nearestKm.put(pv[0], km);
                    nearestPerPart.put(pv[0], pv);
                }
            }
            for (int[] pv : nearestPerPart.values()) {
                AtlasFeature there = placeAt.get(pv[0])[pv[1]];
                Coordinate vc = parts.get(pv[0]).cs()[pv[1]];
                if (there == null || rank(place) < rank(there) || rank(place) == rank(there)
                        && approxKm(vc, pc) < approxKm(vc, there.geometry().getCoordinate())) {
                    placeAt.get(pv[0])[pv[1]] = place;
                }
                cut.get(pv[0])[pv[1]] = true;
            }
        }
        // Junctions: a vertex near a vertex of another route.
        for (int p = 0; p < parts.size(); p++) {
            Coordinate[] cs = parts.get(p).cs();
            for (int v = 1; v < cs.length - 1; v++) {
                for (int[] other : vertices.near(cs[v], JUNCTION_KM)) {
                    if (other[0] != p && approxKm(cs[v], parts.get(other[0]).cs()[other[1]]) <= JUNCTION_KM) {
                        cut.get(p)[v] = true;
                        break;
                    }
                }
            }
        }
        // Nodes: one per place, otherwise one per cluster of cut vertices.
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byPlace = new LinkedHashMap<>();
        Grid junctions = new Grid();
        Graph<Node, Edge> graph = new WeightedMultigraph<>(Edge.class);
        List<Node[]> nodeAt = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Coordinate[] cs = parts.get(p).cs();
            Node[] at = new Node[cs.length];
            for (int v = 0; v < cs.length; v++) {
                if (!cut.get(p)[v]) {
                    continue;
                }
                AtlasFeature place = placeAt.get(p)[v];
                if (place != null) {
                    Node n = byPlace.get(place.id());
                    if (n == null) {
                        Coordinate pc = place.geometry().getCoordinate();
                        n = new Node(nodes.size(), pc.x, pc.y, place.id(), place.name("en"));
                        nodes.add(n);
                        graph.addVertex(n);
                        byPlace.put(place.id(), n);
                        junctions.add(cs[v], new int[]{n.index()});
                    }
                    at[v] = n;
                    continue;
                }
                Node found = null;
                for (int[] j : junctions.near(cs[v], JUNCTION_KM)) {
                    Node n = nodes.get(j[0]);
                    if (approxKm(cs[v], new Coordinate(n.lon(), n.lat())) <= JUNCTION_KM) {
                        found = n;
                        break;
                    }
                }
                if (found == null) {
                    found = new Node(nodes.size(), cs[v].x, cs[v].y, null, null);
                    nodes.add(found);
                    graph.addVertex(found);
                    junctions.add(cs[v], new int[]{found.index()});
                }
                at[v] = found;
            }
            nodeAt.add(at);
        }
        // Edges between successive nodes along each route; shared stretches in one mode merged.
        Map<String, Edge> shared = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            Node[] at = nodeAt.get(p);
            int last = 0;
            for (int v = 1; v < at.length; v++) {
                if (at[v] == null) {
                    continue;
                }
                Node a = at[last];
                Node b = at[v];
                if (a != b) {
                    double km = Geodesic.lengthKm(part.cs(), last, v);
                    String key = Math.min(a.index(), b.index()) + "-" + Math.max(a.index(), b.index()) + "-"
                            + part.mode();
                    Edge same = shared.get(key);
                    if (same != null && Math.abs(same.lengthKm() - km) <= Math.max(1, 0.1 * km)) {
                        Edge merged = same.with(part.feature().id());
                        graph.removeEdge(same);
                        graph.addEdge(a, b, merged);
                        graph.setEdgeWeight(merged, merged.lengthKm());
                        shared.put(key, merged);
                    } else {
                        Coordinate[] path = java.util.Arrays.copyOfRange(part.cs(), last, v + 1);
                        Edge e = new Edge(part.mode(), km, List.of(part.feature().id()), path);
                        graph.addEdge(a, b, e);
                        graph.setEdgeWeight(e, km);
                        if (same == null) {
                            shared.put(key, e);
                        }
                    }
                }
                last = v;
            }
        }
        // A place that lost its vertex to another (Harbin to the gateway bureau beside it), and a thematic
        // point (an institute, an e-commerce site), stands on the nearest node within reach.
        for (AtlasFeature place : features) {
            if (place.geometry() instanceof Point && !byPlace.containsKey(place.id())) {
                Coordinate pc = place.geometry().getCoordinate();
                Node best = null;
                double bestKm = PLACE_KM;
                for (Node n : nodes) {
                    double km = approxKm(pc, new Coordinate(n.lon(), n.lat()));
                    if (km <= bestKm) {
                        best = n;
                        bestKm = km;
                    }
                }
                if (best != null) {
                    byPlace.put(place.id(), best);
                }
            }
        }
        return new CorridorNetwork(graph, nodes, byPlace);
    }

    /** Which of two places a shared vertex is named after: the corridors' places first, then route points. */
    private static int rank(AtlasFeature place) {
        return switch (place.layer()) {
            case PLACES -> 0;
            case CONFUCIUS, ECOMMERCE, USER -> 2;
            default -> 1;
        };
    }

    /** Distance in km on a local flat projection: for snapping within a few km only. */
    static double approxKm(Coordinate a, Coordinate b) {
        double kx = 111.195 * Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dx = (a.x - b.x) * kx;
        double dy = (a.y - b.y) * 111.195;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Coordinates by cells of 0.1 degree, for finding what lies within a few km. */
    private static final class Grid {
        private final Map<Long, List<int[]>> cells = new HashMap<>();

        private static long key(int cx, int cy) {
            return ((long) cx << 32) ^ (cy & 0xffffffffL);
        }

        void add(Coordinate c, int[] value) {
            cells.computeIfAbsent(key((int) Math.floor(c.x * 10), (int) Math.floor(c.y * 10)), k -> new ArrayList<>())
                    .add(value);
        }

        /** Values within at least {@code km} of {@code c} (and some a little further). */
        List<int[]> near(Coordinate c, double km) {
            int cx = (int) Math.floor(c.x * 10);
            int cy = (int) Math.floor(c.y * 10);
            int ry = (int) Math.ceil(km / 11.1);
            int rx = (int) Math.ceil(km / (11.1 * Math.max(0.05, Math.cos(Math.toRadians(c.y)))));
            List<int[]> out = new ArrayList<>();
            for (int dx = -rx; dx <= rx; dx++) {
                for (int dy = -ry; dy <= ry; dy++) {
                    out.addAll(cells.getOrDefault(key(cx + dx, cy + dy), Collections.emptyList()));
                }
            }
            return out;
        }
    }
}
