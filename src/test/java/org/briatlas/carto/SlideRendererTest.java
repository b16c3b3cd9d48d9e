package org.briatlas.carto;

import org.briatlas.geo.WebMercator;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slides draw the thematic layers as the window does (through the same painter): stars for Confucius
 * institutes, broken lines for schematic routes, faint routes before the year they opened. Looks at the
 * pixels of real slides of the shipped base map and data.
 */
class SlideRendererTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    /** Device pixels per logical pixel: fine enough to see inside a symbol and a dash. */
    private static final double SCALE = 2;

    private static AtlasData atlas;
    private static SlideRenderer slides;

    @BeforeAll
    static void load() {
        BaseMapData base = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        atlas = new AtlasDataReader().read(AtlasDataReader.shipped());
        slides = new SlideRenderer(base, atlas, ResourceBundle.getBundle("org.briatlas.i18n.messages", Locale.ROOT));
    }

    private static BufferedImage slide(double lon, double lat, double zoom, String layer, int year) {
        Tour.Stop stop = new Tour.Stop(lon, lat, zoom, List.of(layer), null, year, null, Map.of("en", "Test"),
                Map.of());
        return slides.render(stop, 1, 1, "en", WIDTH, HEIGHT, SCALE);
    }

    private static AtlasFeature feature(String id) {
        return atlas.byId(id).orElseThrow(() -> new AssertionError("no feature " + id));
    }

    /** How much redder than green a pixel is (the railway is red, the institutes raspberry, the map not). */
    private static int redness(BufferedImage img, double x, double y) {
        Color c = new Color(img.getRGB((int) Math.floor(x), (int) Math.floor(y)));
        return c.getRed() - c.getGreen();
    }

    /** The device pixel of the slide's centre plus an offset in logical pixels. */
    private static double centreX(double dx) {
        return (WIDTH / 2.0 + dx) * SCALE;
    }

    private static double centreY(double dy) {
        return (HEIGHT / 2.0 + dy) * SCALE;
    }

    /** The longest segment of a line feature, as two points in normalised Mercator (x0, y0, x1, y1). */
    private static double[] longestSegment(AtlasFeature f) {
        double[] best = null;
        Coordinate[] cs = f.geometry().getCoordinates();
        for (int i = 1; i < cs.length; i++) {
            double[] s = {WebMercator.x(cs[i - 1].x), WebMercator.y(cs[i - 1].y), WebMercator.x(cs[i].x),
                    WebMercator.y(cs[i].y)};
            if (best == null || Math.hypot(s[2] - s[0], s[3] - s[1]) > Math.hypot(best[2] - best[0],
                    best[3] - best[1])) {
                best = s;
            }
        }
        assertTrue(best != null, f + " has no segment");
        return best;
    }

    @Test
    void aConfuciusInstituteIsAStarWithEmptyNotches() {
        // Daejin University, Pocheon: no city of the base map is named there, so no label covers the star.
        AtlasFeature daejin = feature("ci-daejin");
        Coordinate at = daejin.geometry().getCoordinate();
        BufferedImage img = slide(at.x, at.y, 8, "confucius-institutes", 2018);
        double r = ThematicStyle.point("confucius-institute").radius();
        StringBuilder seen = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            double point = Math.PI / 2 + k * 2 * Math.PI / 5;
            double notch = point + Math.PI / 5;
            // Inside each of the five points, where the star is wide enough for its own colour...
            int inPoint = redness(img, centreX(0.65 * r * Math.cos(point)), centreY(-0.65 * r * Math.sin(point)));
            // ... and in each notch, which a round symbol of the same size would fill.
            int inNotch = redness(img, centreX(0.83 * r * Math.cos(notch)), centreY(-0.83 * r * Math.sin(notch)));
            seen.append(String.format(" point %d: %d, notch %d: %d;", k, inPoint, k, inNotch));
            assertTrue(inPoint > 80, "the star's colour in point " + k + ":" + seen);
            assertTrue(inNotch < 30, "the map in notch " + k + ":" + seen);
        }
    }

    @Test
    void aSchematicRouteIsBroken() {
        // Straight segments through the border ports in the printed order: not a railway alignment.
        AtlasFeature route = feature("rail-border-ports-laoheishan-mohe");
        assertTrue(route.properties().get("geometryMethod").toString().startsWith("schematic"));
        double[] s = longestSegment(route);
        double zoom = 7;
        double world = WebMercator.worldSize(zoom);
        double cx = (s[0] + s[2]) / 2;
        double cy = (s[1] + s[3]) / 2;
        BufferedImage img = slide(WebMercator.lon(cx), WebMercator.lat(cy), zoom, "railway", 2018);
        double length = Math.hypot(s[2] - s[0], s[3] - s[1]) * world;
        double ux = (s[2] - s[0]) * world / length;
        double uy = (s[3] - s[1]) * world / length;
        int line = 0;
        int gaps = 0;
        int runs = 0;
        boolean inGap = false;
        // Along 160 logical pixels of the segment's middle, one sample per device pixel.
        for (double t = -80; t <= 80; t += 1 / SCALE) {
            int red = redness(img, centreX(t * ux), centreY(t * uy));
            if (red > 80) {
                line++;
                inGap = false;
            } else if (red < 30) {
                gaps++;
                runs += inGap ? 0 : 1;
                inGap = true;
            }
        }
        String seen = "line " + line + ", gap " + gaps + " in " + runs + " runs";
        assertTrue(line > 100, "the railway's colour along most of it: " + seen);
        // A dash of 3 on 5 off (round caps eat 3 of the 5) every 8 pixels: about 20 gaps in 160 pixels.
        assertTrue(runs >= 12, "broken every few pixels: " + seen);
    }

    @Test
    void aRouteIsFaintBeforeTheYearItOpened() {
        // The Skovorodino-Mohe crude oil pipeline (opened 2011), on its first segment, where no other line runs.
        AtlasFeature pipeline = feature("pipe-skovorodino-mohe-daqing-crude");
        assertEquals(2011, pipeline.openedYear().orElse(0));
        Coordinate[] cs = pipeline.geometry().getCoordinates();
        double lon = WebMercator.lon((WebMercator.x(cs[0].x) + WebMercator.x(cs[1].x)) / 2);
        double lat = WebMercator.lat((WebMercator.y(cs[0].y) + WebMercator.y(cs[1].y)) / 2);
        Color map = colour(slide(lon, lat, 7, "places", 2012));
        double before = distance(colour(slide(lon, lat, 7, "pipeline", 2010)), map);
        double after = distance(colour(slide(lon, lat, 7, "pipeline", 2012)), map);
        String seen = String.format(" (away from the map alone: %.0f in 2010, %.0f in 2012)", before, after);
        assertTrue(after > 300, "in 2012 the pipeline's own green" + seen);
        assertTrue(before < 0.6 * after, "fainter in 2010, before it opened" + seen);
        assertTrue(before > 60, "but still drawn in 2010" + seen);
    }

    /** The colour at the slide's centre. */
    private static Color colour(BufferedImage img) {
        return new Color(img.getRGB((int) centreX(0), (int) centreY(0)));
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
