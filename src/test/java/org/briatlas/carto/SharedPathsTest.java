package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared corridor paths the loader works out ahead (off the interface thread) draw the map exactly as
 * those worked out when it is first drawn, for the layers shown then and for others.
 */
class SharedPathsTest {

    private static final double WORLD = WebMercator.worldSize(6);

    private static ThematicFrame frame(Predicate<AtlasLayer> shown) {
        double w = 1200;
        double h = 800;
        return new ThematicFrame(WORLD, WebMercator.x(127) * WORLD - w / 2, WebMercator.y(47) * WORLD - h / 2, w, h,
                shown, null, null, 2024, 1, null, Set.of(), null);
    }

    private static List<String> drawing(ThematicPainter painter, ThematicFrame f) {
        RecordingSurface s = new RecordingSurface();
        painter.paint(s, f);
        return s.calls.stream().map(c -> c.op() + Arrays.toString(c.xy()) + c.stroke() + "/" + c.fill() + "/"
                + c.width() + Arrays.toString(c.dash()) + c.alpha()).toList();
    }

    @Test
    void preparedAheadOnAnotherThreadTheMapIsDrawnTheSame() throws Exception {
        AtlasData data = new AtlasDataReader().read(AtlasDataReader.shipped());
        Predicate<AtlasLayer> noRail = l -> l != AtlasLayer.RAILWAY;
        for (Predicate<AtlasLayer> shown : List.<Predicate<AtlasLayer>>of(l -> true, noRail)) {
            ThematicPainter ahead = new ThematicPainter(data.features());
            CompletableFuture.runAsync(() -> ahead.prepareSharedPaths(shown)).get();
            ThematicPainter whenDrawn = new ThematicPainter(data.features());
            ThematicFrame f = frame(shown);
            assertEquals(drawing(whenDrawn, f), drawing(ahead, f));
            assertTrue(ahead.maxOffset(f) > 0, "the corridors share paths here: lines are drawn side by side");
        }
        // Prepared for one set of layers, drawn with another: worked out then, still the same.
        ThematicPainter other = new ThematicPainter(data.features());
        other.prepareSharedPaths(l -> true);
        assertEquals(drawing(new ThematicPainter(data.features()), frame(noRail)), drawing(other, frame(noRail)));
        assertNotEquals(drawing(other, frame(l -> true)), drawing(other, frame(noRail)));
    }
}
