package org.briatlas.cli;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.carto.MapComposer;
import org.briatlas.carto.PaperStatistics;
import org.briatlas.carto.SlideRenderer;
import org.briatlas.carto.ThematicStyle;
import org.briatlas.geo.WebMercator;
import org.briatlas.i18n.Messages;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code render} draws what the window draws: the layers it is asked for (through the window's painter), the
 * country shading of the year, the selected feature's halo, a legend and a title when asked, the source line
 * always; and refuses layer ids, years and features it does not know, with status 2. Looks at the pixels of
 * real renders of the shipped data.
 */
class RenderOptionsTest {

    private static final int W = 480;
    private static final int H = 320;

    @TempDir
    Path dir;

    private static AtlasData atlas;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void load() {
        atlas = new AtlasDataReader().read(AtlasDataReader.shipped());
    }

    private int run(List<String> args) {
        return Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** A render of W x H px centred on (lon, lat), without place names, with the extra options. */
    private BufferedImage render(double lon, double lat, double zoom, String... extra) throws IOException {
        Path png = Files.createTempFile(dir, "render", ".png");
        List<String> args = new ArrayList<>(List.of("render", "--center", lon + "," + lat, "--zoom",
                String.valueOf(zoom), "--size", W + "x" + H, "--no-labels", "--out", png.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, run(args), err.toString(StandardCharsets.UTF_8));
        return ImageIO.read(png.toFile());
    }

    private void checkUsage(String expected, String... options) {
        err.reset();
        List<String> args = new ArrayList<>(List.of("render", "--view", "heilongjiang", "--size", "200x100", "--out",
                dir.resolve("refused.png").toString()));
        args.addAll(List.of(options));
        assertEquals(Cli.EXIT_USAGE, run(args), String.join(" ", options));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains(expected), text);
        assertTrue(text.contains("Usage:"), text);
        assertFalse(Files.exists(dir.resolve("refused.png")), "nothing written");
    }

    private static AtlasFeature feature(String id) {
        return atlas.byId(id).orElseThrow(() -> new AssertionError("no feature " + id));
    }

    /** The middle of a line feature's first segment, lon and lat. */
    private static double[] firstSegmentMiddle(AtlasFeature f) {
        Coordinate[] cs = f.geometry().getCoordinates();
        return new double[]{WebMercator.lon((WebMercator.x(cs[0].x) + WebMercator.x(cs[1].x)) / 2),
                WebMercator.lat((WebMercator.y(cs[0].y) + WebMercator.y(cs[1].y)) / 2)};
    }

    /** The mean colour of the 9 x 9 pixels around (x, y). */
    private static Color mean(BufferedImage img, int x, int y) {
        long r = 0;
        long g = 0;
        long b = 0;
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                Color c = new Color(img.getRGB(x + dx, y + dy));
                r += c.getRed();
                g += c.getGreen();
                b += c.getBlue();
            }
        }
        return new Color((int) (r / 81), (int) (g / 81), (int) (b / 81));
    }

    /** Pixels within {@code tolerance} (per channel) of a colour, in a rectangle. */
    private static int count(BufferedImage img, int argb, int tolerance, int x0, int y0, int w, int h) {
        Color want = new Color(argb);
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - want.getRed()) <= tolerance && Math.abs(c.getGreen() - want.getGreen())
                        <= tolerance && Math.abs(c.getBlue() - want.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void unknownLayersYearsAndFeaturesAreUsageErrors() {
        checkUsage("unknown layer 'moon'; --layers takes all, none or ids separated by commas: land-sea, railway, "
                + "highway, water, aviation, pipeline, grid, cable, places, confucius-institutes, ecommerce",
                "--layers", "railway,moon");
        checkUsage("unknown layer 'user'", "--layers", "user");
        checkUsage("an empty layer id in --layers 'railway,'", "--layers", "railway,");
        checkUsage("--year must be between 2006 and 2018; got '2005'", "--year", "2005");
        checkUsage("--year must be between 2006 and 2018; got '2019'", "--year", "2019");
        checkUsage("--year must be a year from 2006 to 2018; got '2011.5'", "--year", "2011.5");
        checkUsage("unknown feature 'no-such-route' for --select", "--select", "no-such-route");
        checkUsage("--select pipe-east-line-gas is in the layer 'pipeline', which --layers leaves out",
                "--select", "pipe-east-line-gas", "--layers", "railway,places");
        checkUsage("option --legend takes no value", "--legend=yes");
        checkUsage("option --title needs a value", "--title");
    }

    @Test
    void aLongTitleIsCutAndKeptToOneLineOfText() throws UsageException {
        String longTitle = "Corridors ".repeat(100);
        RenderCommand.Request r = RenderCommand.parse(List.of("--title", "A\nB\tC " + longTitle, "--out",
                dir.resolve("t.png").toString()));
        assertEquals(RenderCommand.TITLE_LIMIT, r.title().length());
        assertTrue(r.title().startsWith("A B C Corridors"), r.title());
        assertTrue(r.title().endsWith("\u2026"), r.title());
        RenderCommand.Request plain = RenderCommand.parse(List.of("--out", dir.resolve("t.png").toString()));
        assertEquals(null, plain.title());
        assertEquals(2018, plain.year(), "the last year of the paper's figures by default");
        assertEquals(11, plain.layers().size(), "every shipped layer by default");
        assertEquals(List.of(), RenderCommand.parse(List.of("--layers", "none", "--out",
                dir.resolve("t.png").toString())).layers());
    }

    @Test
    void theLayersAskedForAreDrawnAndNoOthers() throws IOException {
        // The Skovorodino-Mohe crude oil pipeline's first segment, where no other line runs.
        double[] at = firstSegmentMiddle(feature("pipe-skovorodino-mohe-daqing-crude"));
        int pipeline = ThematicStyle.of(org.briatlas.model.AtlasLayer.PIPELINE).colour();
        BufferedImage with = render(at[0], at[1], 7, "--layers", "pipeline");
        BufferedImage without = render(at[0], at[1], 7, "--layers", "railway,highway");
        BufferedImage all = render(at[0], at[1], 7);
        // The line runs through the centre: a column of 3 of the 3 x 3 pixels there is wholly inside it.
        assertTrue(count(with, pipeline, 30, W / 2 - 1, H / 2 - 1, 3, 3) >= 3, "the pipeline's green");
        assertEquals(0, count(without, pipeline, 30, W / 2 - 1, H / 2 - 1, 3, 3), "not drawn when left out");
        assertTrue(count(all, pipeline, 30, W / 2 - 1, H / 2 - 1, 3, 3) >= 3, "drawn by default");
    }

    @Test
    void countriesAreShadedByTheYearsTradeAsInTheWindow() throws IOException {
        // Central Siberia: Russia's trade with Heilongjiang is printed from 2008 (Table 4), so 2006 is unshaded.
        Color russia2006 = mean(render(100, 60, 5, "--layers", "none", "--year", "2006"), W / 2, H / 2);
        checkShaded(russia2006, mean(render(100, 60, 5, "--layers", "none"), W / 2, H / 2), 18.19);
        checkShaded(russia2006, mean(render(100, 60, 5, "--layers", "none", "--year", "2010"), W / 2, H / 2), 7.47);
        // Central Honshu: Japan's figures are printed for 2014 to 2018 only (Table 5: 3.8 x 100 million in 2016).
        Color japan2012 = mean(render(138.2, 36.3, 6, "--layers", "none", "--year", "2012"), W / 2, H / 2);
        checkShaded(japan2012, mean(render(138.2, 36.3, 6, "--layers", "none", "--year", "2016"), W / 2, H / 2), 0.38);
    }

    /** The shaded colour is the unshaded one under the shade of the trade's class, at the map's opacity. */
    private static void checkShaded(Color plain, Color shaded, double billionUsd) {
        Color shade = new Color(ThematicStyle.shade(org.briatlas.analysis.TradeByCountry.shadeClass(billionUsd)));
        double a = ThematicStyle.SHADE_ALPHA;
        int[] want = {(int) Math.round(plain.getRed() * (1 - a) + shade.getRed() * a),
                (int) Math.round(plain.getGreen() * (1 - a) + shade.getGreen() * a),
                (int) Math.round(plain.getBlue() * (1 - a) + shade.getBlue() * a)};
        String seen = plain + " shaded " + shaded + ", expected " + java.util.Arrays.toString(want);
        assertTrue(Math.abs(shaded.getRed() - want[0]) <= 3 && Math.abs(shaded.getGreen() - want[1]) <= 3
                && Math.abs(shaded.getBlue() - want[2]) <= 3, seen);
        int moved = Math.abs(plain.getRed() - want[0]) + Math.abs(plain.getGreen() - want[1])
                + Math.abs(plain.getBlue() - want[2]);
        assertTrue(moved > 15, "a visible shade: " + seen);
    }

    @Test
    void theSelectedFeatureGetsThePaintersHalo() throws IOException {
        double[] at = firstSegmentMiddle(feature("pipe-skovorodino-mohe-daqing-crude"));
        int halo = ThematicStyle.HALO_SELECTED;
        int plain = count(render(at[0], at[1], 7, "--layers", "pipeline"), halo, 25, 0, 0, W, H);
        int selected = count(render(at[0], at[1], 7, "--layers", "pipeline", "--select",
                "pipe-skovorodino-mohe-daqing-crude"), halo, 25, 0, 0, W, H);
        assertTrue(selected > plain + 500, "halo pixels: " + plain + " unselected, " + selected + " selected");
    }

    @Test
    void aLegendATitleAndTheSourceLine() throws IOException {
        int railway = ThematicStyle.of(org.briatlas.model.AtlasLayer.RAILWAY).colour();
        // Over the sea east of Japan, where no railway runs: the only railway red is the legend's swatch.
        BufferedImage bare = render(150, 30, 5, "--layers", "railway");
        BufferedImage legend = render(150, 30, 5, "--layers", "railway", "--legend");
        assertEquals(0, count(bare, railway, 30, 0, H / 2, W, H / 2), "no railway in the lower half");
        assertTrue(count(legend, railway, 30, 0, H / 2, W, H / 2) > 30, "the legend's railway swatch");
        // The title's dark box at the top centre.
        BufferedImage titled = render(150, 30, 5, "--layers", "none", "--title", "Sea routes");
        assertTrue(mean(titled, W / 2, 30).getRed() < 90, "dark title box: " + mean(titled, W / 2, 30));
        assertTrue(mean(bare, W / 2, 30).getRed() > 150, "no box without a title: " + mean(bare, W / 2, 30));
        // The source line, always: dark grey letters at the bottom left, over a sea without any other text.
        int letters = count(bare, 0xff3c3c3c, 40, 0, H - 24, W, 24);
        assertTrue(letters > 100, "source line letters: " + letters);
        assertTrue(count(bare, 0xff3c3c3c, 40, 0, H / 2 - 40, W, 24) < 5, "and no such letters elsewhere");
    }

    @Test
    void aRenderAndASlideOfTheSameViewDrawTheMapAlike() throws IOException {
        // The Mudanjiang-Suifenhe stretch, where the railway, the land-sea route and the cable share a corridor.
        Path png = dir.resolve("stretch.png");
        int h = 600;
        assertEquals(0, run(List.of("render", "--center", "130.3,44.6", "--zoom", "8", "--size", W + "x" + h,
                "--layers", "railway,land-sea,cable", "--year", "2016", "--out", png.toString())),
                err.toString(StandardCharsets.UTF_8));
        BufferedImage render = ImageIO.read(png.toFile());
        BaseMapData base = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        SlideRenderer slides = new SlideRenderer(new MapComposer(base, atlas, PaperStatistics.shipped()),
                Messages.bundle("en"));
        Tour.Stop stop = new Tour.Stop(130.3, 44.6, 8, List.of("railway", "land-sea", "cable"), null, 2016, null,
                Map.of(), Map.of());
        BufferedImage slide = slides.render(stop, 1, 1, "en", W, h, 1);
        // A stop without a table: the slide's map is the render's, pixel for pixel, between the caption at the
        // top and the legend (about 150 px high) and the source line at the bottom.
        int differ = 0;
        for (int y = 70; y < h - 220; y++) {
            for (int x = 0; x < W; x++) {
                differ += render.getRGB(x, y) == slide.getRGB(x, y) ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels that differ between the render and the slide");
        int cable = ThematicStyle.of(org.briatlas.model.AtlasLayer.CABLE).colour();
        assertTrue(count(render, cable, 30, 0, 70, W, h - 290) > 100, "and the band shows a corridor");
    }
}
