package org.briatlas.geo;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The written-out equality of the view and tile records means what a record's own would. */
class ValueEqualityTest {

    private static void checkSame(Object a, Object b) {
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode(), a + " and " + b);
    }

    @Test
    void viewpoints() {
        checkSame(new MapViewpoint(126.5, 45.7, 6), new MapViewpoint(126.5, 45.7, 6.0));
        assertNotEquals(new MapViewpoint(126.5, 45.7, 6), new MapViewpoint(126.5, 45.7, 6.5));
        assertNotEquals(new MapViewpoint(126.5, 45.7, 6), new MapViewpoint(126.5, 45.8, 6));
        assertNotEquals(new MapViewpoint(126.5, 45.7, 6), new MapViewpoint(126.6, 45.7, 6));
        // As a record compares doubles: 0.0 and -0.0 differ.
        assertNotEquals(new MapViewpoint(0.0, 0, 4), new MapViewpoint(-0.0, 0, 4));
        assertFalse(new MapViewpoint(1, 2, 3).equals(null));
        assertFalse(new MapViewpoint(1, 2, 3).equals("1,2,3"));
    }

    @Test
    void tiles() {
        checkSame(new TileId(6, 51, 22), new TileId(6, 51, 22));
        for (TileId other : List.of(new TileId(7, 51, 22), new TileId(6, 52, 22), new TileId(6, 51, 23),
                new TileId(6, 22, 51))) {
            assertNotEquals(new TileId(6, 51, 22), other);
        }
        // Every tile of a zoom level apart in a hash set.
        Set<TileId> all = new HashSet<>();
        for (int c = 0; c < 64; c++) {
            for (int r = 0; r < 64; r++) {
                assertTrue(all.add(new TileId(6, c, r)));
            }
        }
        assertEquals(4096, all.size());
        assertTrue(all.contains(new TileId(6, 63, 0)));
    }
}
