package org.briatlas.map;

import javafx.scene.image.Image;
import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.carto.TileRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineTilesTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static OfflineTiles tiles() {
        OfflineTiles t = new OfflineTiles(64L * 1024 * 1024);
        t.install(new TileRenderer(new BaseMapData(BaseMapSource.shipped(), Runnable::run)));
        return t;
    }

    @Test
    void theTilesDrawnAheadAreThoseTheMapAsksForAndNoneIsDrawnTwice() throws Exception {
        OfflineTiles t = tiles();
        // The Heilongjiang view at zoom 6 in a map of 1000 x 700 px: Gluon's map asks for columns 51..57 and
        // rows 20..25 at zoom 6 (floor(zoom + 0.2); one column more to the west; three more columns and rows
        // than fill the map), as a start of the window asked here.
        int started = t.prefetch(127.851, 48.668, 6.0, 1000, 700);
        assertEquals(7 * 6, started);
        List<CompletableFuture<Image>> asked = new ArrayList<>();
        for (long col = 51; col <= 57; col++) {
            for (long row = 20; row <= 25; row++) {
                asked.add(t.tile(6, col, row));
            }
        }
        for (CompletableFuture<Image> f : asked) {
            Image image = f.get(30, TimeUnit.SECONDS);
            assertNotNull(image);
            assertEquals(256, image.getWidth());
        }
        assertEquals(42, t.drawnCount(), "each tile drawn once: asked tiles joined their drawing or the cache");
        assertEquals(0, t.pendingCount());
        // Asked again: from the cache, nothing drawn.
        t.tile(6, 54, 22).get(30, TimeUnit.SECONDS);
        assertEquals(42, t.drawnCount());
        // Drawn ahead again: nothing left to draw.
        assertEquals(0, t.prefetch(127.851, 48.668, 6.0, 1000, 700));
    }

    @Test
    void aFractionalZoomDrawsTheLevelTheMapUsesAndNonsenseDrawsNothing() throws Exception {
        OfflineTiles t = tiles();
        // Zoom 5.85 is drawn from level 6 tiles (5.85 + 0.2 = 6.05), each shown at 2^-0.15 of its size, so more
        // of them fill the same map.
        int started = t.prefetch(127.851, 48.668, 5.85, 1000, 700);
        assertTrue(started >= 42, "tiles drawn ahead: " + started);
        assertEquals(0, t.prefetch(Double.NaN, 48, 6, 1000, 700));
        assertEquals(0, t.prefetch(127, 48, 6, 0, 700));
        assertEquals(0, t.prefetch(127, 48, -1, 1000, 700));
    }

    @Test
    void theImageHoldsTheDrawnPixels() throws Exception {
        java.awt.image.BufferedImage src = new java.awt.image.BufferedImage(4, 3,
                java.awt.image.BufferedImage.TYPE_INT_ARGB_PRE);
        src.setRGB(1, 2, 0xff336699);
        src.setRGB(3, 0, 0xffcc0000);
        Image fx = OfflineTiles.toFxImage(src);
        assertEquals(4, fx.getWidth());
        assertEquals(0xff336699, fx.getPixelReader().getArgb(1, 2));
        assertEquals(0xffcc0000, fx.getPixelReader().getArgb(3, 0));
        assertEquals(0, fx.getPixelReader().getArgb(0, 0));
    }
}
