package org.briatlas.carto;

import org.briatlas.model.AtlasLayer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The country shading and outlines compete with no corridor: the shading's hue is apart from every
 * channel's, the outlines use a colour and a dash no corridor uses, and a shaded country keeps each
 * corridor's contrast against the land, for normal vision and in a deuteranopia simulation.
 */
class PaletteTest {

    private static final int LAND = MapStyle.LAND.getRGB();

    private static double hue(int argb) {
        float[] hsb = java.awt.Color.RGBtoHSB(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, null);
        return hsb[0] * 360;
    }

    private static double hueDistance(double a, double b) {
        double d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }

    /** The colour over a background at an opacity (both opaque sRGB). */
    private static int over(int colour, double alpha, int background) {
        int r = (int) Math.round((colour >> 16 & 0xff) * alpha + (background >> 16 & 0xff) * (1 - alpha));
        int g = (int) Math.round((colour >> 8 & 0xff) * alpha + (background >> 8 & 0xff) * (1 - alpha));
        int b = (int) Math.round((colour & 0xff) * alpha + (background & 0xff) * (1 - alpha));
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static double linear(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int srgb(double v) {
        v = Math.max(0, Math.min(1, v));
        return (int) Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055));
    }

    private static double luminance(int argb) {
        return 0.2126 * linear(argb >> 16 & 0xff) + 0.7152 * linear(argb >> 8 & 0xff) + 0.0722 * linear(argb & 0xff);
    }

    /** WCAG contrast ratio, 1 to 21. */
    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Deuteranopia, severity 1, by the Machado, Oliveira and Fernandes (2009) matrix on linear RGB. */
    private static int deuteranope(int argb) {
        double r = linear(argb >> 16 & 0xff);
        double g = linear(argb >> 8 & 0xff);
        double b = linear(argb & 0xff);
        double r2 = 0.367322 * r + 0.860646 * g - 0.227968 * b;
        double g2 = 0.280085 * r + 0.672501 * g + 0.047413 * b;
        double b2 = -0.011820 * r + 0.042940 * g + 0.968881 * b;
        return 0xff000000 | srgb(r2) << 16 | srgb(g2) << 8 | srgb(b2);
    }

    private static List<AtlasLayer> channels() {
        return Arrays.stream(AtlasLayer.values()).filter(AtlasLayer::isChannel).toList();
    }

    @Test
    void theShadingIsInAHueNoCorridorUses() {
        double shadeHue = hue(ThematicStyle.shade(ThematicStyle.shadeClasses() - 1));
        for (AtlasLayer l : AtlasLayer.values()) {
            double d = hueDistance(shadeHue, hue(ThematicStyle.of(l).colour()));
            assertTrue(d >= 25, l + " is only " + d + " degrees from the shading's hue");
        }
    }

    @Test
    void outlinesUseAColourAndADashNoCorridorUses() {
        List<int[]> colours = new ArrayList<>();
        for (AtlasLayer l : AtlasLayer.values()) {
            ThematicStyle.Line line = ThematicStyle.of(l);
            assertTrue(Math.abs(hue(line.colour()) - hue(ThematicStyle.CHOSEN_OUTLINE)) > 1
                    || line.colour() != ThematicStyle.CHOSEN_OUTLINE, l.toString());
            assertTrue((line.colour() & 0xffffff) != (ThematicStyle.CHOSEN_OUTLINE & 0xffffff), l + " colour");
            assertTrue((line.colour() & 0xffffff) != (ThematicStyle.HIGHLIGHT_OUTLINE & 0xffffff), l + " colour");
            assertTrue(!Arrays.equals(line.dash(), ThematicStyle.highlightDash()), l + " dash");
            colours.add(new int[]{line.colour()});
        }
        assertTrue(!Arrays.equals(ThematicStyle.schematicDash(), ThematicStyle.highlightDash()));
        // The outline is no lighter than a national border, so it reads over it.
        assertTrue(luminance(ThematicStyle.CHOSEN_OUTLINE) < luminance(MapStyle.BORDER.getRGB()));
        assertEquals(AtlasLayer.values().length, colours.size());
    }

    @Test
    void aShadedCountryKeepsEveryCorridorsContrastAlsoForDeuteranopes() {
        for (int c = 0; c < ThematicStyle.shadeClasses(); c++) {
            int shaded = over(ThematicStyle.shade(c), ThematicStyle.SHADE_ALPHA, LAND);
            for (AtlasLayer l : channels()) {
                int line = ThematicStyle.of(l).colour();
                double bare = contrast(line, LAND);
                double onShade = contrast(line, shaded);
                assertTrue(onShade >= 0.7 * bare, l + " on shading class " + c + ": " + onShade + " against "
                        + bare + " on bare land");
                double bareCvd = contrast(deuteranope(line), deuteranope(LAND));
                double onShadeCvd = contrast(deuteranope(line), deuteranope(shaded));
                assertTrue(onShadeCvd >= 0.7 * bareCvd, l + " (deuteranopia) on class " + c + ": " + onShadeCvd
                        + " against " + bareCvd);
            }
        }
    }

    @Test
    void theOldRedRampWouldHaveFailedTheHueCheck() {
        // The check can fail: the ramp the atlas had ended in the railways' red.
        assertTrue(hueDistance(hue(0xffc43c28), hue(ThematicStyle.of(AtlasLayer.RAILWAY).colour())) < 25);
    }
}
