package org.briatlas.app;

import javafx.scene.canvas.Canvas;
import javafx.scene.chart.LineChart;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.panels.StatisticsPanel;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The paper's tables beside the map: flags, exports, the year control's shading, countries on the map. */
class StatisticsWindowTest extends WindowTestBase {

    private StatisticsPanel statistics() throws Exception {
        fx(() -> model.showTab(SideTab.STATISTICS));
        waitUntil(() -> onFx(() -> window.statistics()) != null && present("#stats-chart"));
        return onFx(() -> window.statistics());
    }

    @Test
    void statisticsShowTheTablesWithTheirFlagsAndExportWithTheirSource(@TempDir Path dir) throws Exception {
        StatisticsPanel stats = statistics();
        fx(() -> model.showTable(4));
        waitUntil(() -> present("#stats-chart"));
        assertEquals("Unit: billion dollars", labelText("#stats-unit"));
        String source = labelText("#stats-source");
        assertTrue(source.startsWith("Source: Department of Commerce of Heilongjiang Province") && source.endsWith(
                "(Table 4 (line 180))"), source);
        // The four misplaced decimal points are marked on the chart, and a corrected series is drawn.
        LineChart<?, ?> chart = node("#stats-chart");
        long flagged = onFx(() -> chart.lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getProperties().containsKey(StatisticsPanel.FLAG)).count());
        assertEquals(4, flagged);
        assertTrue(onFx(() -> chart.getData().stream().anyMatch(s -> s.getName().contains("corrected"))));

        click("#stats-view-table");
        waitUntil(() -> present("#stats-table-view"));
        waitUntil(() -> onFx(() -> robot.from(stage.getScene().getRoot()).lookup(".stats-flagged-cell").queryAll()
                .size()) >= 4);

        Path csv = dir.resolve("table-4.csv");
        Path png = dir.resolve("table-4.png");
        fx(() -> {
            try {
                stats.exportCsv(csv);
                stats.exportPng(png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        String written = Files.readString(csv);
        assertTrue(written.startsWith("# Table 4: Import and export of merchandise trade"), written);
        assertTrue(written.contains("Source: Department of Commerce of Heilongjiang Province"), written);
        assertTrue(written.contains("2011,18.99,154.0,4.35,1.5,1.464,360.0,49.3,24.0"), "printed values unchanged");
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 800 && image.getHeight() > 500, image.getWidth() + "x" + image.getHeight());
    }

    /** Colour of the corridor canvas (shading and corridors, without the tiles) at a map point. */
    private Color canvasColourAt(double lon, double lat) throws Exception {
        MapViewpoint v = view();
        double world = WebMercator.worldSize(v.zoom());
        double x = (WebMercator.x(lon) - WebMercator.x(v.lon())) * world + onFx(() -> map().getWidth()) / 2;
        double y = (WebMercator.y(lat) - WebMercator.y(v.lat())) * world + onFx(() -> map().getHeight()) / 2;
        return onFx(() -> {
            // Lay out now what asked for it (the layer redraws in its layout pass), rather than wait for a pulse:
            // on a loaded machine pulses come late and the snapshot would show the frame before.
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            Canvas c = (Canvas) robot.from(stage.getScene().getRoot()).lookup("#corridor-canvas").query();
            double s = c.getWidth() / map().getWidth();
            WritableImage img = c.snapshot(null, null);
            return img.getPixelReader().getColor((int) (x * s), (int) (y * s));
        });
    }

    @Test
    void theYearControlShadesTheMapAndMarksTheCharts() throws Exception {
        goTo(112, 56, 4);
        fx(() -> model.setYear(2008));
        waitUntil(() -> canvasColourAt(108, 60).getOpacity() > 0.2);
        // The crude pipeline opened in 2011 (cited): in 2008 the legend says why it is faint.
        String notYet = labelText("#legend-not-yet-open");
        assertTrue(notYet.contains("not yet open in 2008"), notYet);
        Color in2008 = canvasColourAt(108, 60);     // Russia: 11.06 bn USD in 2008 (Table 4)
        fx(() -> model.setYear(2009));              // 5.58 bn USD: a lighter class
        waitUntil(() -> !canvasColourAt(108, 60).equals(in2008));
        Color in2009 = canvasColourAt(108, 60);
        assertTrue(in2009.getGreen() > in2008.getGreen(), in2008 + " then " + in2009);
        // Mongolia has no printed figure before 2014 (Table 5): shaded from 2014 on, not in 2013.
        fx(() -> model.setYear(2013));
        waitUntil(() -> canvasColourAt(108, 60).getOpacity() > 0.2);
        Color mongolia2013 = canvasColourAt(100, 45.5);
        fx(() -> model.setYear(2014));
        waitUntil(() -> !canvasColourAt(100, 45.5).equals(mongolia2013));
        fx(() -> model.setYear(2009));

        statistics();
        fx(() -> model.showTable(4));
        waitUntil(() -> onFx(() -> ((LineChart<?, ?>) node("#stats-chart")).getTitle()).contains("2009"));
        LineChart<?, ?> chart = node("#stats-chart");
        long marked = onFx(() -> chart.lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getProperties().containsKey(StatisticsPanel.YEAR_MARK)).count());
        assertTrue(marked >= 3, "2009 marked on each series: " + marked);
    }

    @Test
    void clickingRussiaShowsTheTablesThatConcernIt() throws Exception {
        goTo(112, 56, 4);
        double mapWidth = onFx(() -> map().getWidth());
        robot.clickOn(screenPointOf(108, 60), MouseButton.PRIMARY);
        // A click on a country opens its card at the pointer, and changes no layout.
        waitUntil(() -> present("#country-card") && onFx(() -> node("#country-card").isVisible()));
        assertEquals("Russia", labelText("#country-card-name"));
        String figure = labelText("#country-card-figure");
        assertTrue(figure.contains("2018") && figure.contains("18.19") && figure.contains("Table 4"), figure);
        assertEquals(mapWidth, onFx(() -> map().getWidth()), 1e-9, "the map keeps its width");
        assertTrue(onFx(() -> model.shownTabProperty().get()) != SideTab.STATISTICS, "no tab switch on a click");
        javafx.scene.control.Button openTables = node("#country-card-open");
        fx(openTables::fire);
        waitUntil(() -> "RU".equals(onFx(() -> model.chosenCountry())));
        waitUntil(() -> present("#stats-related-11"));
        for (int table : new int[]{3, 4, 5, 9, 11}) {
            assertTrue(present("#stats-related-" + table), "table " + table);
        }
        assertEquals(4, (int) onFx(() -> window.statistics().shownTable().number()));
        assertTrue(onFx(() -> model.highlightedCountries().contains("RU")));
        // The crude pipeline from Russia offers Russia's statistics from its details; pressing it again still works.
        fx(() -> {
            model.showTable(11);
            model.select(model.content().data().byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow());
        });
        waitUntil(() -> present("#details-stats-RU"));
        javafx.scene.control.Button ru = node("#details-stats-RU");
        fx(ru::fire);
        waitUntil(() -> onFx(() -> model.shownTableProperty().get()) == 4
                && onFx(() -> model.shownTabProperty().get()) == SideTab.STATISTICS);
    }
}
