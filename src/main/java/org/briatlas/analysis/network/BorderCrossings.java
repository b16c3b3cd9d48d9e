package org.briatlas.analysis.network;

import org.briatlas.analysis.Geodesic;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The border crossings of the corridors, computed, not typed in: every land route (railways, roads, the rail
 * legs of land-sea corridors, pipelines, power lines and cables) is intersected with the national boundaries
 * of the base map. Intersections within {@link #CLUSTER_KM} of each other are one crossing; each is named by
 * the nearest place of the atlas on either side of the boundary, and cited where the paper names such a place
 * as a port. Rivers are left out (the Amur is the boundary, and a line along it meets it again and again), and
 * so are sea and air routes. Pure; safe on any thread.
 */
public final class BorderCrossings {

    /** Intersections this close together are one crossing. */
    public static final double CLUSTER_KM = 25;
    /** How far from a crossing the towns on either side are looked for. */
    public static final double TOWN_KM = 60;

    /** A route at a crossing: its id, channel, mode where it carries goods, and status. */
    public record RouteAt(String id, String channel, String mode, String status) {
    }

    /**
     * @param name      the towns on either side, "Suifenhe / Pogranichny"
     * @param countries ISO codes (or names where the atlas knows no code) of the two countries
     * @param places    the place ids of the towns on either side, the Chinese side first where there is one
     * @param citation  the paper's citation of a town on either side that it names as a port, or empty
     */
    public record Crossing(String name, double lon, double lat, List<String> countries, List<String> places,
                           List<RouteAt> routes, String citation) {
    }

    private record Hit(Coordinate at, AtlasFeature route, Mode mode, String between, Coordinate[] border, int seg) {
    }

    private BorderCrossings() {
    }

    /**
     * @param features the atlas's features: routes are intersected, points name the crossings
     * @param borders  the base map's boundary lines, each with a {@code between} property "China|Russia"
     * @param onLand   the land mask, which tells a land-sea corridor's rail leg from its sea legs
     * @param countryOf the ISO code of the country a point lies in, or null where the base map cannot tell
     */
    public static List<Crossing> compute(List<AtlasFeature> features, List<GeoFeature> borders,
                                         java.util.function.Predicate<Coordinate> onLand,
                                         java.util.function.Function<Coordinate, String> countryOf) {
        STRtree index = new STRtree();
        for (GeoFeature b : borders) {
            String between = b.text("between").orElse("?|?");
            Geometry g = b.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line) {
                    Coordinate[] cs = line.getCoordinates();
                    for (int s = 1; s < cs.length; s++) {
                        index.insert(new Envelope(cs[s - 1], cs[s]), new Object[]{between, cs, s});
                    }
                }
            }
        }
        index.build();
        List<Hit> hits = new ArrayList<>();
        RobustLineIntersector li = new RobustLineIntersector();
        for (AtlasFeature f : features) {
            if (!f.layer().isShipped() || f.layer() == AtlasLayer.PLACES || f.layer() == AtlasLayer.CONFUCIUS
                    || f.layer() == AtlasLayer.ECOMMERCE) {
                continue;
            }
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (!(g.getGeometryN(i) instanceof LineString part)) {
                    continue;
                }
                Mode mode = Mode.of(f, part, onLand).orElse(null);
                String channel = f.feature().text("channel").orElse("");
                boolean land = mode == Mode.RAIL || mode == Mode.ROAD
                        || Set.of("pipeline", "grid", "cable").contains(channel);
                if (!land) {
                    continue;
                }
                Coordinate[] cs = part.getCoordinates();
                for (int s = 1; s < cs.length; s++) {
                    for (Object o : index.query(new Envelope(cs[s - 1], cs[s]))) {
                        Object[] b = (Object[]) o;
                        Coordinate[] bc = (Coordinate[]) b[1];
                        int bs = (Integer) b[2];
                        li.computeIntersection(cs[s - 1], cs[s], bc[bs - 1], bc[bs]);
                        if (li.hasIntersection() && crossesOver(cs, s, li.getIntersection(0), index)) {
                            hits.add(new Hit(li.getIntersection(0), f, mode, (String) b[0], bc, bs));
                        }
                    }
                }
            }
        }
        List<List<Hit>> clusters = new ArrayList<>();
        for (Hit h : hits) {
            List<Hit> home = null;
            for (List<Hit> c : clusters) {
                if (c.get(0).between().equals(h.between()) && Geodesic.distanceKm(c.get(0).at().x, c.get(0).at().y,
                        h.at().x, h.at().y) <= CLUSTER_KM) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(h);
        }
        List<AtlasFeature> places = features.stream()
                .filter(f -> f.layer() == AtlasLayer.PLACES && f.geometry() instanceof Point).toList();
        List<Crossing> out = new ArrayList<>();
        for (List<Hit> c : clusters) {
            out.add(crossing(c, places, countryOf, index));
        }
        out.sort(Comparator.comparing(Crossing::name));
        return List.copyOf(out);
    }

    /**
     * True if the route really goes from one side of the boundary to the other at this intersection: a route
     * drawn along a border (the border railway and highway) meets the base map's boundary again and again while
     * staying on one side. A point {@link #SIDE_KM} back along the route and one as far on must lie on
     * different sides of the boundary segment nearest to each.
     */
    private static boolean crossesOver(Coordinate[] cs, int seg, Coordinate at, STRtree borders) {
        Coordinate before = along(cs, seg - 1, -1, at);
        Coordinate after = along(cs, seg, 1, at);
        return side(before, borders) != side(after, borders);
    }

    /** Which side of its nearest boundary segment a point lies on: 1, -1, or 0 on it. */
    private static int side(Coordinate p, STRtree borders) {
        Object nearest = borders.nearestNeighbour(new Envelope(p), new Object[]{null, new Coordinate[]{p, p}, 1},
                (a, b) -> segmentDistance((Object[]) a.getItem(), (Object[]) b.getItem()));
        Object[] n = (Object[]) nearest;
        Coordinate[] bc = (Coordinate[]) n[1];
        int bs = (Integer) n[2];
        Coordinate a = bc[bs - 1];
        Coordinate b = bc[bs];
        return (int) Math.signum((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
    }

    /**
     * +1 if the boundary segment nearest to {@code p} runs the same way as the crossing's segment a-b, -1 if
     * the other way (boundary lines are stored in parts, each its own way).
     */
    private static int orientation(Coordinate a, Coordinate b, Coordinate p, STRtree borders) {
        Object[] n = (Object[]) borders.nearestNeighbour(new Envelope(p), new Object[]{null, new Coordinate[]{p, p}, 1},
                (x, y) -> segmentDistance((Object[]) x.getItem(), (Object[]) y.getItem()));
        Coordinate[] bc = (Coordinate[]) n[1];
        int bs = (Integer) n[2];
        double dot = (bc[bs].x - bc[bs - 1].x) * (b.x - a.x) + (bc[bs].y - bc[bs - 1].y) * (b.y - a.y);
        return dot >= 0 ? 1 : -1;
    }

    /** Distance in degrees between a query point (as a segment of length 0) and a boundary segment. */
    private static double segmentDistance(Object[] x, Object[] y) {
        Coordinate[] xc = (Coordinate[]) x[1];
        Coordinate[] yc = (Coordinate[]) y[1];
        int xs = (Integer) x[2];
        int ys = (Integer) y[2];
        return org.locationtech.jts.algorithm.Distance.segmentToSegment(xc[xs - 1], xc[xs], yc[ys - 1], yc[ys]);
    }

    /** The first vertex at least {@link #SIDE_KM} from {@code at}, walking from {@code from} by {@code step}. */
    private static Coordinate along(Coordinate[] cs, int from, int step, Coordinate at) {
        int i = from;
        while (i > 0 && i < cs.length - 1 && Geodesic.distanceKm(at.x, at.y, cs[i].x, cs[i].y) < SIDE_KM) {
            i += step;
        }
        return cs[i];
    }

    /** How far along a route its two sides of a border are judged. */
    static final double SIDE_KM = 8;

    private static Crossing crossing(List<Hit> hits, List<AtlasFeature> places,
                                     java.util.function.Function<Coordinate, String> countryOf, STRtree borders) {
        double lon = hits.stream().mapToDouble(h -> h.at().x).average().orElse(0);
        double lat = hits.stream().mapToDouble(h -> h.at().y).average().orElse(0);
        Hit first = hits.get(0);
        Coordinate a = first.border()[first.seg() - 1];
        Coordinate b = first.border()[first.seg()];
        // The nearest place on each side of the boundary line, within reach.
        AtlasFeature[] side = new AtlasFeature[2];
        double[] sideKm = {TOWN_KM, TOWN_KM};
        // A border crossing of the atlas beats a nearer bridge end or station on the same side.
        boolean[] isPort = new boolean[2];
        for (AtlasFeature p : places) {
            Coordinate pc = p.geometry().getCoordinate();
            double km = Geodesic.distanceKm(lon, lat, pc.x, pc.y);
            if (km > TOWN_KM) {
                continue;
            }
            // The side of the boundary nearest to the place, oriented as the crossing's own segment.
            int here = side(pc, borders);
            int s = here == orientation(a, b, pc, borders) ? 0 : 1;
            boolean port = "border-crossing".equals(p.kind());
            if (here != 0
                    && (port && !isPort[s] || port == isPort[s] && km < sideKm[s])) {
                side[s] = p;
                sideKm[s] = km;
                isPort[s] = port;
            }
        }
        String[] names = first.between().split("\\|", 2);
        List<String> countries = new ArrayList<>();
        for (String n : names) {
            countries.add(ISO.getOrDefault(n, n));
        }
        List<AtlasFeature> towns = new ArrayList<>();
        for (AtlasFeature t : side) {
            if (t != null) {
                towns.add(t);
            }
        }
        // The Chinese side first (the paper's subject); otherwise west to east.
        towns.sort(Comparator.comparing((AtlasFeature t) -> !"CN".equals(countryOf.apply(t.geometry().getCoordinate())))
                .thenComparingDouble(t -> t.geometry().getCoordinate().x));
        countries.sort(Comparator.comparing((String iso) -> !iso.equals("CN")).thenComparing(iso -> iso));
        String name = towns.isEmpty() ? String.join(" / ", names)
                : String.join(" / ", towns.stream().map(t -> t.name("en")).toList());
        Map<String, RouteAt> routes = new LinkedHashMap<>();
        for (Hit h : hits) {
            routes.putIfAbsent(h.route().id(), new RouteAt(h.route().id(), h.route().feature().text("channel").orElse(""),
                    h.mode() == null ? null : h.mode().id(), h.route().feature().text("status").orElse("")));
        }
        String citation = towns.stream().filter(t -> "border-crossing".equals(t.kind())
                        && !Boolean.FALSE.equals(t.properties().get("namedInPaper")))
                .map(AtlasFeature::citation).filter(s -> !s.isBlank()).findFirst().orElse("");
        return new Crossing(name, lon, lat, List.copyOf(countries), towns.stream().map(AtlasFeature::id).toList(),
                List.copyOf(routes.values()), citation);
    }

    /** ISO 3166 codes of the countries the corridors cross. */
    private static final Map<String, String> ISO = Map.ofEntries(Map.entry("China", "CN"), Map.entry("Russia", "RU"),
            Map.entry("Mongolia", "MN"), Map.entry("Kazakhstan", "KZ"), Map.entry("Belarus", "BY"),
            Map.entry("Poland", "PL"), Map.entry("Germany", "DE"), Map.entry("Netherlands", "NL"),
            Map.entry("North Korea", "KP"), Map.entry("South Korea", "KR"), Map.entry("Lithuania", "LT"),
            Map.entry("Latvia", "LV"), Map.entry("Estonia", "EE"), Map.entry("Finland", "FI"),
            Map.entry("Ukraine", "UA"), Map.entry("Belgium", "BE"), Map.entry("Czechia", "CZ"),
            Map.entry("Slovakia", "SK"), Map.entry("Hungary", "HU"), Map.entry("Austria", "AT"));
}
