package org.briatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rendersANamedViewToAPngOfTheRequestedSize() throws IOException {
        Path png = dir.resolve("map.png");
        assertEquals(0, run("render", "--view", "heilongjiang", "--size", "640x400", "--out", png.toString()), errText());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("view heilongjiang"));
        // The province fill dominates the Heilongjiang view's centre.
        assertEquals(0xF7EBD3, img.getRGB(320, 200) & 0xFFFFFF, 0x080808);
    }

    @Test
    void everyNamedViewRendersAndScaleDoublesThePixels() throws IOException {
        for (String view : new String[]{"heilongjiang", "northeast-asia", "eurasia"}) {
            Path png = dir.resolve(view + ".png");
            assertEquals(0, run("render", "--view=" + view, "--size=300x200", "--scale=2", "--out=" + png), errText());
            assertEquals(600, ImageIO.read(png.toFile()).getWidth());
        }
    }

    private BufferedImage renderHeilongjiang(String name, String... extra) throws IOException {
        Path png = dir.resolve(name + ".png");
        List<String> args = new java.util.ArrayList<>(List.of("render", "--view", "heilongjiang", "--size", "640x400",
                "--out", png.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, run(args.toArray(String[]::new)), errText());
        return ImageIO.read(png.toFile());
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void placeNamesAreDrawnInTheChosenLanguageAndNothingElseChanges() throws IOException {
        BufferedImage en = renderHeilongjiang("en");
        BufferedImage zh = renderHeilongjiang("zh", "--lang", "zh");
        BufferedImage ru = renderHeilongjiang("ru", "--lang=ru");
        assertTrue(differingPixels(en, zh) > 500, "Chinese names differ from English ones");
        assertTrue(differingPixels(en, ru) > 500, "Russian names differ from English ones");
        BufferedImage enBare = renderHeilongjiang("en-bare", "--no-labels");
        BufferedImage zhBare = renderHeilongjiang("zh-bare", "--no-labels", "--lang", "zh");
        // Without names only the source line at the bottom, in the language too, tells them apart.
        int band = 40;
        assertEquals(0, differingPixels(enBare.getSubimage(0, 0, 640, 400 - band),
                zhBare.getSubimage(0, 0, 640, 400 - band)), "without names the maps are the same");
        assertTrue(differingPixels(enBare.getSubimage(0, 400 - band, 640, band),
                zhBare.getSubimage(0, 400 - band, 640, band)) > 200, "the source line is in the language");
        checkUsage("unknown language 'fr'; the atlas has en, zh, ru", "render", "--view", "heilongjiang", "--lang", "fr",
                "--out", dir.resolve("fr.png").toString());
        checkUsage("unknown language 'de'; the atlas has en, zh, ru", "render", "--tour", "assets/tours/five-links.json",
                "--out", dir.resolve("de").toString(), "--lang=de");
        assertFalse(Files.exists(dir.resolve("de")));
    }

    private void checkUsage(String expected, String... args) {
        err.reset();
        assertEquals(Cli.EXIT_USAGE, run(args), String.join(" ", args));
        assertTrue(errText().contains(expected), errText());
        assertTrue(errText().contains("Usage:"), "usage printed");
    }

    @Test
    void badArgumentsGiveUsageAndExitCodeTwo() {
        String out = dir.resolve("x.png").toString();
        checkUsage("unknown view 'moon'", "render", "--view", "moon", "--out", out);
        checkUsage("--size must be WIDTHxHEIGHT", "render", "--size", "big", "--out", out);
        checkUsage("width must be between 64 and 8192", "render", "--size", "10x400", "--out", out);
        checkUsage("unknown option --colour", "render", "--colour", "red", "--out", out);
        checkUsage("option --out is required", "render", "--view", "eurasia");
        checkUsage("option --view needs a value", "render", "--view");
        checkUsage("the folder of --out does not exist", "render", "--out", dir.resolve("no/such/x.png").toString());
        checkUsage("--out must name a .png file", "render", "--out", dir.resolve("x.jpg").toString());
        checkUsage("--center needs --zoom", "render", "--center", "126,45", "--out", out);
        checkUsage("zoom must be between 2 and 10", "render", "--center", "126,45", "--zoom", "14", "--out", out);
        checkUsage("unknown command 'paint'", "paint");
        checkUsage("given twice", "render", "--out", out, "--out", out);
        assertFalse(Files.exists(dir.resolve("x.png")), "nothing written on bad input");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"100x100x", "100x", "x100", "100x100x1", " 100x100",
            "100x100 ", "1e3x100", "0x100", "100x0", "-100x100", "+100x100", "100.0x100", "100,5x100", "0x64",
            "100xx100", "x", "", "NaNx100", "Infinityx100", "0x1p7x100", "100x100\n", "１００x100", "99999999999x100"})
    void aSizeThatIsNotTwoWholePixelCountsIsRefused(String size) {
        String out = dir.resolve("size.png").toString();
        err.reset();
        assertEquals(Cli.EXIT_USAGE, run("render", "--size", size, "--out", out), "--size '" + size + "'");
        assertTrue(errText().contains("Usage:"), errText());
        assertTrue(errText().contains("--size must be WIDTHxHEIGHT") || errText().contains("must be between 64 and 8192"),
                errText());
        assertFalse(Files.exists(dir.resolve("size.png")));
    }

    @Test
    void wellFormedSizesStillParse() throws UsageException {
        assertEquals(List.of(64, 8192), sizeOf("64x8192"));
        assertEquals(List.of(1600, 1000), sizeOf("1600X1000"));
        assertEquals(List.of(640, 400), sizeOf("0640x400"));
    }

    private static List<Integer> sizeOf(String s) throws UsageException {
        int[] wh = RenderCommand.parseSize(s);
        return List.of(wh[0], wh[1]);
    }

    @Test
    void tourSlidesKeepTheSamePixelCapAsRender() throws IOException {
        // One stop, so that a missing cap costs one oversized slide, not nine.
        Path tour = dir.resolve("one-stop.json");
        Files.writeString(tour, """
                { "format": "bri-atlas-tour", "version": 1, "title": { "en": "One stop" },
                  "stops": [ { "view": { "lon": 127.0, "lat": 47.0, "zoom": 6 }, "caption": { "en": "Here" } } ] }
                """);
        Path slides = dir.resolve("huge");
        // Just over the cap (8200x8192 px), then the 32768x32768 px (4 GB of pixels per slide).
        checkUsage("--size times --scale is larger than 8192x8192 pixels", "render", "--tour", tour.toString(),
                "--out", slides.toString(), "--size", "4100x4096", "--scale", "2");
        checkUsage("--size times --scale is larger than 8192x8192 pixels", "render", "--tour", tour.toString(),
                "--out", slides.toString(), "--size", "8192x8192", "--scale", "4");
        assertFalse(Files.exists(slides), "nothing written");
        checkUsage("--size times --scale is larger than 8192x8192 pixels", "render", "--view", "eurasia",
                "--out", dir.resolve("huge.png").toString(), "--size", "8192x8192", "--scale", "4");
        // Under the cap a tour renders, at its scale.
        assertEquals(0, run("render", "--tour", tour.toString(), "--out", slides.toString(), "--size", "320x200",
                "--scale", "2"), errText());
        assertEquals(640, ImageIO.read(slides.resolve("stop-01.png").toFile()).getWidth());
    }

    @Test
    void checkDataListsTheInconsistenciesOfThePrintedTables() {
        assertEquals(0, run("check-data"), errText());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("decimal point in the wrong place: 1.464 should be 14.64"), text);
        assertTrue(text.contains("Table 4, 2011, Import Volume [col 6]: printed 1.464, corrected 14.64"), text);
        assertTrue(text.contains("covers only part of the year"), text);
        assertTrue(text.contains("growth of outward investment, all countries: 2014 19.4 to 2015 69.0 is 255.67%, not 414.4%"),
                text);
        // Table 6 prints "Export volume" twice; the second column is the imports.
        assertTrue(text.contains("  header         Export volume [col 7]"), text);
        assertTrue(text.contains("printed \"Export volume\", contradicted by the values"), text);
        assertTrue(text.contains("column 7 holds the import volume"), text);
    }

    @Test
    void aTourExportsOneSlidePerStopHeadlessly() throws IOException {
        Path slides = dir.resolve("slides");
        Path tour = Path.of("assets/tours/five-links.json");
        assertEquals(0, run("render", "--tour", tour.toString(), "--out", slides.toString(), "--size", "640x400",
                "--lang", "ru"), errText());
        try (var files = Files.list(slides)) {
            assertEquals(List.of("stop-01.png", "stop-02.png", "stop-03.png", "stop-04.png", "stop-05.png",
                    "stop-06.png", "stop-07.png", "stop-08.png", "stop-09.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage first = ImageIO.read(slides.resolve("stop-01.png").toFile());
        assertEquals(640, first.getWidth());
        // The caption box is drawn dark at the top centre of every slide.
        int rgb = first.getRGB(320, 30);
        assertTrue(((rgb >> 16) & 0xff) < 90 && (rgb & 0xff) < 90, Integer.toHexString(rgb));
    }

    @Test
    void aBadTourFileIsReportedAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad-tour.json");
        Files.writeString(bad, "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[]}");
        assertEquals(Cli.EXIT_FAILURE, run("render", "--tour", bad.toString(), "--out", dir.resolve("s").toString()));
        assertTrue(errText().contains("bad-tour.json: a tour needs at least one stop"), errText());
        assertFalse(Files.exists(dir.resolve("s")));
    }

    @Test
    void helpPrintsUsage() {
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("render [options]"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--layers all|none|ID,ID..."));
    }
}
