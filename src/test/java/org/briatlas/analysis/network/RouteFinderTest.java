package org.briatlas.analysis.network;

import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small hand-made network on the equator, where a degree of longitude is 111.319 km:
 * <pre>
 *   A(0,0) --rail-- B(1,0) --rail-- C(2,0)          rail A-C: 222.6 km
 *   A(0,0) --road-- D(1,1) --road-- C(2,0)          road A-C: 313.8 km
 *   C(2,0) --sea--  E(4,0)                          sea C-E: 222.6 km (drawn at sea)
 *   F(10,10), on no route
 * </pre>
 */
class RouteFinderTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static CorridorNetwork network;
    private static Map<String, Node> node;

    private static AtlasFeature feature(AtlasLayer layer, String id, String channel, String kind, Geometry g) {
        return new AtlasFeature(layer, new GeoFeature(id, g, Map.of("id", id, "channel", channel, "kind", kind,
                "name", Map.of("en", id.toUpperCase(java.util.Locale.ROOT)))));
    }

    private static Geometry line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    private static AtlasFeature place(String id, double x, double y) {
        return feature(AtlasLayer.PLACES, id, "railway", "station", GF.createPoint(new Coordinate(x, y)));
    }

    @BeforeAll
    static void build() {
        List<AtlasFeature> fs = new ArrayList<>(List.of(
                feature(AtlasLayer.RAILWAY, "rail-ac", "railway", "railway", line(0, 0, 1, 0, 2, 0)),
                feature(AtlasLayer.HIGHWAY, "road-adc", "highway", "highway", line(0, 0, 1, 1, 2, 0)),
                feature(AtlasLayer.LAND_SEA, "sea-ce", "land-sea", "sea-route", line(2, 0, 3, 0, 4, 0)),
                feature(AtlasLayer.PIPELINE, "pipe-ae", "pipeline", "pipeline", line(0, 0, 4, 0)),
                place("a", 0, 0), place("b", 1.02, 0.01), place("c", 2, 0), place("d", 1, 1), place("e", 4, 0),
                place("f", 10, 10)));
        network = CorridorNetwork.build(fs, c -> c.x < 2.5);
        node = new java.util.HashMap<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            node.put(id, network.nodeOf(id).orElseThrow(() -> new AssertionError(id + " is not on the network")));
        }
    }

    @Test
    void placesOnARouteAreItsNodesAndThePipelineCarriesNoGoods() {
        assertTrue(network.nodeOf("f").isEmpty(), "a place on no route is no node");
        assertTrue(network.graph().edgeSet().stream().noneMatch(e -> e.features().contains("pipe-ae")));
        assertEquals(5, network.nodes().size(), "the five places; the route ends are places too");
    }

    @Test
    void theShortestRouteIsTheRailway() {
        List<Route> r = new RouteFinder(network).find(node.get("a"), node.get("c"), List.of(),
                EnumSet.allOf(Mode.class), 0);
        assertEquals(1, r.size());
        assertEquals(2 * 111.319, r.get(0).lengthKm(), 0.01);
        assertEquals(List.of(Mode.RAIL), r.get(0).legs().stream().map(Route.Leg::mode).toList());
        assertEquals(List.of("rail-ac"), r.get(0).features());
        assertEquals(List.of("a", "b", "c"), r.get(0).nodes().stream().map(Node::placeId).toList());
    }

    @Test
    void alternativesComeShortestFirstAndDiffer() {
        List<Route> r = new RouteFinder(network).find(node.get("a"), node.get("c"), List.of(),
                EnumSet.allOf(Mode.class), 3);
        assertEquals(2, r.size(), "rail, and road through D: there is no third way");
        assertTrue(r.get(0).lengthKm() < r.get(1).lengthKm());
        assertEquals(List.of(Mode.ROAD), r.get(1).legs().stream().map(Route.Leg::mode).toList());
        // Each diagonal, (0,0) to (1,1) on WGS84, measures 156.8996 km with GeographicLib (a sphere of the mean
        // radius would give 157.25): the route is the sum of its two edges.
        assertEquals(2 * 156.8996, r.get(1).lengthKm(), 0.001, "two diagonals");
    }

    @Test
    void aModeLeftOutIsNotUsed() {
        List<Route> r = new RouteFinder(network).find(node.get("a"), node.get("c"), List.of(),
                EnumSet.of(Mode.ROAD), 0);
        assertEquals(List.of("road-adc"), r.get(0).features());
    }

    @Test
    void aChangeOfModeIsATransferAndALandSeaPartAtSeaIsSea() {
        List<Route> r = new RouteFinder(network).find(node.get("a"), node.get("e"), List.of(),
                EnumSet.allOf(Mode.class), 0);
        Route route = r.get(0);
        assertEquals(List.of(Mode.RAIL, Mode.SEA), route.legs().stream().map(Route.Leg::mode).toList());
        assertEquals(1, route.transfers());
        assertEquals(4 * 111.319, route.lengthKm(), 0.02);
    }

    @Test
    void viaAPlaceTakesTheDetour() {
        List<Route> r = new RouteFinder(network).find(node.get("a"), node.get("c"), List.of(node.get("d")),
                EnumSet.allOf(Mode.class), 3);
        assertEquals(1, r.size());
        assertEquals(List.of("a", "d", "c"), r.get(0).nodes().stream().map(Node::placeId).toList());
    }

    @Test
    void anUnreachablePlaceGivesNoRoute() {
        assertTrue(new RouteFinder(network).find(node.get("a"), node.get("e"), List.of(), Set.of(Mode.ROAD), 2)
                .isEmpty(), "no road reaches E");
    }

    @Test
    void placesAreFoundByIdNameOrOneWord() throws Exception {
        List<AtlasFeature> fs = List.of(
                new AtlasFeature(AtlasLayer.PLACES, new GeoFeature("place-busan-port", GF.createPoint(new Coordinate(129, 35)),
                        Map.of("name", Map.of("en", "Busan Port", "zh", "釜山港", "ru", "Порт Пусан")))),
                new AtlasFeature(AtlasLayer.PLACES, new GeoFeature("place-dalian-port", GF.createPoint(new Coordinate(121, 38)),
                        Map.of("name", Map.of("en", "Dalian Port", "zh", "大连港", "ru", "Порт Далянь")))),
                new AtlasFeature(AtlasLayer.PLACES, new GeoFeature("place-port-a", GF.createPoint(new Coordinate(1, 1)),
                        Map.of("name", Map.of("en", "Harbin Port")))),
                new AtlasFeature(AtlasLayer.PLACES, new GeoFeature("place-harbin", GF.createPoint(new Coordinate(1, 1)),
                        Map.of("name", Map.of("en", "Harbin")))));
        PlaceNames names = new PlaceNames(fs);
        assertEquals("place-busan-port", names.find("busan").id());
        assertEquals("place-busan-port", names.find("ПУСАН").id());
        assertEquals("place-dalian-port", names.find("大连港").id());
        assertEquals("place-harbin", names.find("Harbin").id(), "an exact name wins over a word");
        assertEquals("place-dalian-port", names.find("place-dalian-port").id());
        PlaceNames.NotFound ambiguous = assertThrows(PlaceNames.NotFound.class, () -> names.find("port"));
        assertEquals(3, ambiguous.candidates().size());
        assertThrows(PlaceNames.NotFound.class, () -> names.find("Atlantis"));
    }
}
