package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.analysis.network.Mode;
import org.briatlas.analysis.network.Node;
import org.briatlas.analysis.network.PlaceNames;
import org.briatlas.analysis.network.Planner;
import org.briatlas.analysis.network.Route;
import org.briatlas.analysis.network.RouteFinder;
import org.briatlas.model.AtlasFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code route --from PLACE --to PLACE [--via PLACE]... [--modes rail,road,sea,river,air] [--alternatives K]
 * [--json]}: the shortest ways over the corridor network, with the same code as the window. Exit 0 with the
 * routes; 1 when the places cannot be joined; 2 for bad arguments (an unknown or ambiguous place among them).
 */
final class RouteCommand {

    private final PrintStream out;

    RouteCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of("from", "to", "via", "modes", "alternatives"), Set.of("json"));
        Set<Mode> modes = modes(o.get("modes").orElse("rail,road,sea,river,air"));
        int k = alternatives(o.get("alternatives").orElse("0"));
        Planner planner = planner();
        Node from = node(planner, o.require("from"));
        Node to = node(planner, o.require("to"));
        List<Node> via = new ArrayList<>();
        for (String v : o.all("via")) {
            via.add(node(planner, v));
        }
        List<Route> routes = new RouteFinder(planner.network()).find(from, to, via, modes, k);
        if (routes.isEmpty()) {
            throw new Cli.CommandFailure("no route joins " + from.label() + " and " + to.label() + " over "
                    + String.join(", ", modes.stream().map(Mode::id).toList()), null);
        }
        if (o.has("json")) {
            out.println(json(routes, planner));
        } else {
            print(routes, planner);
        }
        return 0;
    }

    static Planner planner() throws Cli.CommandFailure {
        try {
            return Planner.shipped();
        } catch (IOException e) {
            throw new Cli.CommandFailure("the atlas's data cannot be read: " + e.getMessage(), e);
        }
    }

    static Set<Mode> modes(String list) throws UsageException {
        Set<Mode> modes = EnumSet.noneOf(Mode.class);
        for (String m : list.split(",")) {
            modes.add(Mode.byId(m).orElseThrow(() -> new UsageException("unknown mode '" + m.trim()
                    + "'; the modes are rail, road, sea, river, air")));
        }
        return modes;
    }

    private static int alternatives(String text) throws UsageException {
        try {
            int k = Integer.parseInt(text.trim());
            if (k >= 0 && k <= RouteFinder.MAX_ALTERNATIVES) {
                return k;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--alternatives must be a whole number from 0 to " + RouteFinder.MAX_ALTERNATIVES
                + ", not '" + text + "'");
    }

    /** How far a point given as LON,LAT may lie from the network's nearest node. */
    static final double POINT_SNAP_KM = 50;

    static Node node(Planner planner, String name) throws UsageException, Cli.CommandFailure {
        if (name.matches("\\s*-?\\d+(\\.\\d+)?\\s*,\\s*-?\\d+(\\.\\d+)?\\s*")) {
            double[] p = MeasureCommand.points(name).get(0);
            return planner.network().nearestNode(p[0], p[1], POINT_SNAP_KM).orElseThrow(() -> new Cli.CommandFailure(
                    "no node of the corridor network lies within " + (int) POINT_SNAP_KM + " km of " + name.strip(),
                    null));
        }
        AtlasFeature place;
        try {
            place = planner.places().find(name);
        } catch (PlaceNames.NotFound e) {
            throw new UsageException(e.getMessage());
        }
        return planner.network().nodeOf(place.id()).orElseThrow(() -> new Cli.CommandFailure(place.name("en")
                + " (" + place.id() + ") lies on none of the corridors' transport routes", null));
    }

    private void print(List<Route> routes, Planner planner) {
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            out.printf(Locale.ROOT, "%s %d: %.0f km, %d transfer%s%n", i == 0 ? "Shortest route" : "Alternative", i,
                    r.lengthKm(), r.transfers(), r.transfers() == 1 ? "" : "s");
            for (Route.Leg l : r.legs()) {
                out.printf(Locale.ROOT, "  %-5s %8.0f km  %s%n", l.mode().id(), l.lengthKm(),
                        String.join(", ", l.features()));
            }
            List<String> named = r.nodes().stream().filter(n -> n.name() != null).map(Node::name).toList();
            out.println("  through " + String.join(" - ", named));
            List<String> crossings = planner.crossingsOn(r).stream().map(c -> c.name()).toList();
            if (!crossings.isEmpty()) {
                out.println("  crossing the border at " + String.join("; ", crossings));
            }
        }
        out.println("Lengths are geodesic (WGS84) along the atlas's drawings; sea legs are drawn through waypoints.");
    }

    static String json(List<Route> routes, Planner planner) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode list = root.putArray("routes");
        for (Route r : routes) {
            ObjectNode ro = list.addObject();
            ro.put("lengthKm", round(r.lengthKm()));
            ro.put("transfers", r.transfers());
            ArrayNode legs = ro.putArray("legs");
            for (Route.Leg l : r.legs()) {
                ObjectNode lo = legs.addObject();
                lo.put("mode", l.mode().id());
                lo.put("lengthKm", round(l.lengthKm()));
                ArrayNode fs = lo.putArray("features");
                l.features().forEach(fs::add);
            }
            ArrayNode places = ro.putArray("places");
            r.nodes().stream().filter(n -> n.placeId() != null).forEach(n -> places.add(n.placeId()));
            ArrayNode crossings = ro.putArray("crossings");
            planner.crossingsOn(r).forEach(c -> crossings.add(c.name()));
        }
        return root.toPrettyString();
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
