package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.analysis.Geodesic;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code measure --points LON,LAT;LON,LAT;... [--json]}: each segment's geodesic length and initial bearing on
 * WGS84, and the total, as the window's ruler gives them. Exit 2 for points that are not points.
 */
final class MeasureCommand {

    private final PrintStream out;

    MeasureCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException {
        Options o = Options.parse(args, Set.of("points"), Set.of("json"));
        List<double[]> points = points(o.require("points"));
        if (points.size() < 2) {
            throw new UsageException("--points needs at least two points, LON,LAT;LON,LAT");
        }
        double total = 0;
        List<Geodesic.Line> segments = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            Geodesic.Line l = Geodesic.inverse(a[0], a[1], b[0], b[1]);
            segments.add(l);
            total += l.lengthKm();
        }
        if (o.has("json")) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            root.put("lengthKm", total);
            ArrayNode list = root.putArray("segments");
            for (Geodesic.Line l : segments) {
                list.addObject().put("lengthKm", l.lengthKm()).put("bearing", l.bearing());
            }
            out.println(root.toPrettyString());
        } else {
            for (int i = 0; i < segments.size(); i++) {
                out.printf(Locale.ROOT, "segment %d: %10.3f km, initial bearing %6.2f deg%n", i + 1,
                        segments.get(i).lengthKm(), segments.get(i).bearing());
            }
            out.printf(Locale.ROOT, "total:     %10.3f km (geodesic, WGS84)%n", total);
        }
        return 0;
    }

    static List<double[]> points(String text) throws UsageException {
        List<double[]> out = new ArrayList<>();
        for (String p : text.split(";")) {
            if (p.isBlank()) {
                continue;
            }
            String[] xy = p.split(",");
            if (xy.length != 2) {
                throw new UsageException("'" + p.trim() + "' is not a point LON,LAT");
            }
            double lon;
            double lat;
            try {
                lon = Double.parseDouble(xy[0].trim());
                lat = Double.parseDouble(xy[1].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("'" + p.trim() + "' is not a point LON,LAT of numbers");
            }
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new UsageException("'" + p.trim() + "' is off the Earth: longitude -180 to 180, latitude -90 to 90");
            }
            out.add(new double[]{lon, lat});
        }
        return out;
    }
}
