package org.briatlas.analysis.network;

import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routes run over a user's own lines too, in the mode their properties name; a user's points are no places. */
class UserLinesRouteTest {

    private static final GeometryFactory GF = new GeometryFactory();

    private static AtlasFeature user(String id, Map<String, Object> props, double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        Map<String, Object> p = new java.util.HashMap<>(props);
        p.put("id", id);
        return new AtlasFeature(AtlasLayer.USER, new GeoFeature(id, cs.length == 1 ? GF.createPoint(cs[0])
                : GF.createLineString(cs), p), "u1");
    }

    @Test
    void aRouteFollowsTheUsersLinesInTheirModes() {
        List<AtlasFeature> fs = new ArrayList<>();
        fs.add(user("farm-track", Map.of("name", "Farm track"), 0, 0, 1, 0));
        fs.add(user("spur", Map.of("mode", "铁路"), 1, 0, 2, 0));
        fs.add(user("ferry", Map.of("type", "river ferry"), 2, 0, 2, 1));
        fs.add(user("school", Map.of("name", "School"), 0.5, 0.001));
        CorridorNetwork network = CorridorNetwork.build(fs, c -> true);
        Node from = network.nearestNode(0, 0, 50).orElseThrow();
        Node to = network.nearestNode(2, 1, 50).orElseThrow();
        List<Route> r = new RouteFinder(network).find(from, to, List.of(), EnumSet.allOf(Mode.class), 0);
        assertEquals(1, r.size());
        assertEquals(List.of("farm-track", "spur", "ferry"), r.get(0).features());
        assertEquals(List.of(Mode.ROAD, Mode.RAIL, Mode.RIVER), r.get(0).legs().stream().map(Route.Leg::mode).toList());
        assertTrue(network.nodes().stream().noneMatch(n -> "school".equals(n.placeId())), "a user's point is no place");
        assertTrue(new RouteFinder(network).find(from, to, List.of(), EnumSet.of(Mode.ROAD), 0).isEmpty(),
                "without rail and river there is no way");
    }
}
