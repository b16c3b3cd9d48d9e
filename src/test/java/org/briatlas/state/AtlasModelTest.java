package org.briatlas.state;

import org.briatlas.carto.PlaceLabel;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application model's rules, without the toolkit: background work on executors the test runs by
 * hand, so each step of loading can be looked at.
 */
class AtlasModelTest {

    private final TestModels.Queue background = new TestModels.Queue();
    private final ResourceBundle english = org.briatlas.i18n.Messages.bundle("en");

    private AtlasModel shippedOnQueue() {
        return new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), background, TestModels.SAME_THREAD);
    }

    private static Tour fiveLinks() throws Exception {
        try (var in = AtlasModelTest.class.getResourceAsStream("/tours/five-links.json")) {
            return org.briatlas.io.TourFile.read(in, "five-links.json");
        }
    }

    @Test
    void aTourAskedForBeforeTheDataHasLoadedStartsOnceItHasWithItsSelectionAndTable() throws Exception {
        AtlasModel model = shippedOnQueue();
        model.load();
        assertEquals(AtlasContent.Phase.LOADING, model.content().phase());
        // --tour=five-links at start: stop 3 selects the crude pipeline and shows Table 4.
        model.classroom().play(fiveLinks(), 2);
        assertNull(model.classroom().playback().tourProperty().get(), "nothing is played on empty data");
        background.runAll();
        assertEquals(AtlasContent.Phase.READY, model.content().phase());
        assertEquals(2, model.classroom().playback().indexProperty().get());
        assertEquals("pipe-skovorodino-mohe-daqing-crude", model.selected().id());
        assertEquals(4, model.shownTableProperty().get());
        assertEquals(SideTab.STATISTICS, model.shownTabProperty().get());
        assertEquals(2011, model.year());
    }

    @Test
    void theCountryOutlinesReachThePainterWhicheverPartLoadsFirst() {
        // Three tasks queued: corridors, tables, labels. Run the tables first, then the corridors.
        AtlasModel model = shippedOnQueue();
        model.load();
        Runnable corridors = background.takeFirst();
        background.runOne();
        corridors.run();
        background.runAll();
        RecordingSurfaceCount s = new RecordingSurfaceCount();
        org.briatlas.carto.ThematicFrame f = new org.briatlas.carto.ThematicFrame(
                org.briatlas.geo.WebMercator.worldSize(4), 0, 0, 4096, 4096, l -> true, null, null, 2018, 1,
                model.content().tradeProperty().get(), java.util.Set.of(), null);
        model.content().thematicsProperty().get().painter().paint(s, f);
        assertTrue(s.paths > 0, "countries shaded");
    }

    /** Counts the country paths a painter fills. */
    private static final class RecordingSurfaceCount implements org.briatlas.carto.Surface {
        int paths;

        public void setStroke(int argb) { }

        public void setFill(int argb) { }

        public void setLineWidth(double width) { }

        public void setDash(double[] dashOrNull) { }

        public void setAlpha(double alpha) { }

        public void strokePolyline(double[] xs, double[] ys, int n) { }

        public void fillPolygon(double[] xs, double[] ys, int n) { }

        public void strokePolygon(double[] xs, double[] ys, int n) { }

        public void fillOval(double x, double y, double w, double h) { }

        public void strokeOval(double x, double y, double w, double h) { }

        public void fillRect(double x, double y, double w, double h) { }

        public void strokeRect(double x, double y, double w, double h) { }

        public void beginPath() { }

        public void moveTo(double x, double y) { }

        public void lineTo(double x, double y) { }

        public void closePath() { }

        public void fillEvenOdd() {
            paths++;
        }

        public void stroke() { }

        public void drawRaster(int[] argb, int width, int height, double x, double y, double cell) { }
    }

    @Test
    void aTourFileThatCannotBeReadBecomesANotice() {
        AtlasModel model = TestModels.loaded();
        model.classroom().open("/nonexistent/tour.json");
        assertEquals(1, model.notices().size());
        assertEquals("tour-error", model.notices().get(0).id());
        assertTrue(model.notices().get(0).detail().contains("tour.json"), model.notices().get(0).detail());
        assertNull(model.classroom().playback().tourProperty().get());
    }

    @Test
    void twoTasksAreListedSideBySideAndTheFirstToEndLeavesTheOther() {
        AtlasModel model = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), background,
                TestModels.SAME_THREAD);
        BackgroundTask<String> a = model.run(StatusMessage.info("task.corridors"), p -> {
            p.progress(1, 2);
            return "a";
        }, v -> { }, e -> { });
        BackgroundTask<String> b = model.run(StatusMessage.info("task.statistics"), p -> "b", v -> { }, e -> { });
        assertEquals(List.of(a, b), model.tasks());
        background.runOne();
        assertTrue(a.isDone());
        assertEquals(List.of(b), model.tasks(), "the other task still shows");
        assertFalse(b.isDone());
        assertEquals(-1, b.progressProperty().get(), "its own progress, not the first task's");
        background.runOne();
        assertEquals(List.of(), model.tasks());
        assertEquals("b", b.value());
    }

    @Test
    void aCancelledTaskEndsCancelledAndCallsNeitherCallback() {
        AtlasModel model = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), background,
                TestModels.SAME_THREAD);
        List<String> called = new ArrayList<>();
        BackgroundTask<Integer> t = model.run(StatusMessage.info("task.slides", "x"), p -> {
            int n = 0;
            while (!p.cancelled() && n < 1000) {
                n++;
            }
            return n;
        }, v -> called.add("ok"), e -> called.add("failed"));
        t.cancel();
        background.runAll();
        assertEquals(BackgroundTask.State.CANCELLED, t.stateProperty().get());
        assertEquals(List.of(), called);
    }

    /** Sources whose corridors cannot be read at all. */
    private static AtlasSources failingCorridors() {
        AtlasSources shipped = AtlasSources.shipped(TestModels.baseMap());
        return new AtlasSources() {
            @Override
            public AtlasData corridors() throws IOException {
                throw new IOException("geo/corridors/railway.geojson: unexpected end of file at line 12");
            }

            @Override
            public Statistics statistics() throws Exception {
                return shipped.statistics();
            }

            @Override
            public List<PlaceLabel> labels() throws Exception {
                return shipped.labels();
            }
        };
    }

    @Test
    void corridorsThatFailToLoadEndLoadingWithAMessageNamingTheFileAndTheReason() {
        AtlasModel model = new AtlasModel(failingCorridors(), TestModels.SAME_THREAD, TestModels.SAME_THREAD);
        model.load();
        assertEquals(AtlasContent.Phase.FAILED, model.content().phase());
        StatusMessage status = model.statusProperty().get();
        assertEquals(StatusMessage.Severity.ERROR, status.severity());
        String text = status.format(english);
        assertTrue(text.contains("geo/corridors/railway.geojson") && text.contains("unexpected end of file"), text);
        assertFalse(text.contains("Drawing the base map"), "no longer loading: " + text);
        assertEquals("data-failed", model.notices().get(0).id());
        assertTrue(model.content().statisticsLoadedProperty().get(), "the tables still load");
    }

    @Test
    void theShippedDataLoadsIntoTheContentAndSaysHowMuch() {
        AtlasModel model = TestModels.loaded();
        assertEquals(AtlasContent.Phase.READY, model.content().phase());
        assertEquals(125, model.content().data().features().size());
        assertEquals("125 corridors and places on the map", model.statusProperty().get().format(english));
        assertFalse(model.content().tablesProperty().get().isEmpty());
        assertFalse(model.content().labelsProperty().get().isEmpty());
        assertEquals(List.of(), model.tasks());
    }

    @Test
    void choosingACountryAlwaysFiresShowsItsFirstTableAndOutlinesTheTablesCountries() {
        AtlasModel model = TestModels.loaded();
        List<CountryChoice> seen = new ArrayList<>();
        model.countryChoiceProperty().addListener((o, was, now) -> seen.add(now));
        model.chooseCountry("RU");
        model.showTab(SideTab.DETAILS);
        model.chooseCountry("RU");
        assertEquals(2, seen.size(), "the same country chosen twice is seen twice");
        assertEquals("RU", model.chosenCountry());
        assertEquals(SideTab.STATISTICS, model.shownTabProperty().get());
        assertEquals(4, model.shownTableProperty().get());
        assertTrue(model.highlightedCountries().contains("RU"));
        model.showTab(SideTab.TIMELINE);
        assertTrue(model.highlightedCountries().isEmpty(), "outlines only while the statistics show");
        model.chooseCountry(null);
        assertNull(model.chosenCountry());
    }

    @Test
    void theSelectionShowsItsDetailsUnlessTheListIsOpenAndAFocusAsksTheMapToFlyThere() {
        AtlasModel model = TestModels.loaded();
        AtlasFeature crude = model.content().data().byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow();
        model.showTab(SideTab.TIMELINE);
        model.select(crude);
        assertEquals(SideTab.DETAILS, model.shownTabProperty().get());
        model.showTab(SideTab.LIST);
        ViewRequest before = model.viewRequestProperty().get();
        model.focus(crude);
        assertEquals(SideTab.LIST, model.shownTabProperty().get());
        assertNotEquals(before, model.viewRequestProperty().get());
        assertSame(crude, model.viewRequestProperty().get().feature());
        ViewRequest first = model.viewRequestProperty().get();
        model.focus(crude);
        assertNotEquals(first, model.viewRequestProperty().get(), "asking twice moves the map twice");
        assertEquals(List.of("RU"), model.countriesOf(crude), "the pipeline comes from Russia");
    }

    @Test
    void yearsAreClampedAndLayersShownByTheIdsOfATourStop() {
        AtlasModel model = TestModels.loaded();
        model.setYear(1990);
        assertEquals(AtlasModel.FIRST_YEAR, model.year());
        model.setYear(2050);
        assertEquals(AtlasModel.LAST_YEAR, model.year());
        model.setVisible(AtlasLayer.USER, true);
        model.showOnlyLayers(List.of("railway", "places"));
        assertTrue(model.isVisible(AtlasLayer.RAILWAY) && model.isVisible(AtlasLayer.PLACES));
        assertFalse(model.isVisible(AtlasLayer.PIPELINE));
        assertTrue(model.isVisible(AtlasLayer.USER), "a tour stop leaves the user's own layer alone");
        model.showOnlyLayers(List.of());
        assertTrue(model.isVisible(AtlasLayer.PIPELINE), "no ids: every layer");
        model.moveLayer(AtlasLayer.PLACES, 0);
        assertEquals(AtlasLayer.PLACES, model.layerOrder().get(0));
    }

    @Test
    void presentationFoldsThePanelAStopWithATableUnfoldsItAndTheTypeSizeStaysInRange() throws Exception {
        AtlasModel model = TestModels.loaded();
        model.setPresenting(true);
        assertFalse(model.sidePanelShownProperty().get());
        model.classroom().play(fiveLinks(), 2);
        assertTrue(model.sidePanelShownProperty().get(), "stop 3 shows Table 4");
        model.classroom().playback().next();
        assertFalse(model.sidePanelShownProperty().get(), "stop 4 has no table");
        for (int i = 0; i < 20; i++) {
            model.adjustTypeSize(4);
        }
        assertEquals(AtlasModel.MAX_PRESENTATION_TYPE, model.typeSizeProperty().get());
        model.setPresenting(false);
        assertTrue(model.sidePanelShownProperty().get());
        assertThrows(IllegalArgumentException.class, () -> model.setLanguage("de"));
    }

    @Test
    void aTourEndsWhereItStarted() throws Exception {
        AtlasModel model = TestModels.loaded();
        MapViewpoint start = new MapViewpoint(131.15, 44.4, 8);
        model.reportViewpoint(start);
        model.setVisible(AtlasLayer.HIGHWAY, false);
        model.setYear(2009);
        AtlasFeature bridge = model.content().data().byId("bridge-heihe-blagoveshchensk-highway").orElseThrow();
        model.select(bridge);
        model.classroom().play(fiveLinks(), 2);
        assertFalse(model.isVisible(AtlasLayer.RAILWAY), "the stop's layers");
        model.classroom().playback().next();
        model.reportViewpoint(new MapViewpoint(131, 44.5, 6));
        model.classroom().end();
        assertTrue(model.isVisible(AtlasLayer.RAILWAY) && !model.isVisible(AtlasLayer.HIGHWAY), "layers as before");
        assertEquals(2009, model.year());
        assertSame(bridge, model.selected());
        assertEquals(start, model.viewRequestProperty().get().view(), "the map flies back");
        model.classroom().end();
        assertEquals(2009, model.year(), "ending again changes nothing");
    }

    @Test
    void aCapturedStopRecordsTheViewLayersSelectionYearAndTable() {
        AtlasModel model = TestModels.loaded();
        assertNull(model.classroom().captureStop(), "no view before the map has one");
        model.reportViewpoint(new MapViewpoint(131.1500001, 44.4, 7.004));
        model.setVisible(AtlasLayer.RAILWAY, false);
        model.setYear(2012);
        model.select(model.content().data().byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow());
        model.showTable(9);
        Tour.Stop s = model.classroom().captureStop();
        assertEquals(131.15, s.lon(), 1e-9);
        assertEquals(7.0, s.zoom(), 1e-9);
        assertFalse(s.layers().contains("railway"));
        assertTrue(s.layers().contains("pipeline"));
        assertEquals("pipe-skovorodino-mohe-daqing-crude", s.feature());
        assertEquals(2012, s.year());
        assertEquals(9, s.table());
        model.showTab(SideTab.DETAILS);
        assertNull(model.classroom().captureStop().table(), "a table counts only while it shows");
        assertEquals(Map.of(), s.caption());
    }

    @Test
    void theEditorStartsOnTheTourBeingPlayedUnlessTheDraftHasChanges() throws Exception {
        AtlasModel model = TestModels.loaded();
        Tour five = fiveLinks();
        model.classroom().play(five);
        model.classroom().openEditor();
        assertEquals(five.stops().size(), model.classroom().draft().stops().size());
        model.classroom().closeEditor();
        model.classroom().draft().setTitle("en", "Mine");
        model.classroom().end();
        model.classroom().openEditor();
        assertEquals("Mine", model.classroom().draft().title("en"), "unsaved changes are never replaced");
        assertNotNull(model.classroom().shippedTours().get("five-links.json"));
    }
}
