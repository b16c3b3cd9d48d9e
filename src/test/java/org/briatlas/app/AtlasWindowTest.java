package org.briatlas.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.map.AtlasMap;
import org.briatlas.map.OfflineTiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the real atlas headless (Monocle), drives it like a user (drag, wheel, buttons, keys) and
 * checks that the map moved, that every tile came from the offline retriever, and that nothing tried
 * to reach the network.
 */
class AtlasWindowTest {

    private static final List<URI> proxyLookups = new CopyOnWriteArrayList<>();
    private static Path configDir;
    private static javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                proxyLookups.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        configDir = Path.of(System.getProperty("briatlas.config.dir", "target/test-config"));
        deleteTree(configDir);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApplication.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTiles.shared().servedCount() > 4
                && OfflineTiles.shared().pendingCount() == 0);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static AtlasMap atlasMap;

    /** The map node, looked up once on the FX thread (the scene graph is not safe to walk from here). */
    private AtlasMap map() throws Exception {
        if (atlasMap == null) {
            atlasMap = onFx(() -> robot.lookup("#atlas-map").queryAs(AtlasMap.class));
        }
        return atlasMap;
    }

    /** The map's viewpoint, read on the FX thread. */
    private MapViewpoint view() throws Exception {
        AtlasMap m = map();
        return onFx(m::getViewpoint);
    }

    /** Screen centre of a node, computed on the FX thread (TestFX's own lookup races scene changes). */
    private javafx.geometry.Point2D centreOf(String query) throws Exception {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /** Clicks a node found by CSS query, its position read on the FX thread. */
    private void click(String query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centreOf(query), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void startsOnHeilongjiangWithTilesLabelsAndScale() throws Exception {
        AtlasMap m = map();
        waitUntil(() -> onFx(m::placedLabelCount) > 10);
        MapViewpoint v = view();
        assertTrue(v.lon() > 120 && v.lon() < 136 && v.lat() > 43 && v.lat() < 54, "Heilongjiang in view: " + v);
        assertTrue(onFx(() -> robot.lookup("#label-harbin").tryQuery().isPresent()), "Harbin labelled");
        String scale = onFx(m::scaleText);
        assertTrue(scale.endsWith("km"), scale);
        assertTrue(OfflineTiles.shared().servedCount() >= 6, "tiles served " + OfflineTiles.shared().servedCount());
    }

    @Test
    void dragPansWheelAndButtonsZoomKeysPanAndHomeReturns() throws Exception {
        // Start where no other test goes (west of the Urals), so the drag must bring in tiles never drawn before.
        AtlasMap start = map();
        robot.interact(() -> start.setViewpoint(new MapViewpoint(55, 57, 6)));
        waitUntil(() -> Math.abs(view().lon() - 55) < 0.01 && OfflineTiles.shared().pendingCount() == 0);
        long servedBeforeDrag = OfflineTiles.shared().servedCount();
        MapViewpoint before = view();
        robot.moveTo(centreOf("#map-view")).press(MouseButton.PRIMARY).moveBy(-200, 0).moveBy(-100, -50)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> view().lon() > before.lon() + 1);
        assertEquals(before.zoom(), view().zoom(), 1e-9, "dragging does not zoom");
        waitUntil(() -> OfflineTiles.shared().pendingCount() == 0);
        assertTrue(OfflineTiles.shared().servedCount() > servedBeforeDrag, "new tiles drawn offline after the drag");

        String cursor = onFx(() -> robot.lookup("#status-cursor").queryAs(Label.class).getText());
        assertTrue(cursor.contains("\u00b0 N") && cursor.contains("\u00b0 E"), cursor);

        double z0 = view().zoom();
        robot.moveTo(centreOf("#map-view")).scroll(2, javafx.geometry.VerticalDirection.UP);
        waitUntil(() -> Math.abs(view().zoom() - z0) > 0.2);

        double z1 = view().zoom();
        click("#toolbar-zoom-in");
        waitUntil(() -> view().zoom() > z1 + 0.9);
        click("#toolbar-zoom-out");
        click("#toolbar-zoom-out");
        waitUntil(() -> view().zoom() < z1 - 0.9);

        // Clicking may choose a country and open the statistics (the map narrows): measure after the click.
        click("#map-view");
        MapViewpoint beforeKey = view();
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> view().lon() > beforeKey.lon());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> view().lat() < beforeKey.lat());

        click("#toolbar-home");
        waitUntil(() -> Math.abs(view().lon() - 127.85) < 0.5 && Math.abs(view().lat() - 48.7) < 0.7);
    }

    @Test
    void zoomStaysWithinTheAtlasRange() throws Exception {
        AtlasMap m = map();
        robot.interact(() -> m.setViewpoint(new MapViewpoint(126.65, 45.75, 9.5)));
        click("#toolbar-zoom-in");
        click("#toolbar-zoom-in");
        waitUntil(() -> Math.abs(view().zoom() - MapViewpoint.MAX_ZOOM) < 1e-6);
        robot.interact(() -> m.setViewpoint(new MapViewpoint(126.65, 45.75, 2.5)));
        click("#toolbar-zoom-out");
        click("#toolbar-zoom-out");
        waitUntil(() -> Math.abs(view().zoom() - MapViewpoint.MIN_ZOOM) < 1e-6);
        click("#toolbar-home");
        waitUntil(() -> view().zoom() > 5);
    }

    @Test
    void neverTouchesTheNetwork() {
        assertEquals(List.of(), proxyLookups, "proxy lookups mean a URL connection was attempted");
        assertNull(System.getProperty("http.agent"), "Gluon's OpenStreetMap retriever sets http.agent when it loads");
        assertTrue(OfflineTiles.shared().servedCount() > 0);
        assertNotEquals(0, OfflineTiles.shared().requestedCount());
    }

    @Test
    void closingSavesWindowAndViewAtomically() throws Exception {
        AtlasMap m = map();
        robot.interact(() -> m.setViewpoint(new MapViewpoint(131.15, 44.4, 7.25)));
        waitUntil(() -> Math.abs(view().zoom() - 7.25) < 1e-6);
        Stage stage = onFx(() -> (Stage) m.getScene().getWindow());
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            // What AtlasApplication.stop() does on exit.
            window[0] = (MainWindow) stage.getProperties().get(MainWindow.class);
            window[0].saveSettings();
        });
        Path file = configDir.resolve("settings.json");
        assertTrue(Files.exists(file), "settings written to " + file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"zoom\" : 7.25"), json);
        assertTrue(json.contains("131.1"), json);
        // The shutdown hook saves again on exit: an unchanged view must not replace the backup with itself.
        Path backup = configDir.resolve("settings.json.bak");
        String backupBefore = Files.exists(backup) ? Files.readString(backup) : "";
        window[0].saveLatest();
        assertEquals(backupBefore, Files.exists(backup) ? Files.readString(backup) : "");
    }

    /** Screen position of the middle of a feature's longest segment, for the current view. */
    private javafx.geometry.Point2D screenPointOn(org.briatlas.model.AtlasFeature f) throws Exception {
        org.locationtech.jts.geom.Coordinate[] cs = f.geometry().getCoordinates();
        int best = 1;
        double bestLen = -1;
        for (int i = 1; i < cs.length; i++) {
            double len = cs[i].distance(cs[i - 1]);
            if (len > bestLen && Math.abs(cs[i].x - cs[i - 1].x) < 180) {
                bestLen = len;
                best = i;
            }
        }
        double mx = (org.briatlas.geo.WebMercator.x(cs[best].x) + org.briatlas.geo.WebMercator.x(cs[best - 1].x)) / 2;
        double my = (org.briatlas.geo.WebMercator.y(cs[best].y) + org.briatlas.geo.WebMercator.y(cs[best - 1].y)) / 2;
        MapViewpoint v = view();
        double world = org.briatlas.geo.WebMercator.worldSize(v.zoom());
        AtlasMap m = map();
        double x = (mx - org.briatlas.geo.WebMercator.x(v.lon())) * world + onFx(m::getWidth) / 2;
        double y = (my - org.briatlas.geo.WebMercator.y(v.lat())) * world + onFx(m::getHeight) / 2;
        return onFx(() -> m.localToScreen(x, y));
    }

    private org.briatlas.model.AtlasFeature feature(String id) throws Exception {
        MainWindow w = mainWindow();
        waitUntil(() -> !onFx(() -> w.state().dataProperty().get().features().isEmpty()));
        return onFx(() -> w.state().dataProperty().get().byId(id).orElseThrow());
    }

    @Test
    void clickingARouteShowsItsDetailsWithItsCitation() throws Exception {
        org.briatlas.model.AtlasFeature crude = feature("pipe-skovorodino-mohe-daqing-crude");
        AtlasMap m = map();
        robot.interact(() -> m.setViewpoint(new MapViewpoint(124.5, 50.5, 6.5)));
        waitUntil(() -> Math.abs(view().zoom() - 6.5) < 1e-6 && Math.abs(view().lon() - 124.5) < 0.01);
        robot.clickOn(screenPointOn(crude), MouseButton.PRIMARY);
        waitUntil(() -> onFx(() -> robot.lookup("#details-title").tryQuery().isPresent()));
        String title = onFx(() -> robot.lookup("#details-title").queryAs(Label.class).getText());
        assertEquals(crude.name("en"), title);
        String citation = onFx(() -> robot.lookup("#details-citation").queryAs(Label.class).getText());
        assertTrue(citation.startsWith("Table 2"), citation);
        String length = onFx(() -> robot.lookup("#details-length").queryAs(Label.class).getText());
        assertTrue(length.startsWith("Measured along the drawn route"), length);

        // Hide the pipeline layer: the same click now finds nothing and clears the selection.
        click("#legend-pipeline");
        robot.clickOn(screenPointOn(crude), MouseButton.PRIMARY);
        waitUntil(() -> onFx(() -> robot.lookup("#details-none").tryQuery().isPresent()));
        click("#legend-pipeline");
    }

    @Test
    void choosingInTheListSelectsOnTheMapAndFliesThere() throws Exception {
        feature("pipe-skovorodino-mohe-daqing-crude");
        click("#tab-list");
        click("#feature-search");
        robot.write("Vostochny");
        waitUntil(() -> onFx(() -> robot.lookup("#feature-tree").queryAs(javafx.scene.control.TreeView.class)
                .getExpandedItemCount()) >= 2);
        javafx.scene.control.TreeView<?> tree = onFx(() -> robot.lookup("#feature-tree")
                .queryAs(javafx.scene.control.TreeView.class));
        robot.interact(() -> tree.getSelectionModel().select(1));
        Object chosen = onFx(() -> tree.getSelectionModel().getSelectedItem().getValue());
        assertTrue(chosen instanceof org.briatlas.model.AtlasFeature, String.valueOf(chosen));
        org.briatlas.model.AtlasFeature f = (org.briatlas.model.AtlasFeature) chosen;
        MainWindow w = mainWindow();
        assertEquals(f, onFx(() -> w.state().selectedProperty().get()));
        org.locationtech.jts.geom.Point c = f.geometry().getEnvelope().getCentroid();
        waitUntil(() -> Math.abs(view().lon() - c.getX()) < 2 && Math.abs(view().lat() - c.getY()) < 2);
        robot.interact(() -> w.state().selectedProperty().set(null));
        click("#feature-search");
        robot.eraseText("Vostochny".length());
    }

    @Test
    void openingAUserLayerShowsItsValidFeaturesAndReportsTheBadOne() throws Exception {
        feature("pipe-skovorodino-mohe-daqing-crude");
        MainWindow w = mainWindow();
        Path file = Path.of("src/test/resources/fixtures/user-layer.geojson").toAbsolutePath();
        javafx.concurrent.Task<?> task = onFx(() -> w.openLayer(file));
        waitUntil(() -> onFx(task::isDone));
        int shipped = onFx(() -> w.state().dataProperty().get().features().size());
        assertEquals(2, (int) onFx(() -> w.state().dataProperty().get().counts()
                .get(org.briatlas.model.AtlasLayer.USER)));
        String status = onFx(() -> robot.lookup("#status-message").queryAs(Label.class).getText());
        assertTrue(status.contains("user-layer.geojson: 2 features shown; 1 could not be read")
                && status.contains("feature 1 (id swapped)") && status.contains("swapped?"), status);
        waitUntil(() -> onFx(() -> robot.lookup("#data-problems").tryQuery().isPresent()));
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#data-problems").query().getScene().getWindow()).close());
        // Opening it again replaces the user's layer instead of adding to it.
        javafx.concurrent.Task<?> again = onFx(() -> w.openLayer(file));
        waitUntil(() -> onFx(again::isDone));
        assertEquals(shipped, (int) onFx(() -> w.state().dataProperty().get().features().size()));
        robot.interact(() -> robot.lookup("#data-problems").tryQuery()
                .ifPresent(n -> ((javafx.stage.Stage) n.getScene().getWindow()).close()));
    }

    @Test
    void statisticsShowTheTablesWithTheirFlagsAndExportWithTheirSource(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        MainWindow w = mainWindow();
        waitUntil(() -> onFx(w::statistics) != null);
        robot.interact(w::showStatistics);
        org.briatlas.panels.StatisticsPanel stats = onFx(w::statistics);
        robot.interact(() -> stats.showTable(4));
        waitUntil(() -> onFx(() -> robot.lookup("#stats-chart").tryQuery().isPresent()));
        String unit = onFx(() -> robot.lookup("#stats-unit").queryAs(Label.class).getText());
        assertEquals("Unit: billion dollars", unit);
        String source = onFx(() -> robot.lookup("#stats-source").queryAs(Label.class).getText());
        assertTrue(source.startsWith("Source: Department of Commerce of Heilongjiang Province") && source.endsWith(
                "(Table 4 (line 180))"), source);
        // The four misplaced decimal points are marked on the chart, and a corrected series is drawn.
        javafx.scene.chart.LineChart<?, ?> chart = onFx(() -> robot.lookup("#stats-chart")
                .queryAs(javafx.scene.chart.LineChart.class));
        long flagged = onFx(() -> chart.lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getProperties().containsKey(org.briatlas.panels.StatisticsPanel.FLAG)).count());
        assertEquals(4, flagged);
        assertTrue(onFx(() -> chart.getData().stream().anyMatch(s -> s.getName().contains("corrected"))));

        click("#stats-view-table");
        waitUntil(() -> onFx(() -> robot.lookup("#stats-table-view").tryQuery().isPresent()));
        waitUntil(() -> onFx(() -> robot.lookup(".stats-flagged-cell").queryAll().size()) >= 4);

        Path csv = dir.resolve("table-4.csv");
        Path png = dir.resolve("table-4.png");
        robot.interact(() -> {
            try {
                stats.exportCsv(csv);
                stats.exportPng(png);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String written = Files.readString(csv);
        assertTrue(written.startsWith("# Table 4: Import and export of merchandise trade"), written);
        assertTrue(written.contains("Source: Department of Commerce of Heilongjiang Province"), written);
        assertTrue(written.contains("2011,18.99,154.0,4.35,1.5,1.464,360.0,49.3,24.0"), "printed values unchanged");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 800 && image.getHeight() > 500, image.getWidth() + "x" + image.getHeight());
        click("#stats-view-chart");
        click("#tab-details");
    }

    /** Colour of the corridor canvas (shading and corridors, without the tiles) at a map point. */
    private javafx.scene.paint.Color canvasColourAt(double lon, double lat) throws Exception {
        MapViewpoint v = view();
        double world = org.briatlas.geo.WebMercator.worldSize(v.zoom());
        AtlasMap m = map();
        double x = (org.briatlas.geo.WebMercator.x(lon) - org.briatlas.geo.WebMercator.x(v.lon())) * world + onFx(m::getWidth) / 2;
        double y = (org.briatlas.geo.WebMercator.y(lat) - org.briatlas.geo.WebMercator.y(v.lat())) * world + onFx(m::getHeight) / 2;
        return onFx(() -> {
            javafx.scene.canvas.Canvas c = (javafx.scene.canvas.Canvas) robot.lookup("#corridor-canvas").query();
            double s = c.getWidth() / m.getWidth();
            javafx.scene.image.WritableImage img = c.snapshot(null, null);
            return img.getPixelReader().getColor((int) (x * s), (int) (y * s));
        });
    }

    /** The window once its statistics are loaded, the map over Russia, Mongolia and north-east China. */
    private MainWindow statisticsOverRussiaAndChina() throws Exception {
        MainWindow w = mainWindow();
        waitUntil(() -> onFx(w::statistics) != null);
        AtlasMap m = map();
        robot.interact(() -> m.setViewpoint(new MapViewpoint(112, 56, 4)));
        waitUntil(() -> Math.abs(view().lon() - 112) < 0.01);
        return w;
    }

    @Test
    void theYearControlShadesTheMapAndMarksTheCharts() throws Exception {
        MainWindow w = statisticsOverRussiaAndChina();
        AtlasMap m = map();
        robot.interact(() -> w.state().yearProperty().set(2008));
        waitUntil(() -> canvasColourAt(108, 60).getOpacity() > 0.2);
        javafx.scene.paint.Color in2008 = canvasColourAt(108, 60);     // Russia: 11.06 bn USD in 2008 (Table 4)
        robot.interact(() -> w.state().yearProperty().set(2009));          // 5.58 bn USD: a lighter class
        waitUntil(() -> !canvasColourAt(108, 60).equals(in2008));
        javafx.scene.paint.Color in2009 = canvasColourAt(108, 60);
        assertTrue(in2009.getGreen() > in2008.getGreen(), in2008 + " then " + in2009);
        // Mongolia has no printed figure before 2014 (Table 5): shaded from 2014 on, not in 2013.
        robot.interact(() -> w.state().yearProperty().set(2013));
        waitUntil(() -> canvasColourAt(108, 60).getOpacity() > 0.2);
        javafx.scene.paint.Color mongolia2013 = canvasColourAt(100, 45.5);
        robot.interact(() -> w.state().yearProperty().set(2014));
        waitUntil(() -> !canvasColourAt(100, 45.5).equals(mongolia2013));
        robot.interact(() -> w.state().yearProperty().set(2009));

        robot.interact(() -> {
            w.showStatistics();
            w.statistics().showTable(4);
        });
        waitUntil(() -> onFx(() -> robot.lookup("#stats-chart").tryQuery().isPresent()));
        javafx.scene.chart.LineChart<?, ?> chart = onFx(() -> robot.lookup("#stats-chart")
                .queryAs(javafx.scene.chart.LineChart.class));
        assertTrue(onFx(chart::getTitle).contains("2009"), onFx(chart::getTitle));
        long marked = onFx(() -> chart.lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getProperties().containsKey(org.briatlas.panels.StatisticsPanel.YEAR_MARK)).count());
        assertTrue(marked >= 3, "2009 marked on each series: " + marked);
        robot.interact(() -> w.state().yearProperty().set(org.briatlas.state.AtlasState.LAST_YEAR));
    }

    @Test
    void clickingRussiaShowsTheTablesThatConcernIt() throws Exception {
        MainWindow w = statisticsOverRussiaAndChina();
        AtlasMap m = map();
        MapViewpoint v = view();
        double world = org.briatlas.geo.WebMercator.worldSize(v.zoom());
        double x = (org.briatlas.geo.WebMercator.x(108) - org.briatlas.geo.WebMercator.x(v.lon())) * world + onFx(m::getWidth) / 2;
        double y = (org.briatlas.geo.WebMercator.y(60) - org.briatlas.geo.WebMercator.y(v.lat())) * world + onFx(m::getHeight) / 2;
        robot.clickOn(onFx(() -> m.localToScreen(x, y)), MouseButton.PRIMARY);
        waitUntil(() -> "RU".equals(onFx(() -> w.state().selectedCountryProperty().get())));
        waitUntil(() -> onFx(() -> robot.lookup("#stats-related-11").tryQuery().isPresent()));
        for (int table : new int[]{3, 4, 5, 9, 11}) {
            assertTrue(onFx(() -> robot.lookup("#stats-related-" + table).tryQuery().isPresent()), "table " + table);
        }
        assertEquals(4, onFx(() -> w.statistics().shownTable().number()));
        assertTrue(onFx(() -> w.state().highlightedCountries().contains("RU")));
        robot.interact(() -> w.state().selectedCountryProperty().set(null));
        click("#tab-details");
    }

    @Test
    void choosingATimelineEntrySetsTheYearAndSelectsWhatItConcerns() throws Exception {
        MainWindow w = mainWindow();
        feature("rail-harbin-europe-train");
        waitUntil(() -> onFx(w::statistics) != null);
        click("#tab-timeline");
        javafx.scene.control.ListView<?> list = onFx(() -> robot.lookup("#timeline-list")
                .queryAs(javafx.scene.control.ListView.class));
        // Table 1's strategies are on the timeline too.
        assertTrue(onFx(() -> list.getItems().stream().anyMatch(e -> e.toString().contains("The Belt and Road"))));
        int index = onFx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                org.briatlas.panels.TimelinePanel.Entry e = (org.briatlas.panels.TimelinePanel.Entry) list.getItems().get(i);
                if (e.date().equals("2017-01-05")) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0, "the Harbin-Europe train's entry into the China-Europe chart is on the timeline");
        robot.interact(() -> list.getSelectionModel().select(index));
        assertEquals(2017, (int) onFx(() -> w.state().yearProperty().get()));
        assertEquals("rail-harbin-europe-train", onFx(() -> w.state().selectedProperty().get().id()));
        robot.interact(() -> {
            w.state().selectedProperty().set(null);
            w.state().yearProperty().set(org.briatlas.state.AtlasState.LAST_YEAR);
        });
        click("#tab-details");
    }

    @Test
    void playingATourMovesTheMapAndChangesTheCaption() throws Exception {
        MainWindow w = mainWindow();
        feature("pipe-skovorodino-mohe-daqing-crude");
        org.briatlas.model.Tour tour;
        try (java.io.InputStream in = getClass().getResourceAsStream("/tours/five-links.json")) {
            tour = org.briatlas.io.TourFile.read(in, "five-links.json");
        }
        robot.interact(() -> w.playTour(tour));
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("1/9"));
        waitUntil(() -> Math.abs(view().lon() - 100) < 0.5 && Math.abs(view().zoom() - 3.5) < 0.01);
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("2/9"));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("3/9  The Sino-Russian crude oil pipeline"));
        waitUntil(() -> Math.abs(view().lon() - 124.5) < 0.5 && Math.abs(view().zoom() - 6) < 0.01);
        assertEquals("pipe-skovorodino-mohe-daqing-crude", onFx(() -> w.state().selectedProperty().get().id()));
        assertEquals(2011, (int) onFx(() -> w.state().yearProperty().get()));
        assertTrue(onFx(() -> w.state().isVisible(org.briatlas.model.AtlasLayer.PIPELINE)));
        assertTrue(!onFx(() -> w.state().isVisible(org.briatlas.model.AtlasLayer.RAILWAY)), "only the stop's layers");
        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("2/9"));
        Path slides = Files.createTempDirectory("slides");
        javafx.concurrent.Task<Integer> export = onFx(() -> w.exportSlides(tour, slides));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(export::isDone));
        assertEquals(9, (int) onFx(export::getValue));
        try (Stream<Path> files = Files.list(slides)) {
            assertEquals(9, files.filter(f -> f.toString().endsWith(".png")).count());
        }
        deleteTree(slides);
        // Presentation: large type (150% and up, adjustable), the side panel folded away.
        robot.interact(() -> w.setPresenting(true));
        assertTrue(onFx(() -> w.stage().getScene().getRoot().getStyle()).contains("-fx-font-size: 20px"));
        assertEquals(20 / 13.0, onFx(() -> map().corridorLayer().weight()), 1e-9, "corridor lines thicken");
        assertTrue(!onFx(() -> w.legendPane().isVisible()), "the panel's legend goes: the map has its key");
        // A stop with a table unfolds the panel on its chart; one without folds it again.
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("3/9"));
        assertTrue(onFx(() -> robot.lookup("#side-panel").tryQuery().isPresent()), "the table's stop shows the panel");
        assertTrue(!onFx(() -> w.legendPane().isVisible()), "without its legend");
        assertEquals(4, (int) onFx(() -> w.statistics().shownTable().number()));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("4/9"));
        assertTrue(onFx(() -> robot.lookup("#side-panel").tryQuery().map(n -> n.getScene() == null).orElse(true)),
                "a stop without a table folds the panel");
        // With the legend folded away, a key on the map lists the layers that show, and only those.
        assertEquals(keyShowing(w), keyed());
        assertTrue(keyed().contains("map-key-railway"));
        int year = onFx(() -> w.state().yearProperty().get());
        assertTrue(onFx(() -> robot.lookup("#map-key-shading").queryAs(Label.class).getText())
                .contains(String.valueOf(year)), "the key names the year of the shading");
        robot.interact(() -> w.state().visibleProperty(org.briatlas.model.AtlasLayer.RAILWAY).set(false));
        assertEquals(keyShowing(w), keyed());
        assertTrue(!keyed().contains("map-key-railway"), "a hidden layer leaves the key");
        robot.interact(() -> w.state().visibleProperty(org.briatlas.model.AtlasLayer.RAILWAY).set(true));
        robot.type(KeyCode.K);
        assertTrue(!onFx(() -> robot.lookup("#map-key").query().isVisible()), "K hides the key");
        robot.type(KeyCode.K);
        assertTrue(onFx(() -> robot.lookup("#map-key").query().isVisible()), "and shows it again");
        waitUntil(() -> largestLabel() > 18);
        robot.interact(() -> w.adjustTypeSize(4));
        assertTrue(onFx(() -> w.stage().getScene().getRoot().getStyle()).contains("-fx-font-size: 24px"));
        assertEquals(24 / 13.0, onFx(() -> map().corridorLayer().weight()), 1e-9);
        assertTrue(onFx(() -> robot.lookup("#side-panel").tryQuery().map(n -> n.getScene() == null).orElse(true)));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> onFx(() -> map().caption()) == null);
        assertTrue(!onFx(w::isPresenting), "Esc leaves the presentation");
        assertTrue(onFx(() -> robot.lookup("#side-panel").tryQuery().isPresent()), "side panel back");
        assertEquals(1.0, onFx(() -> map().corridorLayer().weight()), 1e-9);
        assertTrue(onFx(() -> robot.lookup("#map-key").tryQuery().isEmpty()), "the key leaves with the presentation");
        waitUntil(() -> largestLabel() < 14);
        robot.interact(() -> {
            for (org.briatlas.model.AtlasLayer l : org.briatlas.model.AtlasLayer.values()) {
                w.state().visibleProperty(l).set(true);
            }
            w.state().selectedProperty().set(null);
            w.state().yearProperty().set(org.briatlas.state.AtlasState.LAST_YEAR);
        });
        click("#tab-details");
    }

    private MainWindow mainWindow() throws Exception {
        return onFx(() -> javafx.stage.Window.getWindows().stream()
                .map(win -> (MainWindow) win.getProperties().get(MainWindow.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
    }

    /** Chooses a language from the toolbar's Language menu, as a click on the item would. */
    private void chooseLanguage(String code) throws Exception {
        robot.interact(() -> robot.lookup("#toolbar-language").queryAs(javafx.scene.control.MenuButton.class)
                .getItems().stream().filter(i -> ("language-" + code).equals(i.getId())).findFirst().orElseThrow().fire());
        atlasMap = null;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> placeNames() throws Exception {
        return onFx(() -> robot.lookup("#place-labels").query().lookupAll("Text").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowInChineseAndRussianAndBack() throws Exception {
        try {
            switchThroughLanguages();
        } finally {
            if (!"Tours".equals(onFx(() -> robot.lookup("#toolbar-tours")
                    .queryAs(javafx.scene.control.MenuButton.class).getText()))) {
                chooseLanguage("en");
            }
        }
    }

    private void switchThroughLanguages() throws Exception {
        MainWindow before = mainWindow();
        MapViewpoint view = view();
        chooseLanguage("zh");
        waitUntil(() -> mainWindow() != before);
        javafx.scene.control.MenuButton tours = onFx(() -> robot.lookup("#toolbar-tours")
                .queryAs(javafx.scene.control.MenuButton.class));
        assertEquals("导览", onFx(tours::getText));
        assertEquals(org.briatlas.carto.Typefaces.CJK, onFx(() -> tours.getFont().getFamily()),
                "the interface is set in the bundled face that has Chinese");
        waitUntil(() -> placeNames().contains("哈尔滨"));
        assertEquals(org.briatlas.carto.Typefaces.CJK, onFx(() -> robot.lookup("#place-labels").query()
                .lookupAll("Text").stream().map(n -> (javafx.scene.text.Text) n)
                .filter(t -> t.getText().equals("哈尔滨")).findFirst().orElseThrow().getFont().getFamily()));
        double pixelsPerDegree = org.briatlas.geo.WebMercator.worldSize(view.zoom()) / 360;
        assertEquals(view.lon(), view().lon(), 16 / pixelsPerDegree, "the view is kept, to within a few pixels");
        assertEquals(view.zoom(), view().zoom(), 1e-6, "the view is kept");
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"zh\""), "the choice is saved");

        MainWindow zh = mainWindow();
        chooseLanguage("ru");
        waitUntil(() -> mainWindow() != zh);
        assertEquals("Экскурсии", onFx(() -> robot.lookup("#toolbar-tours")
                .queryAs(javafx.scene.control.MenuButton.class).getText()));
        waitUntil(() -> placeNames().contains("Харбин"));

        MainWindow ru = mainWindow();
        chooseLanguage("en");
        waitUntil(() -> mainWindow() != ru);
        assertEquals("Tours", onFx(() -> robot.lookup("#toolbar-tours")
                .queryAs(javafx.scene.control.MenuButton.class).getText()));
        waitUntil(() -> placeNames().contains("Harbin"));
        assertTrue(Files.readString(configDir.resolve("settings.json")).contains("\"en\""));
        javafx.scene.control.MenuButton englishTours = onFx(() -> robot.lookup("#toolbar-tours")
                .queryAs(javafx.scene.control.MenuButton.class));
        assertEquals(org.briatlas.carto.Typefaces.LATIN, onFx(() -> englishTours.getFont().getFamily()),
                "English is set in Noto Sans");
        // A caption in Chinese over an English window switches that label to the face that has Chinese.
        robot.interact(() -> {
            try {
                map().setCaption("哈尔滨 Harbin");
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.briatlas.carto.Typefaces.CJK, onFx(() -> robot.lookup("#tour-caption")
                .queryAs(Label.class).getFont().getFamily()));
        robot.interact(() -> {
            try {
                map().setCaption(null);
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    /** The layer rows of the presentation's key on the map. */
    private List<String> keyed() throws Exception {
        return onFx(() -> robot.lookup("#map-key").query().lookupAll(".label").stream()
                .map(Node::getId).filter(id -> id != null && id.startsWith("map-key-") && !id.equals("map-key-shading"))
                .sorted().toList());
    }

    /** The rows the key should have: the visible layers that have features. */
    private List<String> keyShowing(MainWindow w) throws Exception {
        return onFx(() -> java.util.Arrays.stream(org.briatlas.model.AtlasLayer.values())
                .filter(l -> w.state().isVisible(l) && w.state().dataProperty().get().counts().getOrDefault(l, 0) > 0)
                .map(l -> "map-key-" + l.id()).sorted().toList());
    }

    /** Size of the largest place name on the map, in points. */
    private double largestLabel() throws Exception {
        return onFx(() -> robot.lookup("#place-labels").query().lookupAll("Text").stream()
                .mapToDouble(n -> ((javafx.scene.text.Text) n).getFont().getSize()).max().orElse(0));
    }

    /** Hides the editor's error dialogs, returning their texts. */
    private List<String> closeEditorErrors() throws Exception {
        return onFx(() -> {
            List<String> texts = new java.util.ArrayList<>();
            for (javafx.stage.Window win : List.copyOf(javafx.stage.Window.getWindows())) {
                if (win.getScene() != null && win.getScene().getRoot() instanceof javafx.scene.control.DialogPane d
                        && "editor-error".equals(d.getId())) {
                    texts.add(d.getContentText());
                    win.hide();
                }
            }
            return texts;
        });
    }

    @Test
    void aTeacherBuildsATourInTheEditorReordersSavesAndReopensIt() throws Exception {
        MainWindow w = mainWindow();
        AtlasMap m = map();
        org.briatlas.tour.TourEditor e = onFx(w::openTourEditor);
        try {
            buildSaveAndReopen(w, m, e);
        } finally {
            robot.interact(() -> {
                e.dirtyProperty().set(false);
                e.stage().hide();
                w.tourPlayer().stop();
                m.setCaption(null);
                w.state().yearProperty().set(org.briatlas.state.AtlasState.LAST_YEAR);
                for (org.briatlas.model.AtlasLayer l : org.briatlas.model.AtlasLayer.values()) {
                    w.state().visibleProperty(l).set(true);
                }
            });
            closeEditorErrors();
        }
    }

    private void buildSaveAndReopen(MainWindow w, AtlasMap m, org.briatlas.tour.TourEditor e) throws Exception {
        robot.interact(() -> {
            e.newTour();
            m.setViewpoint(new MapViewpoint(131.15, 44.4, 7));
            w.state().visibleProperty(org.briatlas.model.AtlasLayer.RAILWAY).set(false);
            w.state().yearProperty().set(2012);
        });
        click("#editor-add");
        assertEquals(1, (int) onFx(() -> e.stops().size()));
        // A stop without a caption is not saved, and the message names it.
        Path dir = Files.createTempDirectory("tours");
        Path file = dir.resolve("border.json");
        assertTrue(!onFx(() -> e.saveTo(file)));
        assertTrue(closeEditorErrors().get(0).contains("1"));
        assertTrue(Files.notExists(file));
        // Typed text (Monocle sends robot keys to the atlas window, not to this one, so set it as the control would).
        robot.interact(() -> robot.lookup("#editor-caption").queryAs(javafx.scene.control.TextArea.class)
                .setText("Suifenhe crossing"));
        robot.interact(() -> {
            w.state().visibleProperty(org.briatlas.model.AtlasLayer.RAILWAY).set(true);
            w.state().yearProperty().set(2018);
            m.setViewpoint(new MapViewpoint(126.63, 45.75, 8));
        });
        click("#editor-add");
        robot.interact(() -> {
            robot.lookup("#editor-caption").queryAs(javafx.scene.control.TextArea.class).setText("Harbin, the hub");
            robot.lookup("#editor-notes").queryAs(javafx.scene.control.TextArea.class).setText("Ask: why here?");
            robot.lookup("#editor-tour-title").queryAs(javafx.scene.control.TextField.class).setText("Border towns");
        });
        List<org.briatlas.model.Tour.Stop> stops = onFx(e::stops);
        assertEquals(List.of("Suifenhe crossing", "Harbin, the hub"),
                stops.stream().map(s -> s.caption().get("en")).toList());
        assertEquals(131.15, stops.get(0).lon(), 1e-6);
        assertEquals(7, stops.get(0).zoom(), 1e-6);
        assertTrue(!stops.get(0).layers().isEmpty() && !stops.get(0).layers().contains("railway"));
        assertEquals(2012, stops.get(0).year());
        assertEquals(List.of(), stops.get(1).layers(), "all layers on: none listed");
        assertEquals("Ask: why here?", stops.get(1).notes().get("en"));
        // Reorder: the Harbin stop (selected, as just added) moves up.
        click("#editor-up");
        assertEquals("Harbin, the hub", onFx(() -> e.stops().get(0).caption().get("en")));
        assertTrue(onFx(() -> e.saveTo(file)));
        org.briatlas.model.Tour saved = org.briatlas.io.TourFile.read(file);
        assertEquals("Border towns", saved.title().get("en"));
        assertEquals(List.of("Harbin, the hub", "Suifenhe crossing"),
                saved.stops().stream().map(s -> s.caption().get("en")).toList());
        assertEquals(2012, saved.stops().get(1).year());
        // Saving again keeps the previous version as a backup.
        String first = Files.readString(file);
        robot.interact(() -> e.move(1));
        assertTrue(onFx(() -> e.saveTo(file)));
        assertEquals(first, Files.readString(dir.resolve("border.json.bak")));
        assertEquals("Suifenhe crossing", org.briatlas.io.TourFile.read(file).stops().get(0).caption().get("en"));
        // A file that cannot be read is reported, and the tour being edited stays.
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"bri-atlas-tour\", \"version\": 1, \"stops\": [ }");
        assertTrue(!onFx(() -> e.open(bad)));
        assertTrue(closeEditorErrors().get(0).contains("bad.json, line 1"));
        assertEquals(2, (int) onFx(() -> e.stops().size()));
        assertTrue(onFx(() -> e.open(file)));
        assertEquals(file, onFx(() -> e.fileProperty().get()));
        // Play from the editor; the speaker notes follow the tour.
        robot.interact(() -> e.select(1));
        click("#editor-play");
        waitUntil(() -> String.valueOf(onFx(() -> map().caption())).startsWith("2/2  Harbin, the hub"));
        waitUntil(() -> Math.abs(view().lon() - 126.63) < 0.05 && Math.abs(view().zoom() - 8) < 0.01);
        org.briatlas.tour.SpeakerNotes notes = onFx(w::openSpeakerNotes);
        assertEquals("Ask: why here?", onFx(() -> robot.lookup("#notes-text").queryAs(Label.class).getText()));
        robot.interact(() -> w.tourPlayer().previous());
        waitUntil(() -> onFx(() -> robot.lookup("#notes-caption").queryAs(Label.class).getText())
                .equals("Suifenhe crossing"));
        assertTrue(onFx(() -> robot.lookup("#notes-next").queryAs(Label.class).getText()).contains("Harbin, the hub"));
        // The tour's keys work in the notes window too (a teacher may have it focused on the laptop).
        robot.interact(() -> javafx.event.Event.fireEvent(notes.stage().getScene().getRoot(),
                new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN,
                        false, false, false, false)));
        waitUntil(() -> onFx(() -> robot.lookup("#notes-caption").queryAs(Label.class).getText())
                .equals("Harbin, the hub"));
        assertEquals(1, (int) onFx(() -> w.tourPlayer().indexProperty().get()));
        robot.interact(() -> notes.stage().hide());
        // Slides of the tour being edited, off the FX thread, with progress in the status bar.
        Path slides = dir.resolve("slides");
        javafx.concurrent.Task<Integer> export = onFx(() -> e.exportSlides(slides));
        assertTrue(onFx(() -> robot.lookup("#status-work").query().isVisible()), "progress shows");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(export::isDone));
        assertEquals(2, (int) onFx(export::getValue));
        try (Stream<Path> files = Files.list(slides)) {
            assertEquals(List.of("stop-01.png", "stop-02.png"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertTrue(!onFx(() -> robot.lookup("#status-work").query().isVisible()), "progress goes");
        // Cancelling stops the export: nine slides asked for, fewer written.
        org.briatlas.model.Tour five;
        try (java.io.InputStream in = getClass().getResourceAsStream("/tours/five-links.json")) {
            five = org.briatlas.io.TourFile.read(in, "five-links.json");
        }
        Path cancelled = dir.resolve("cancelled");
        javafx.concurrent.Task<Integer> stopped = onFx(() -> {
            javafx.concurrent.Task<Integer> t = w.exportSlides(five, cancelled);
            robot.lookup("#status-cancel").queryAs(javafx.scene.control.Button.class).fire();
            return t;
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(stopped::isDone));
        assertTrue(onFx(stopped::isCancelled));
        Thread.sleep(1500); // let the worker finish the slide it may have been drawing
        try (Stream<Path> files = Files.exists(cancelled) ? Files.list(cancelled) : Stream.empty()) {
            assertTrue(files.filter(f -> f.toString().endsWith(".png")).count() < 9, "the export stopped");
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
