package org.briatlas.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebMercatorTest {

    @ParameterizedTest(name = "{0},{1} at zoom {2} is tile {3}/{4}")
    @CsvSource({
            "126.65, 45.75, 5, 27, 11",   // Harbin, the figure Gluon's notes give
            "0, 0, 1, 1, 1",
            "-180, 85.05, 0, 0, 0",
            "179.999, -85, 3, 7, 7",
            "131.15, 44.40, 8, 221, 92",  // Suifenhe
            "4.48, 51.92, 6, 32, 21"      // Rotterdam
    })
    void tileAt(double lon, double lat, int zoom, long col, long row) {
        assertEquals(new TileId(zoom, col, row), WebMercator.tileAt(lon, lat, zoom));
    }

    @ParameterizedTest
    @CsvSource({"126.65, 45.75", "-73.99, 40.73", "0, 0", "179.5, -60", "37.62, 55.75"})
    void projectionRoundTrips(double lon, double lat) {
        assertEquals(lon, WebMercator.lon(WebMercator.x(lon)), 1e-9);
        assertEquals(lat, WebMercator.lat(WebMercator.y(lat)), 1e-9);
    }

    @Test
    void yIsClampedToTheMercatorSquare() {
        assertEquals(0, WebMercator.y(90), 1e-12);
        assertEquals(1, WebMercator.y(-90), 1e-12);
        assertEquals(0.5, WebMercator.y(0), 1e-12);
    }

    @Test
    void metresPerPixelMatchesTheStandardTable() {
        // 156,543.03 m per pixel at the equator at zoom 0 (256-pixel tiles), halving per zoom level.
        assertEquals(156543.03, WebMercator.metresPerPixel(0, 0), 0.01);
        assertEquals(156543.03 / 256 * Math.cos(Math.toRadians(45.75)), WebMercator.metresPerPixel(45.75, 8), 0.01);
    }

    @Test
    void tileBoundsContainTheirPoint() {
        TileId harbin = WebMercator.tileAt(126.65, 45.75, 7);
        GeoBounds b = harbin.bounds();
        assertTrue(b.contains(126.65, 45.75), b.toString());
        assertEquals(harbin.span(), 1.0 / 128, 0);
    }

    @Test
    void tilesOutsideTheGridAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TileId(3, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> new TileId(3, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new TileId(-1, 0, 0));
    }

    @Test
    void namedViewsFitTheirAreaIntoTheViewport() {
        for (NamedView v : NamedView.values()) {
            MapViewpoint p = v.fit(1600, 1000);
            double world = WebMercator.worldSize(p.zoom());
            double width = (WebMercator.x(v.bounds().east()) - WebMercator.x(v.bounds().west())) * world;
            double height = (WebMercator.y(v.bounds().south()) - WebMercator.y(v.bounds().north())) * world;
            assertTrue(width <= 1600 && height <= 1000, v + " does not fit: " + width + "x" + height);
            double nextWorld = WebMercator.worldSize(p.zoom() + 0.25);
            assertTrue(width * nextWorld / world > 1600 || height * nextWorld / world > 1000,
                    v + " could be shown larger");
        }
        assertEquals(NamedView.HEILONGJIANG, NamedView.byId("Heilongjiang").orElseThrow());
        assertTrue(NamedView.byId("atlantis").isEmpty());
    }
}
