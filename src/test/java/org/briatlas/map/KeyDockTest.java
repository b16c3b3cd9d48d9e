package org.briatlas.map;

import org.briatlas.geo.MapViewpoint;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyDockTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final MapViewpoint VIEW = new MapViewpoint(128, 47, 6);
    private static final KeyDock.Reserved RESERVED = new KeyDock.Reserved(60, 40, 24);

    private static Geometry line(double... lonLat) {
        Coordinate[] cs = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    @Test
    void withNothingToAvoidTheKeyGoesBottomLeftAboveTheScaleBar() {
        KeyDock.Placement p = KeyDock.place(300, 200, 1200, 800, RESERVED, null, VIEW);
        assertEquals(KeyDock.Corner.BOTTOM_LEFT, p.corner());
        assertEquals(1, p.scale());
        assertEquals(800 - 40 - KeyDock.MARGIN, p.box().getMaxY(), 1e-9);
    }

    @Test
    void aRouteThroughTheBottomLeftSendsTheKeyElsewhere() {
        // From the view's centre (128E 47N) south-west, out through the bottom-left corner.
        Geometry route = line(128, 47, 120, 43);
        KeyDock.Placement p = KeyDock.place(300, 200, 1200, 800, RESERVED, route, VIEW);
        assertEquals(KeyDock.Corner.BOTTOM_RIGHT, p.corner());
        // Across the whole bottom: the key goes up, below the caption.
        Geometry bottom = line(118, 43.3, 138, 43.3);
        KeyDock.Placement up = KeyDock.place(300, 200, 1200, 800, RESERVED, bottom, VIEW);
        assertEquals(KeyDock.Corner.TOP_LEFT, up.corner());
        assertEquals(60 + KeyDock.MARGIN, up.box().getMinY(), 1e-9, "below the caption");
    }

    @Test
    void aStraightSegmentWithoutVerticesInTheCornerStillCounts() {
        double[][] s = KeyDock.samples(line(118, 43.3, 138, 43.3), VIEW, 1200, 800);
        assertTrue(s.length > 100, "sampled along the segment, not only at its two ends: " + s.length);
    }

    @Test
    void aLargeKeyShrinksToAFifthOfTheMap() {
        KeyDock.Placement p = KeyDock.place(900, 500, 1000, 700, RESERVED, null, VIEW);
        double area = p.box().getWidth() * p.box().getHeight();
        assertTrue(area <= 0.2 * 1000 * 700 + 1e-6, "area " + area);
        assertTrue(p.box().getWidth() <= 0.45 * 1000 + 1e-6);
        assertEquals(900 * p.scale(), p.box().getWidth(), 1e-9, "shrunk, not cut");
        assertEquals(1, KeyDock.fit(100, 50, 1000, 700), "a small key keeps its size");
    }
}
