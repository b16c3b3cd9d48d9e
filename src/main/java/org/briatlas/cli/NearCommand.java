package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.analysis.Near;
import org.briatlas.analysis.network.Planner;
import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code near (--feature ID | --point LON,LAT) --km N [--json]}: every place, port, crossing and route within N
 * km of a feature or a point, nearest first, with true (WGS84) distances and each one's citation.
 */
final class NearCommand {

    /** The farthest a search may reach. */
    static final double MAX_KM = 2000;

    private final PrintStream out;

    NearCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of("feature", "point", "km"), Set.of("json"));
        if (o.has("feature") == o.has("point")) {
            throw new UsageException("near needs either --feature ID or --point LON,LAT");
        }
        double km = km(o.require("km"));
        Planner planner = RouteCommand.planner();
        Geometry query;
        AtlasFeature self = null;
        String what;
        if (o.has("feature")) {
            String id = o.require("feature");
            self = planner.data().byId(id).orElseThrow(() -> new UsageException("no feature has the id '" + id
                    + "'; `java -jar bri-atlas.jar check-data` and the details panel show the ids"));
            query = self.geometry();
            what = self.name("en");
        } else {
            List<double[]> p = MeasureCommand.points(o.require("point"));
            if (p.size() != 1) {
                throw new UsageException("--point takes one point LON,LAT");
            }
            query = new GeometryFactory().createPoint(new Coordinate(p.get(0)[0], p.get(0)[1]));
            what = String.format(Locale.ROOT, "%.4f, %.4f", p.get(0)[0], p.get(0)[1]);
        }
        List<Near.Item> items = Near.within(query, km, planner.data().features(), self);
        if (o.has("json")) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            ArrayNode list = root.putArray("items");
            for (Near.Item i : items) {
                list.addObject().put("id", i.feature().id()).put("name", i.feature().name("en"))
                        .put("distanceKm", Math.round(i.distanceKm() * 10) / 10.0)
                        .put("citation", i.feature().citation());
            }
            out.println(root.toPrettyString());
        } else {
            out.printf(Locale.ROOT, "%d within %.0f km of %s (geodesic, WGS84):%n", items.size(), km, what);
            for (Near.Item i : items) {
                out.printf(Locale.ROOT, "%8.1f km  %-45s %s%n", i.distanceKm(), i.feature().id(), i.feature().name("en"));
            }
        }
        return 0;
    }

    private static double km(String text) throws UsageException {
        try {
            double km = Double.parseDouble(text.trim());
            if (km >= 0 && km <= MAX_KM) {
                return km;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--km must be a distance from 0 to " + (int) MAX_KM + " km, not '" + text + "'");
    }
}
