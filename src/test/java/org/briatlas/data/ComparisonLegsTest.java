package org.briatlas.data;

import org.briatlas.analysis.Geodesic;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sea legs "via Dalian Port" that geo/analysis/comparison-legs.geojson draws for checking the paper's
 * comparison on line 127 ("224 km shorter way than via Dalian Port, and 1390 km and 740 km respectively to
 * Niigata and Yokohama"): three schematic LineStrings from Dalian Port, cited to that line, starting and
 * ending on the ports of geo/places/places.geojson, off land and of a plausible length. The file is no map
 * layer (see geo/corridors/README.md).
 */
class ComparisonLegsTest {

    private static final Path LEGS = Path.of("geo/analysis/comparison-legs.geojson");
    private static final Path PLACES = Path.of("geo/places/places.geojson");
    private static final Path LAND = Path.of("geo/basemap/high/land.geojson");
    private static final Path COAST = Path.of("geo/basemap/high/coast.geojson");
    /** The paper, beside the repository as the workplace lays it out. */
    private static final Path PAPER = Path.of("../shared/seed/000_801427d08cd55730.txt");
    private static final int PAPER_LINE = 127;
    private static final String SECTION = "II. Connectivity of Infrastructure: The Construction of Land-sea Transport";

    /** One expected leg: its claim (the port the paper compares), its end port and its length range in km. */
    private record Expected(String claim, String port, double minKm, double maxKm) {
    }

    private static final Map<String, Expected> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("cmp-sea-dalian-busan", new Expected("busan", "place-busan-port", 900, 1300));
        EXPECTED.put("cmp-sea-dalian-niigata", new Expected("niigata", "place-niigata-port", 1700, 2300));
        EXPECTED.put("cmp-sea-dalian-yokohama", new Expected("yokohama", "place-yokohama-port", 1900, 2600));
    }

    private static Map<String, GeoFeature> legs;
    private static Map<String, Coordinate> places;

    @BeforeAll
    static void load() throws IOException {
        FeatureCollection fc = GeoJsonReader.validating().read(LEGS);
        assertEquals(List.of(), fc.problems().stream().map(p -> p.describe()).toList(), LEGS + " reads cleanly");
        legs = new LinkedHashMap<>();
        for (GeoFeature f : fc.features()) {
            legs.put(String.valueOf(f.properties().get("id")), f);
        }
        places = new LinkedHashMap<>();
        for (GeoFeature f : GeoJsonReader.trusting().read(PLACES).features()) {
            places.put(String.valueOf(f.properties().get("id")), f.geometry().getCoordinate());
        }
    }

    @Test
    void exactlyTheThreeLegsEachALineStringCitedToLine127() {
        assertEquals(List.copyOf(EXPECTED.keySet()), List.copyOf(legs.keySet()), "the legs, in file order");
        for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
            GeoFeature f = legs.get(e.getKey());
            Map<String, Object> p = f.properties();
            String id = e.getKey();
            assertEquals(id, f.id(), id + ": the GeoJSON feature id repeats properties.id");
            assertTrue(f.geometry() instanceof LineString, id + " is a LineString");
            assertEquals("comparison", p.get("drawnFor"), id);
            assertEquals(e.getValue().claim(), p.get("claim"), id);
            assertEquals(List.of("place-dalian-port", e.getValue().port()), p.get("places"), id);
            assertEquals("land-sea", p.get("channel"), id);
            assertEquals("sea-route", p.get("kind"), id);
            assertEquals("drawn for comparison", p.get("status"), id);
            assertEquals(List.of(), p.get("dates"), id);
            assertEquals(List.of(), p.get("figures"), id);
            assertEquals(Boolean.FALSE, p.get("namedInPaper"), id);
            assertTrue(p.get("paperText") instanceof String text && text.contains("224 km shorter way than via Dalian Port"),
                    id + ": paperText quotes the comparison");

            Map<?, ?> citation = (Map<?, ?>) p.get("citation");
            assertTrue(citation.containsKey("table") && citation.get("table") == null, id + ": citation.table null");
            assertEquals(SECTION, citation.get("section"), id);
            assertTrue(citation.get("sectionI18n") instanceof Map<?, ?> s && text(s.get("zh")) && text(s.get("ru")), id);
            assertEquals(PAPER_LINE, ((Number) citation.get("line")).intValue(), id + ": citation.line");
            assertTrue(citation.containsKey("page") && citation.get("page") == null, id + ": citation.page null");

            assertTrue(p.get("name") instanceof Map<?, ?> n && text(n.get("en")) && text(n.get("zh")) && text(n.get("ru")), id);
            assertTrue(text(p.get("nameSource")) && text(p.get("geometrySource")), id);
            assertTrue(p.get("geometryMethod") instanceof String m && m.startsWith("schematic"),
                    id + ": geometryMethod says the leg is schematic");
            assertTrue(p.get("geometryMethodI18n") instanceof Map<?, ?> m && text(m.get("zh")) && text(m.get("ru")), id);
        }
        assertTrue(String.valueOf(legs.get("cmp-sea-dalian-yokohama").properties().get("geometryMethod"))
                .contains("Kyushu"), "the Yokohama leg says which way round Japan it goes");
    }

    @Test
    void paperTextIsPrintedOnLine127() throws IOException {
        Assumptions.assumeTrue(Files.exists(PAPER), "the paper is not beside the repository");
        String line = Files.readAllLines(PAPER).get(PAPER_LINE - 1);
        for (GeoFeature f : legs.values()) {
            String text = String.valueOf(f.properties().get("paperText"));
            assertTrue(line.contains(text), f.id() + ": paperText is not on line " + PAPER_LINE + ": " + text);
        }
    }

    @Test
    void legsStartAndEndOnThePorts() {
        Coordinate dalian = places.get("place-dalian-port");
        assertTrue(dalian != null, "place-dalian-port is in places.geojson");
        for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
            Coordinate[] cs = legs.get(e.getKey()).geometry().getCoordinates();
            Coordinate port = places.get(e.getValue().port());
            assertTrue(port != null, e.getValue().port() + " is in places.geojson");
            assertTrue(cs[0].equals2D(dalian), e.getKey() + ": starts at " + xy(cs[0]) + ", not Dalian Port " + xy(dalian));
            assertTrue(cs[cs.length - 1].equals2D(port),
                    e.getKey() + ": ends at " + xy(cs[cs.length - 1]) + ", not " + e.getValue().port() + " " + xy(port));
        }
    }

    @Test
    void positionsHaveAtMostFiveDecimalsAndNoneRepeats() {
        List<String> wrong = new ArrayList<>();
        for (GeoFeature f : legs.values()) {
            Coordinate[] cs = f.geometry().getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                for (double v : new double[] {cs[i].x, cs[i].y}) {
                    if (BigDecimal.valueOf(v).stripTrailingZeros().scale() > 5) {
                        wrong.add(f.id() + ": " + v + " has more than 5 decimals");
                    }
                }
                if (i > 0 && cs[i].equals2D(cs[i - 1])) {
                    wrong.add(f.id() + ": " + xy(cs[i]) + " twice in a row");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void lengthsArePlausibleForTheSeaWay() {
        for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
            double km = Geodesic.lengthKm(legs.get(e.getKey()).geometry());
            assertTrue(km >= e.getValue().minKm() && km <= e.getValue().maxKm(), String.format(
                    "%s: %.0f km, expected %.0f to %.0f km", e.getKey(), km, e.getValue().minKm(), e.getValue().maxKm()));
        }
    }

    @Test
    void theFileIsNoMapLayer() {
        for (AtlasLayer l : AtlasLayer.values()) {
            assertNotEquals("analysis/comparison-legs.geojson", l.file(), l + " reads the comparison legs");
        }
    }

    /**
     * Sampled every 2 km, no leg runs on land, except within 6 km of its ends (the ports): against the base
     * map's Natural Earth 1:10m land, where a sample counts as on land only when it lies more than 2 km
     * inside the 1:10m coastline (the rule of CorridorDataTest's sea legs). A probe shows that the check
     * sees land: the straight line Dalian - Busan crosses Korea, and a Busan leg bent over Jeju is caught.
     */
    @Test
    void legsStayOffLand() throws IOException {
        LandMask land = LandMask.read();
        Coordinate dalian = places.get("place-dalian-port");
        Coordinate busan = places.get("place-busan-port");
        assertFalse(land.landSamples(new Coordinate[] {dalian, busan}).isEmpty(),
                "the straight line Dalian - Busan crosses Korea: the check must see it");
        Coordinate[] bent = legs.get("cmp-sea-dalian-busan").geometry().getCoordinates().clone();
        bent[bent.length / 2] = new Coordinate(126.55, 33.36); // Hallasan, in the middle of Jeju
        assertFalse(land.landSamples(bent).isEmpty(), "a waypoint moved onto Jeju must be caught");

        List<String> wrong = new ArrayList<>();
        for (GeoFeature f : legs.values()) {
            Coordinate[] cs = f.geometry().getCoordinates();
            assertTrue(land.covers(f.geometry().getEnvelopeInternal()), f.id() + " lies inside the 1:10m land data");
            List<Coordinate> bad = land.landSamples(cs);
            if (!bad.isEmpty()) {
                wrong.add(f.id() + ": " + bad.size() + " samples on land, first " + xy(bad.get(0)));
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean text(Object o) {
        return o instanceof String s && !s.isBlank();
    }

    private static String xy(Coordinate c) {
        return "[" + c.x + ", " + c.y + "]";
    }

    /** Natural Earth 1:10m land polygons (for inside / outside) and coastline segments (for depth inland). */
    private static final class LandMask {

        private static final double STEP_KM = 2.0;
        private static final double INLAND_KM = 2.0;
        private static final double PORT_KM = 6.0;
        private static final double KM_PER_DEGREE = Math.toRadians(Geodesic.EARTH_RADIUS_KM);

        private final GeometryFactory factory = new GeometryFactory();
        private final STRtree polygons = new STRtree();
        private final STRtree shore = new STRtree();
        private final Envelope extent = new Envelope();

        static LandMask read() throws IOException {
            LandMask mask = new LandMask();
            for (GeoFeature f : GeoJsonReader.trusting().read(LAND).features()) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    Geometry polygon = f.geometry().getGeometryN(i);
                    mask.polygons.insert(polygon.getEnvelopeInternal(), PreparedGeometryFactory.prepare(polygon));
                    mask.extent.expandToInclude(polygon.getEnvelopeInternal());
                }
            }
            for (GeoFeature f : GeoJsonReader.trusting().read(COAST).features()) {
                for (int i = 0; i < f.geometry().getNumGeometries(); i++) {
                    Coordinate[] cs = f.geometry().getGeometryN(i).getCoordinates();
                    for (int j = 0; j + 1 < cs.length; j++) {
                        Coordinate[] segment = {cs[j], cs[j + 1]};
                        mask.shore.insert(new Envelope(segment[0], segment[1]), segment);
                    }
                }
            }
            return mask;
        }

        boolean covers(Envelope e) {
            return extent.covers(e);
        }

        /**
         * The samples of a line, every 2 km or less along each segment (linear in longitude and latitude),
         * that are on land deeper than 2 km and farther than 6 km from both ends of the line.
         */
        List<Coordinate> landSamples(Coordinate[] line) {
            Coordinate first = line[0];
            Coordinate last = line[line.length - 1];
            List<Coordinate> bad = new ArrayList<>();
            for (int i = 0; i + 1 < line.length; i++) {
                Coordinate a = line[i];
                Coordinate b = line[i + 1];
                int pieces = (int) Math.ceil(Geodesic.distanceKm(a.x, a.y, b.x, b.y) / STEP_KM);
                for (int k = 0; k <= pieces; k++) {
                    double t = pieces == 0 ? 0 : (double) k / pieces;
                    Coordinate s = new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
                    if (Geodesic.distanceKm(s.x, s.y, first.x, first.y) <= PORT_KM
                            || Geodesic.distanceKm(s.x, s.y, last.x, last.y) <= PORT_KM) {
                        continue;
                    }
                    if (onLand(s) && shoreKm(s) > INLAND_KM) {
                        bad.add(s);
                    }
                }
            }
            return bad;
        }

        private boolean onLand(Coordinate c) {
            var point = factory.createPoint(c);
            for (Object o : polygons.query(new Envelope(c))) {
                if (((PreparedGeometry) o).intersects(point)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Distance in km to the nearest coastline segment, in a flat projection about the sample (fine over
         * a few km), looked for within a little more than the 2-km margin; beyond that, the search radius.
         */
        private double shoreKm(Coordinate c) {
            double kmY = KM_PER_DEGREE;
            double kmX = KM_PER_DEGREE * Math.cos(Math.toRadians(c.y));
            double radius = INLAND_KM + 1.0;
            Envelope around = new Envelope(c.x - radius / kmX, c.x + radius / kmX, c.y - radius / kmY, c.y + radius / kmY);
            Coordinate origin = new Coordinate(0, 0);
            double nearest = radius;
            for (Object o : shore.query(around)) {
                Coordinate[] seg = (Coordinate[]) o;
                Coordinate p = new Coordinate((seg[0].x - c.x) * kmX, (seg[0].y - c.y) * kmY);
                Coordinate q = new Coordinate((seg[1].x - c.x) * kmX, (seg[1].y - c.y) * kmY);
                nearest = Math.min(nearest, Distance.pointToSegment(origin, p, q));
            }
            return nearest;
        }
    }
}
