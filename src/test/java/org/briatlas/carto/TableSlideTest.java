package org.briatlas.carto;

import org.briatlas.i18n.Messages;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slides of a stop that names a table: the map on the left, shaded by the year's trade, and the table on the
 * right, charted as the window charts it, with the flagged figures in red and the year marked; a table of text
 * as lists. Looks at the pixels of real slides of the shipped data.
 */
class TableSlideTest {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 640;
    /** Where the table's panel starts. */
    private static final int PANEL = (int) Math.round(WIDTH * SlideRenderer.MAP_SHARE_WITH_TABLE);

    private static PaperStatistics statistics;
    private static SlideRenderer slides;
    private static SlideRenderer unshaded;

    @BeforeAll
    static void load() throws IOException {
        BaseMapData base = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        AtlasData atlas = new AtlasDataReader().read(AtlasDataReader.shipped());
        statistics = PaperStatistics.shipped();
        slides = new SlideRenderer(new MapComposer(base, atlas, statistics), Messages.bundle("en"));
        // The same tables and findings, without trade figures and country outlines to shade.
        PaperStatistics noShading = new PaperStatistics(statistics.tables(), statistics.findings(),
                new org.briatlas.analysis.TradeByCountry(List.of()), List.of());
        unshaded = new SlideRenderer(new MapComposer(base, atlas, noShading), Messages.bundle("en"));
    }

    /** The five-links tour's stop on the crude oil pipeline, in 2011, with a table (or none). */
    private static BufferedImage slide(SlideRenderer r, Integer table, int year) {
        Tour.Stop stop = new Tour.Stop(124.5, 50.3, 6, List.of("pipeline", "places"), null, year, table,
                Map.of("en", "The pipeline"), Map.of());
        return r.render(stop, 3, 9, "en", WIDTH, HEIGHT, 1);
    }

    /** Pixels within {@code tolerance} (per channel) of a colour, in a rectangle. */
    private static int count(BufferedImage img, Color want, int tolerance, int x0, int y0, int w, int h) {
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

    private static int right(BufferedImage img, Color c) {
        return count(img, c, 24, PANEL + 2, 0, WIDTH - PANEL - 2, HEIGHT);
    }

    @Test
    void aStopWithTable4ShowsItsChartWithTheFlaggedFiguresInRed() {
        BufferedImage with = slide(slides, 4, 2011);
        BufferedImage without = slide(slides, null, 2011);
        Color firstSeries = TableChart.colour(0);
        Color secondSeries = TableChart.colour(1);
        assertTrue(right(with, firstSeries) > 300, "the first series' line: " + right(with, firstSeries));
        assertTrue(right(with, secondSeries) > 300, "the second series' line: " + right(with, secondSeries));
        // The four misplaced decimal points of the imports (2011-2014), red on the chart in the panel's upper half.
        int flags = count(with, TableChart.FLAG, 24, PANEL + 2, 0, WIDTH - PANEL - 2, HEIGHT / 2);
        assertTrue(flags > 200, "red flags on the chart: " + flags);
        assertTrue(right(with, TableChart.FLAG) > flags + 200, "and their notes under it: " + right(with, TableChart.FLAG));
        // Without the table the right half is map: none of the chart's colours.
        assertEquals(0, right(without, firstSeries) + right(without, TableChart.FLAG), "no chart without a table");
        // The panel is the table's: the map keeps the left part.
        Color panel = new Color(with.getRGB(WIDTH - 10, HEIGHT / 2));
        assertTrue(panel.getRed() > 245 && panel.getGreen() > 245 && panel.getBlue() > 245, "white panel: " + panel);
    }

    @Test
    void aTableWithoutFindingsHasAChartButNoRed() {
        // Table 8 (foreign investment) adds up everywhere.
        assertEquals(List.of(), statistics.findingsOf(8));
        BufferedImage t8 = slide(slides, 8, 2014);
        assertTrue(right(t8, TableChart.colour(0)) > 300, "its chart");
        assertEquals(0, right(t8, TableChart.FLAG), "no flags");
    }

    @Test
    void theYearOfTheStopIsMarkedOnTheChart() {
        // The dashed year line is the only use of its colour in the plot; it moves with the year.
        int x2011 = yearLineX(slide(slides, 4, 2011));
        int x2016 = yearLineX(slide(slides, 4, 2016));
        assertTrue(x2011 > PANEL && x2016 > x2011 + 100, "year line at " + x2011 + " (2011), " + x2016 + " (2016)");
    }

    /** The column of the panel's upper half with the most pixels of the year's colour. */
    private static int yearLineX(BufferedImage img) {
        int best = -1;
        int most = 0;
        for (int x = PANEL + 2; x < WIDTH; x++) {
            int n = count(img, TableChart.YEAR, 12, x, 90, 1, HEIGHT / 3);
            if (n > most) {
                most = n;
                best = x;
            }
        }
        assertTrue(most > 40, "a dashed line: " + most + " px at " + best);
        return best;
    }

    @Test
    void theMapPartIsShadedByTheYearsTrade() {
        // Russia fills the north of this view: with the trade figures (18.99 billion USD in 2011) its pixels are
        // the unshaded ones under the shade of that class, at the map's opacity; China and the sea stay as they were.
        BufferedImage shaded = slide(slides, 4, 2011);
        BufferedImage plain = slide(unshaded, 4, 2011);
        Color shade = new Color(ThematicStyle.shade(org.briatlas.analysis.TradeByCountry.shadeClass(18.99)));
        double a = ThematicStyle.SHADE_ALPHA;
        int underShade = 0;
        int same = 0;
        for (int y = 0; y < HEIGHT; y += 2) {
            for (int x = 0; x < PANEL; x += 2) {
                Color s = new Color(shaded.getRGB(x, y));
                Color p = new Color(plain.getRGB(x, y));
                boolean blended = Math.abs(s.getRed() - (p.getRed() * (1 - a) + shade.getRed() * a)) <= 2
                        && Math.abs(s.getGreen() - (p.getGreen() * (1 - a) + shade.getGreen() * a)) <= 2
                        && Math.abs(s.getBlue() - (p.getBlue() * (1 - a) + shade.getBlue() * a)) <= 2;
                underShade += blended && !s.equals(p) ? 1 : 0;
                same += s.equals(p) ? 1 : 0;
            }
        }
        int all = (HEIGHT / 2) * (PANEL / 2);
        assertTrue(underShade > all / 5, "shaded pixels: " + underShade + " of " + all);
        assertTrue(same > all / 5, "and China, the sea and the rest as they were: " + same + " of " + all);
        // Past the map, the panel is the same table either way.
        assertEquals(shaded.getRGB(WIDTH - 5, HEIGHT - 5), plain.getRGB(WIDTH - 5, HEIGHT - 5));
    }

    @Test
    void table1IsListedAsText() {
        BufferedImage t1 = slide(slides, 1, 2014);
        int ink = count(t1, new Color(33, 33, 33), 30, PANEL + 2, 0, WIDTH - PANEL - 2, HEIGHT / 2);
        assertTrue(ink > 500, "text in the panel: " + ink);
        assertEquals(0, right(t1, TableChart.colour(0)), "no chart");
        // The 2014 entries are marked in the year's colour.
        assertTrue(count(t1, TableChart.YEAR, 6, PANEL + 2, 0, 40, HEIGHT / 2) > 30, "year marks in the margin");
    }

    @Test
    void aTableTheAtlasDoesNotHaveLeavesTheWholeSlideToTheMap() {
        // Table 2 is the corridors themselves, drawn on the map, not a table beside it.
        BufferedImage t2 = slide(slides, 2, 2011);
        BufferedImage none = slide(slides, null, 2011);
        for (int x = PANEL + 10; x < WIDTH; x += 37) {
            assertEquals(none.getRGB(x, HEIGHT / 2), t2.getRGB(x, HEIGHT / 2), "x " + x);
        }
    }

    @Test
    void findingsAreShortSentencesInTheSlidesLanguage() {
        StatTable t6 = statistics.table(6).orElseThrow();
        Finding header = statistics.findingsOf(6).stream().filter(f -> f.kind() == Finding.Kind.HEADER)
                .findFirst().orElseThrow();
        assertEquals("The header \u201cExport volume\u201d is contradicted by the values: the column is the total less "
                + "its other parts, so it cannot be a second \u201cExport volume\u201d",
                new TablePanel(Messages.bundle("en")).describe(t6, header));
        String zh = new TablePanel(Messages.bundle("zh")).describe(t6, header);
        assertTrue(zh.startsWith("表头“出口额”（原文“Export volume”）与数值不符"), zh);
        StatTable t4 = statistics.table(4).orElseThrow();
        Finding decimal = statistics.findingsOf(4).get(0);
        assertEquals("2011, Import Volume: decimal point in the wrong place: printed 1.464, should be 14.64",
                new TablePanel(Messages.bundle("en")).describe(t4, decimal));
    }
}
