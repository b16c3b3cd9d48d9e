package org.briatlas.analysis.network;

import org.briatlas.analysis.Geodesic;
import org.briatlas.analysis.Near;
import org.briatlas.model.AtlasData;

import java.util.List;
import java.util.Locale;

/**
 * The planner's results as text to export: CSV (RFC 4180 quoting, UTF-8) with the source line last, and the
 * ruler as GeoJSON. The window and the command line write the same. Pure.
 */
public final class PlannerCsv {

    /** The source line of every export. */
    public static final String SOURCE = "Source: BRI Corridors Atlas, after Song Linlin, \"Heilongjiang Province's"
            + " Engagement in BRI\" (Table 2 and the sections cited per feature); lengths geodesic (WGS84) along the"
            + " atlas's drawings, which are schematic";

    private PlannerCsv() {
    }

    /** One CSV field, quoted where it must be (RFC 4180). */
    public static String cell(Object o) {
        String s = o == null ? "" : o.toString();
        return s.matches(".*[\",\\r\\n].*") || s.startsWith(" ") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String row(Object... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        return b.append("\r\n").toString();
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    /** The routes side by side: one row each, with the length per mode, crossings and features cited. */
    public static String routes(List<Route> routes, Planner planner) {
        StringBuilder b = new StringBuilder(row("route", "length_km", "rail_km", "road_km", "sea_km", "river_km",
                "air_km", "transfers", "crossings", "features", "citations"));
        AtlasData data = planner.data();
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            double[] perMode = new double[Mode.values().length];
            r.legs().forEach(l -> perMode[l.mode().ordinal()] += l.lengthKm());
            List<String> citations = r.features().stream()
                    .map(id -> data.byId(id).map(f -> id + ": " + f.citation()).orElse(id)).toList();
            b.append(row(i == 0 ? "shortest" : "alternative " + i, km(r.lengthKm()), km(perMode[0]), km(perMode[1]),
                    km(perMode[2]), km(perMode[3]), km(perMode[4]), r.transfers(),
                    String.join("; ", planner.crossingsOn(r).stream().map(BorderCrossings.Crossing::name).toList()),
                    String.join("; ", r.features()), String.join("; ", citations)));
        }
        return b.append(row(SOURCE)).toString();
    }

    /** What lies near, nearest first. */
    public static String near(List<Near.Item> items) {
        StringBuilder b = new StringBuilder(row("distance_km", "id", "name", "kind", "citation"));
        for (Near.Item i : items) {
            b.append(row(km(i.distanceKm()), i.feature().id(), i.feature().name("en"), i.feature().kind(),
                    i.feature().citation()));
        }
        return b.append(row(SOURCE)).toString();
    }

    /** The border crossings. */
    public static String crossings(List<BorderCrossings.Crossing> crossings) {
        StringBuilder b = new StringBuilder(row("name", "lon", "lat", "countries", "places", "routes", "citation"));
        for (BorderCrossings.Crossing c : crossings) {
            b.append(row(c.name(), String.format(Locale.ROOT, "%.4f", c.lon()), String.format(Locale.ROOT, "%.4f",
                    c.lat()), String.join("-", c.countries()), String.join("; ", c.places()),
                    String.join("; ", c.routes().stream().map(r -> r.id() + " (" + r.channel() + ", " + r.status()
                            + ")").toList()), c.citation()));
        }
        return b.append(row(SOURCE)).toString();
    }

    /** The ruler as a GeoJSON Feature: its line, each segment's length and bearing, and the total. */
    public static String ruler(List<double[]> points) {
        StringBuilder coords = new StringBuilder();
        StringBuilder segs = new StringBuilder();
        double total = 0;
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            coords.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.6f,%.6f]", p[0], p[1]));
            if (i > 0) {
                Geodesic.Line l = Geodesic.inverse(points.get(i - 1)[0], points.get(i - 1)[1], p[0], p[1]);
                total += l.lengthKm();
                segs.append(i == 1 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"lengthKm\":%.3f,\"bearing\":%.2f}", l.lengthKm(), l.bearing()));
            }
        }
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[%s]},\"properties\":{\"lengthKm\":%.3f,\"segments\":[%s],"
                + "\"method\":\"geodesic on WGS84 (GeographicLib)\",\"source\":\"BRI Corridors Atlas ruler\"}}%n",
                coords, total, segs);
    }

    /** The ruler as lines of text for the clipboard. */
    public static String rulerText(List<double[]> points, String totalWord) {
        StringBuilder b = new StringBuilder();
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            Geodesic.Line l = Geodesic.inverse(points.get(i - 1)[0], points.get(i - 1)[1], points.get(i)[0],
                    points.get(i)[1]);
            total += l.lengthKm();
            b.append(String.format(Locale.ROOT, "%d\t%.3f km\t%.1f\u00b0%n", i, l.lengthKm(), l.bearing()));
        }
        return b.append(String.format(Locale.ROOT, "%s\t%.3f km (geodesic, WGS84)%n", totalWord, total)).toString();
    }
}
