package org.briatlas.analysis.network;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section II's savings (line 127) reproduced over the atlas's network, within the error of its drawing. */
class ClaimsTest {

    private static List<Claims.Claim> claims;

    @BeforeAll
    static void check() throws Exception {
        claims = Claims.check(Planner.shipped(), Claims.legs());
    }

    @Test
    void eachPrintedSavingIsCheckedWithItsOwnComparisonLeg() {
        assertEquals(List.of("place-busan-port", "place-niigata-port", "place-yokohama-port"),
                claims.stream().map(c -> c.port().id()).toList());
        assertEquals(List.of(224.0, 1390.0, 740.0), claims.stream().map(Claims.Claim::paperKm).toList(), "as printed");
        for (Claims.Claim c : claims) {
            assertEquals("comparison", c.leg().properties().get("drawnFor"));
            assertTrue(c.citation().contains("127"), c.citation());
            assertTrue(c.viaSuifenhe().nodes().stream().anyMatch(n -> "place-suifenhe".equals(n.placeId())));
            assertTrue(c.toDalian().legs().stream().allMatch(l -> l.mode() == Mode.RAIL), "by rail to Dalian");
        }
    }

    @Test
    void theAtlasFindsEverySavingWithinTheErrorOfItsDrawing() {
        // The way via Suifenhe is shorter for every port, as the paper says. The rail legs are drawn straight
        // between named stations, which makes them shorter than the track (Harbin - Dalian is drawn 870 km;
        // the line is about 944 km), so the atlas's saving may differ from the printed one by up to a tenth of
        // the longer way.
        for (Claims.Claim c : claims) {
            assertTrue(c.atlasKm() > 0, c.port().id() + ": via Suifenhe is shorter");
            assertTrue(Math.abs(c.differenceKm()) <= 0.1 * c.viaDalianKm(), c.port().id() + ": atlas " + c.atlasKm()
                    + " km against the printed " + c.paperKm() + " km");
        }
    }
}
