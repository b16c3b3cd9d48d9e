package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.analysis.network.BorderCrossings;
import org.briatlas.analysis.network.Planner;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code crossings [--json]}: every border crossing of the corridors, computed from the routes and the base
 * map's boundaries, with the towns on either side, the routes that cross there and the paper's citation.
 */
final class CrossingsCommand {

    private final PrintStream out;

    CrossingsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of(), Set.of("json"));
        List<BorderCrossings.Crossing> crossings = RouteCommand.planner().crossings();
        if (o.has("json")) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            ArrayNode list = root.putArray("crossings");
            for (BorderCrossings.Crossing c : crossings) {
                ObjectNode co = list.addObject();
                co.put("name", c.name());
                co.put("lon", Math.round(c.lon() * 1e4) / 1e4);
                co.put("lat", Math.round(c.lat() * 1e4) / 1e4);
                c.countries().forEach(co.putArray("countries")::add);
                c.places().forEach(co.putArray("places")::add);
                ArrayNode routes = co.putArray("routes");
                c.routes().forEach(r -> routes.add(r.id()));
                ArrayNode detail = co.putArray("routeDetails");
                c.routes().forEach(r -> detail.addObject().put("id", r.id()).put("channel", r.channel())
                        .put("mode", r.mode()).put("status", r.status()));
                co.put("citation", c.citation());
            }
            out.println(root.toPrettyString());
        } else {
            out.printf(Locale.ROOT, "%d border crossings of the corridors (computed from the routes and the base"
                    + " map's 1:10m boundaries):%n", crossings.size());
            for (BorderCrossings.Crossing c : crossings) {
                out.printf(Locale.ROOT, "%-60s %s  %.3f, %.3f%n", c.name(), String.join("-", c.countries()), c.lon(),
                        c.lat());
                c.routes().forEach(r -> out.printf(Locale.ROOT, "    %-50s %-9s %s%n", r.id(), r.channel(), r.status()));
                if (!c.citation().isBlank()) {
                    out.println("    cited: " + c.citation());
                }
            }
        }
        return 0;
    }
}
