package org.briatlas.carto;

import org.briatlas.geo.TileId;
import org.briatlas.geo.WebMercator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Draws real tiles from the shipped base map and looks at their pixels. */
class TileRendererTest {

    private static BaseMapData data;
    private static TileRenderer renderer;

    @BeforeAll
    static void load() {
        data = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        renderer = new TileRenderer(data);
    }

    @Test
    void aTileOverOpenSeaIsAllSea() {
        // Sea of Japan, between Korea and Honshu, well away from any coast.
        BufferedImage tile = renderer.render(WebMercator.tileAt(134.5, 40.5, 7), 1);
        assertEquals(256, tile.getWidth());
        assertTrue(share(tile, MapStyle.SEA, 0) > 0.95, "sea share " + share(tile, MapStyle.SEA, 0));
        assertEquals(0, share(tile, MapStyle.LAND, 2) + share(tile, MapStyle.PROVINCE_FILL, 2), 1e-9);
    }

    @Test
    void aTileOverHarbinHasTheProvinceAndItsBoundary() {
        TileId tile = WebMercator.tileAt(126.65, 45.75, 6);
        BufferedImage img = renderer.render(tile, 1);
        assertTrue(share(img, MapStyle.PROVINCE_FILL, 2) > 0.2, "province fill " + share(img, MapStyle.PROVINCE_FILL, 2));
        assertTrue(share(img, MapStyle.SEA, 2) < 0.02, "no sea around Harbin");
        // The province boundary with Jilin runs through this tile, south of Harbin.
        assertTrue(count(img, MapStyle.PROVINCE_LINE, 40) > 30, "province boundary drawn");
        // Harbin itself is inside the province: its pixel is the province fill.
        int[] px = pixelOf(tile, 126.65, 45.75);
        assertTrue(near(new Color(img.getRGB(px[0], px[1])), MapStyle.PROVINCE_FILL, 8), "Harbin in the province");
    }

    @Test
    void aTileOnTheAmurShowsTheChinaRussiaBorder() {
        // Heihe and Blagoveshchensk face each other across the Amur, the national border.
        TileId tile = WebMercator.tileAt(127.5, 50.26, 7);
        BufferedImage img = renderer.render(tile, 1);
        assertTrue(count(img, MapStyle.BORDER, 40) > 40, "border pixels " + count(img, MapStyle.BORDER, 40));
        assertTrue(share(img, MapStyle.LAND, 4) > 0.1, "Russian bank is land");
        assertTrue(share(img, MapStyle.PROVINCE_FILL, 4) > 0.1, "Chinese bank is Heilongjiang");
    }

    @Test
    void hidpiTilesHaveMorePixelsAndTheSameMap() {
        TileId tile = WebMercator.tileAt(126.65, 45.75, 6);
        BufferedImage one = renderer.render(tile, 1);
        BufferedImage two = renderer.render(tile, 2);
        assertEquals(512, two.getWidth());
        assertEquals(share(one, MapStyle.PROVINCE_FILL, 2), share(two, MapStyle.PROVINCE_FILL, 2), 0.03);
    }

    @Test
    void everyZoomBandDrawsLandWhereThereIsLand() {
        for (int zoom = 2; zoom <= 10; zoom++) {
            TileId t = WebMercator.tileAt(97.3, 57.3, zoom); // Siberian taiga, far from any water body
            int[] px = pixelOf(t, 97.3, 57.3);
            Color c = new Color(renderer.render(t, 1).getRGB(px[0], px[1]));
            assertTrue(near(c, MapStyle.LAND, 4), "zoom " + zoom + " pixel " + c);
        }
    }

    @Test
    void aMissingBaseMapFileIsNamedInTheError(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        BaseMapData broken = new BaseMapData(BaseMapSource.folder(dir), Runnable::run);
        BaseMapException e = assertThrows(BaseMapException.class, () -> broken.bandNow(ZoomBand.MID));
        assertEquals("mid/land.geojson", e.resource());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void aDamagedBaseMapFileIsNamedInTheError(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("low"));
        for (BaseLayer layer : BaseLayer.values()) {
            try (InputStream in = BaseMapSource.shipped().open("low/" + layer.file())) {
                Files.write(dir.resolve("low").resolve(layer.file()), in.readAllBytes());
            }
        }
        byte[] land = Files.readAllBytes(dir.resolve("low/land.geojson"));
        Files.write(dir.resolve("low/land.geojson"), java.util.Arrays.copyOf(land, land.length / 2));
        BaseMapData broken = new BaseMapData(BaseMapSource.folder(dir), Runnable::run);
        CompletionException ce = assertThrows(CompletionException.class, () -> broken.band(ZoomBand.LOW).join());
        BaseMapException e = (BaseMapException) ce.getCause();
        assertEquals("low/land.geojson", e.resource());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
        assertThrows(BaseMapException.class, () -> new TileRenderer(broken).render(new TileId(2, 3, 1), 1));
    }

    @Test
    void theShippedBaseMapReadsWithoutProblems() {
        for (ZoomBand band : ZoomBand.values()) {
            BandData d = data.bandNow(band);
            for (BaseLayer layer : BaseLayer.values()) {
                assertTrue(d.layer(layer).size() > 0, band + " " + layer + " is empty");
            }
        }
        assertTrue(data.labels().stream().anyMatch(l -> l.name().equals("Harbin")));
    }

    @Test
    void shippedFilesAreAbsentFromTheFolderSourceOnlyWhenMissing() {
        assertThrows(NoSuchFileException.class, () -> BaseMapSource.shipped().open("nowhere.geojson"));
    }

    // ---- pixel helpers ----

    private static int[] pixelOf(TileId t, double lon, double lat) {
        double n = 1L << t.zoom();
        int x = (int) ((WebMercator.x(lon) * n - t.col()) * 256);
        int y = (int) ((WebMercator.y(lat) * n - t.row()) * 256);
        return new int[]{x, y};
    }

    static double share(BufferedImage img, Color c, int tolerance) {
        return count(img, c, tolerance) / (double) (img.getWidth() * img.getHeight());
    }

    static int count(BufferedImage img, Color c, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (near(new Color(img.getRGB(x, y)), c, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }
}
