package org.briatlas.carto;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which lines share a path, and the slot each takes there. */
class BundlesTest {

    private static final double TOL = 1e-5;

    private static Bundles.Member line(int rank, double... xy) {
        return new Bundles.Member(rank, new double[][]{xy});
    }

    @Test
    void linesOnTheSameVerticesShareEverySegmentInRankOrder() {
        List<Bundles.Slots> s = Bundles.of(List.of(line(2, 0, 0, 1, 0, 2, 1), line(1, 0, 0, 1, 0, 2, 1)), TOL);
        assertArrayEquals(new int[]{1, 1}, s.get(0).slot()[0], "rank 2 goes second");
        assertArrayEquals(new int[]{0, 0}, s.get(1).slot()[0]);
        assertArrayEquals(new int[]{2, 2}, s.get(0).count()[0]);
    }

    @Test
    void aLineDrawnTheOtherWayRoundAndOneWithExtraVerticesStillShare() {
        List<Bundles.Slots> s = Bundles.of(List.of(
                line(0, 0, 0, 4, 0),
                line(1, 4, 0, 0, 0),
                line(2, 0, 0.000005, 2, 0.000005, 4, 0.000005)), TOL);
        assertArrayEquals(new int[]{3}, s.get(0).count()[0], "three lines along the first");
        assertArrayEquals(new int[]{1}, s.get(1).slot()[0]);
        assertArrayEquals(new int[]{2, 2}, s.get(2).slot()[0]);
    }

    @Test
    void linesThatOnlyCrossOrRunApartAreAlone() {
        List<Bundles.Slots> s = Bundles.of(List.of(
                line(0, 0, 0, 4, 0),
                line(1, 2, -2, 2, 2),
                line(2, 0, 1, 4, 1)), TOL);
        for (Bundles.Slots slots : s) {
            assertTrue(slots.alone(), "crossing or parallel far apart is not a bundle");
        }
    }

    @Test
    void aSharedStretchIsSharedOnlyWhereTheLinesMeet() {
        List<Bundles.Slots> s = Bundles.of(List.of(
                line(0, 0, 0, 1, 0, 2, 0, 3, 1),
                line(1, 0, 0, 1, 0, 2, 0, 3, -1)), TOL);
        assertArrayEquals(new int[]{2, 2, 1}, s.get(0).count()[0], "apart after the fork");
        assertEquals(1, s.get(1).slot()[0][0]);
    }

    @Test
    void offsetsPutTheLinesOfABundleSideBySideAtTheSameDistanceWhicheverWayTheyRun() {
        double[] ax = {0, 100};
        double[] ay = {0, 0};
        double[] bx = {100, 0};
        double[] by = {0, 0};
        Bundles.offset(ax, ay, 2, new int[]{0}, new int[]{2}, 5);
        Bundles.offset(bx, by, 2, new int[]{1}, new int[]{2}, 5);
        assertEquals(5, Math.abs(ay[0] - by[1]), 1e-9, "one spacing apart");
        assertEquals(-ay[0], by[1], 1e-9, "either side of the path");
        double[] cx = {0, 100, 100};
        double[] cy = {0, 0, 100};
        Bundles.offset(cx, cy, 3, new int[]{0, 0}, new int[]{2, 2}, 5);
        assertEquals(2.5, Math.hypot(cx[1] - 100, cy[1]) / Math.sqrt(2), 1e-9, "a mitre at the bend");
    }
}
