package org.briatlas.carto;

import org.briatlas.i18n.Messages;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The legend of renders and slides: the user's layers by name, each in its own style. */
class MapLegendTest {

    private static long pixels(List<UserLayer> user, int rgb) {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        double h = MapLegend.draw(g, Messages.bundle("en"), List.of(AtlasLayer.RAILWAY, AtlasLayer.USER), user, null,
                400, 300);
        g.dispose();
        assertTrue(h > 0);
        long n = 0;
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static UserLayer layer(String id, int colour, boolean visible) {
        LayerStyle s = LayerStyle.defaultFor(0).withColour(colour).withFill(colour, 1);
        return new UserLayer(id, id, Path.of(id + ".csv"), FeatureCollection.Format.CSV, s, visible, List.of(),
                List.of());
    }

    @Test
    void eachShownUserLayerHasARowInItsOwnColour() {
        assertTrue(pixels(List.of(layer("blue", 0x0000ff, true)), 0x0000ff) > 20, "the blue layer's swatch");
        assertEquals(0, pixels(List.of(layer("blue", 0x0000ff, false)), 0x0000ff), "a hidden layer has no row");
        assertEquals(0, pixels(List.of(), 0x0000ff), "without the user's layers, no blue at all");
    }
}
