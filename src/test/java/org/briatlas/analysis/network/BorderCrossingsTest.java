package org.briatlas.analysis.network;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crossings computed from the shipped routes and the base map's boundaries. */
class BorderCrossingsTest {

    private static Planner planner;

    @BeforeAll
    static void load() throws Exception {
        planner = Planner.shipped();
    }

    private static BorderCrossings.Crossing named(String name) {
        return planner.crossings().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + planner.crossings().stream()
                        .map(BorderCrossings.Crossing::name).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Suifenhe / Pogranichny (Grodekovo station); place-suifenhe; place-grodekovo; rail-vladivostok-suifenhe-manzhouli-europe",
            "Heihe / Blagoveshchensk; place-heihe; place-blagoveshchensk; bridge-heihe-blagoveshchensk-highway",
            "Tongjiang (Tongjiang Port) / Nizhneleninskoye; place-tongjiang; place-nizhneleninskoye; bridge-tongjiang-nizhneleninskoye-rail",
            "Dongning / Poltavka (Primorye); place-dongning; place-poltavka; bridge-dongning-poltavka-highway",
            "Manzhouli / Zabaykalsk; place-manzhouli; place-zabaykalsk; rail-harbin-europe-train"})
    void thePapersCrossingsAreFoundWithTheTownsOnEitherSide(String name, String cn, String ru, String route) {
        BorderCrossings.Crossing c = named(name);
        assertEquals(List.of(cn, ru), c.places(), "the Chinese side first");
        assertEquals(List.of("CN", "RU"), c.countries());
        assertTrue(c.routes().stream().anyMatch(r -> r.id().equals(route)), c.routes().toString());
        assertTrue(c.citation().contains("Table 2"), "the paper names the port: " + c.citation());
    }

    @Test
    void routesAlongTheBorderAreNoCrossing() {
        // The border railway and highway run along the Amur and the Ussuri on the Chinese side: they meet the
        // 1:10m boundary where they cut a bend, but never go across.
        for (BorderCrossings.Crossing c : planner.crossings()) {
            assertFalse(c.routes().stream().allMatch(r -> r.id().equals("rail-border-ports-laoheishan-mohe")
                    || r.id().equals("hwy-border-mohe-dongning")), c.name() + " is only the border routes");
        }
        assertTrue(planner.crossings().stream().noneMatch(c -> c.routes().stream().anyMatch(r -> r.channel()
                .equals("water") || r.channel().equals("aviation"))), "rivers and flights are no border crossings");
    }

    @Test
    void theEuropeanTrainsCrossIntoPolandAndGermany() {
        assertEquals(List.of("DE", "PL"), named("Germany / Poland").countries());
        assertTrue(named("Belarus / Poland").routes().stream().anyMatch(r -> r.id().equals("rail-harbin-europe-train")));
    }

    @Test
    void aRoutePassesTheCrossingsOnItsWay() {
        Node harbin = planner.network().nodeOf("place-harbin").orElseThrow();
        Node busan = planner.network().nodeOf("place-busan-port").orElseThrow();
        Route r = new RouteFinder(planner.network()).find(harbin, busan, List.of(),
                java.util.EnumSet.allOf(Mode.class), 0).get(0);
        assertEquals(List.of("Suifenhe / Pogranichny (Grodekovo station)"),
                planner.crossingsOn(r).stream().map(BorderCrossings.Crossing::name).toList());
    }
}
