package org.briatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's commands on the shipped corridors: route and measure, their JSON and their exit codes. */
class PlannerCommandsTest {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void harbinToBusanRunsByRailThroughSuifenheThenBySea() throws Exception {
        Result r = run("route", "--from", "Harbin", "--to", "Busan", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode route = new ObjectMapper().readTree(r.out()).get("routes").get(0);
        List<String> modes = new ArrayList<>();
        route.get("legs").forEach(l -> modes.add(l.get("mode").asText()));
        assertEquals(List.of("rail", "sea"), modes);
        List<String> places = new ArrayList<>();
        route.get("places").forEach(p -> places.add(p.asText()));
        assertTrue(places.indexOf("place-suifenhe") > places.indexOf("place-harbin"), places.toString());
        assertEquals("place-busan-port", places.get(places.size() - 1));
        double km = route.get("lengthKm").asDouble();
        // Harbin to Busan is 1,200 km as the crow flies; by rail to Vladivostok and on by sea, more.
        assertTrue(km > 1200 && km < 2000, km + " km");
    }

    @Test
    void namesInChineseAndAlternativesShortestFirst() throws Exception {
        Result r = run("route", "--from", "哈尔滨", "--to", "Busan", "--alternatives", "2", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode routes = new ObjectMapper().readTree(r.out()).get("routes");
        assertTrue(routes.size() >= 2, r.out());
        for (int i = 1; i < routes.size(); i++) {
            assertTrue(routes.get(i).get("lengthKm").asDouble() >= routes.get(i - 1).get("lengthKm").asDouble());
        }
    }

    @Test
    void badArgumentsAndUnreachablePlaces() {
        assertEquals(2, run("route", "--from", "Atlantis", "--to", "Busan").status());
        assertEquals(2, run("route", "--from", "Harbin", "--to", "Busan", "--modes", "teleport").status());
        assertEquals(2, run("route", "--from", "Harbin", "--to", "Busan", "--alternatives", "9").status());
        Result none = run("route", "--from", "Harbin", "--to", "Busan", "--modes", "road");
        assertEquals(1, none.status());
        assertTrue(none.err().contains("no route joins Harbin and Busan Port"), none.err());
    }

    @Test
    void measureGivesGeodesicSegmentsAndBearings() throws Exception {
        Result r = run("measure", "--points", "-73.8,40.6;-0.5,51.6", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        // Karney's JFK-LHR example on WGS84: 5551.759 km, initial bearing 51.1989 degrees.
        assertEquals(5551.759, j.get("lengthKm").asDouble(), 0.001);
        assertEquals(51.1989, j.get("segments").get(0).get("bearing").asDouble(), 1e-4);
        assertEquals(2, run("measure", "--points", "126.65,45.75").status(), "one point is no path");
        assertEquals(2, run("measure", "--points", "126.65,95;0,0").status(), "off the Earth");
        assertEquals(2, run("measure", "--points", "a,b;c,d").status());
    }

    @Test
    void nearAndCrossingsPrintJson() throws Exception {
        Result near = run("near", "--point", "131.15,44.40", "--km", "10", "--json");
        assertEquals(0, near.status(), near.err());
        JsonNode items = new ObjectMapper().readTree(near.out()).get("items");
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        assertTrue(ids.contains("place-suifenhe"), ids.toString());
        assertEquals(2, run("near", "--km", "10").status(), "neither a feature nor a point");
        assertEquals(2, run("near", "--feature", "no-such-thing", "--km", "10").status());
        assertEquals(2, run("near", "--point", "131,44", "--km", "-3").status());
        Result crossings = run("crossings", "--json");
        assertEquals(0, crossings.status(), crossings.err());
        JsonNode list = new ObjectMapper().readTree(crossings.out()).get("crossings");
        List<String> names = new ArrayList<>();
        list.forEach(c -> names.add(c.get("name").asText()));
        assertTrue(names.contains("Heihe / Blagoveshchensk"), names.toString());
        JsonNode route = new ObjectMapper().readTree(run("route", "--from", "Harbin", "--to", "Busan", "--json").out())
                .get("routes").get(0);
        assertEquals("Suifenhe / Pogranichny (Grodekovo station)", route.get("crossings").get(0).asText());
    }

    @Test
    void aRouteMayStartAtAPointSnappedToTheNetwork() throws Exception {
        Result r = run("route", "--from", "126.70,45.70", "--to", "Busan", "--json");
        assertEquals(0, r.status(), r.err());
        JsonNode route = new ObjectMapper().readTree(r.out()).get("routes").get(0);
        assertTrue(route.get("lengthKm").asDouble() > 1200);
        Result far = run("route", "--from", "0,0", "--to", "Busan");
        assertEquals(1, far.status());
        assertTrue(far.err().contains("within 50 km"), far.err());
    }
}
