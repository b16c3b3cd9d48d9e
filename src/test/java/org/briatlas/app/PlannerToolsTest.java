package org.briatlas.app;

import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Polyline;
import org.briatlas.analysis.Geodesic;
import org.briatlas.analysis.network.Route;
import org.briatlas.model.AtlasFeature;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13: a planner measures on the map and finds routes through the window, as a user would. */
class PlannerToolsTest extends WindowTestBase {

    @Test
    void theRulerMeasuresClicksSnapsToPlacesAndTakesItsKeys() throws Exception {
        goTo(129, 45, 7);
        waitUntil(() -> onFx(() -> model.planner().planner()) != null);
        click("#toolbar-measure");
        assertTrue(onFx(() -> model.planner().measuringProperty().get()));
        assertEquals(SideTab.PLANNER, onFx(() -> model.shownTabProperty().get()), "the planner's tab shows the result");
        // A click a few pixels off Harbin and one off Mudanjiang: the points snap to the places.
        AtlasFeature harbin = feature("place-harbin");
        AtlasFeature mudanjiang = feature("place-mudanjiang");
        Point2D h = screenPointOf(harbin.geometry().getCoordinate().x, harbin.geometry().getCoordinate().y);
        Point2D m = screenPointOf(mudanjiang.geometry().getCoordinate().x, mudanjiang.geometry().getCoordinate().y);
        robot.clickOn(h.add(4, 3), MouseButton.PRIMARY);
        robot.clickOn(m.add(-3, 4), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<double[]> pts = onFx(() -> List.copyOf(model.planner().ruler()));
        assertEquals(2, pts.size());
        // Each point snapped onto a place (a point feature: Harbin or one of the places beside it), not left where
        // the click was.
        for (double[] p : pts) {
            assertTrue(onFx(() -> model.content().data().features().stream().filter(AtlasFeature::isPoint)
                    .anyMatch(f -> f.geometry().getCoordinate().x == p[0] && f.geometry().getCoordinate().y == p[1])),
                    "snapped onto a place: " + p[0] + ", " + p[1]);
        }
        assertTrue(Geodesic.distanceKm(pts.get(0)[0], pts.get(0)[1], harbin.geometry().getCoordinate().x,
                harbin.geometry().getCoordinate().y) < 5, "by Harbin");
        double expected = Geodesic.distanceKm(pts.get(0)[0], pts.get(0)[1], pts.get(1)[0], pts.get(1)[1]);
        assertEquals(expected, onFx(() -> model.planner().rulerKm()), 1e-9, "the geodesic between the two points");
        assertTrue(labelText("#planner-ruler-result").contains(org.briatlas.i18n.Formats.km(expected, "en")),
                labelText("#planner-ruler-result"));
        assertNull(onFx(() -> model.selected()), "a click while measuring selects nothing");
        assertTrue(present("#planner-ruler-line"), "the ruler is drawn on the map");
        // Alt places a point freely, Backspace takes it back, Esc ends measuring and keeps the points.
        robot.press(KeyCode.ALT);
        robot.clickOn(m.add(60, 40), MouseButton.PRIMARY);
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, (int) onFx(() -> model.planner().ruler().size()));
        fx(() -> window.map().requestFocus());
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(2, (int) onFx(() -> model.planner().ruler().size()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> model.planner().measuringProperty().get()));
        assertEquals(2, (int) onFx(() -> model.planner().ruler().size()));
        // A route between the ruler's ends, each snapped to the network: Harbin to Mudanjiang by rail or road.
        fx(() -> ((javafx.scene.control.Button) robot.from(stage.getScene().getRoot()).lookup("#planner-find-ruler")
                .query()).fire());
        assertTrue(onFx(() -> !model.planner().routes().isEmpty()), "routed between the ruler's ends");
        assertTrue(onFx(() -> model.planner().routes().get(0).lengthKm()) >= expected, "no shorter than the geodesic");
        // Dragging a point moves it (and does not pan the map).
        var before = view();
        robot.drag(m, MouseButton.PRIMARY).dropTo(m.add(0, 50));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.lon(), view().lon(), 1e-9, "the map did not pan");
        assertTrue(onFx(() -> model.planner().rulerKm()) != expected, "the point moved");
    }

    private static void assertNull(Object o, String message) {
        assertTrue(o == null, message);
    }

    @Test
    void aRouteIsFoundThroughThePanelListedAndDrawn() throws Exception {
        waitUntil(() -> onFx(() -> model.planner().planner()) != null);
        fx(() -> model.showTab(SideTab.PLANNER));
        ComboBox<AtlasFeature> from = node("#planner-from");
        ComboBox<AtlasFeature> to = node("#planner-to");
        waitUntil(() -> onFx(() -> !from.getItems().isEmpty()));
        fx(() -> {
            from.setValue(from.getItems().stream().filter(f -> f.id().equals("place-harbin")).findFirst().orElseThrow());
            to.setValue(to.getItems().stream().filter(f -> f.id().equals("place-busan-port")).findFirst().orElseThrow());
        });
        click("#planner-find");
        TableView<Route> table = node("#planner-routes-table");
        waitUntil(() -> onFx(() -> table.getItems().size()) >= 2);
        Route shortest = onFx(() -> table.getItems().get(0));
        assertTrue(shortest.lengthKm() < onFx(() -> table.getItems().get(1)).lengthKm(), "shortest first");
        assertEquals(0, (int) onFx(() -> model.planner().shownRouteProperty().get()));
        Polyline drawn = node("#planner-route-shown");
        assertNotNull(drawn, "the shown route is drawn on the map");
        assertTrue(onFx(() -> drawn.getPoints().size()) >= 4);
        String details = labelText("#planner-route-details");
        assertTrue(details.contains("Suifenhe / Pogranichny"), "the border crossing is named: " + details);
        // Without sea, Busan cannot be reached: the status says so and the table empties.
        fx(() -> ((javafx.scene.control.CheckBox) robot.from(window.map().getScene().getRoot())
                .lookup("#planner-mode-sea").query()).setSelected(false));
        click("#planner-find");
        waitUntil(() -> onFx(() -> table.getItems().isEmpty()));
        assertTrue(onFx(() -> ((Label) robot.from(stage.getScene().getRoot()).lookup("#status-message").query())
                .getText()).contains("No route joins"));
    }

    @Test
    void theRoutesTableKeepsEveryColumnReadableAfterTheLanguageChanges() throws Exception {
        waitUntil(() -> onFx(() -> model.planner().planner()) != null);
        fx(() -> model.showTab(SideTab.PLANNER));
        ComboBox<AtlasFeature> from = node("#planner-from");
        ComboBox<AtlasFeature> to = node("#planner-to");
        waitUntil(() -> onFx(() -> !from.getItems().isEmpty()));
        fx(() -> {
            from.setValue(from.getItems().stream().filter(f -> f.id().equals("place-harbin")).findFirst().orElseThrow());
            to.setValue(to.getItems().stream().filter(f -> f.id().equals("place-busan-port")).findFirst().orElseThrow());
        });
        click("#planner-find");
        waitUntil(() -> onFx(() -> ((TableView<?>) node("#planner-routes-table")).getItems().size()) >= 2);
        for (String language : List.of("zh", "ru", "en")) {
            fx(() -> model.setLanguage(language));
            // The views are built anew in the language; the routes stay.
            waitUntil(() -> onFx(() -> {
                TableView<?> t = (TableView<?>) robot.from(stage.getScene().getRoot()).lookup("#planner-routes-table")
                        .query();
                return t != null && t.getItems().size() >= 2 && t.getWidth() > 100;
            }));
            WaitForAsyncUtils.waitForFxEvents();
            double[] widths = onFx(() -> {
                TableView<?> t = (TableView<?>) robot.from(stage.getScene().getRoot()).lookup("#planner-routes-table")
                        .query();
                return t.getColumns().stream().mapToDouble(c -> c.getWidth()).toArray();
            });
            double all = java.util.Arrays.stream(widths).sum();
            // Route, km, transfers: none crushed to an ellipsis (each at least a tenth of the table).
            for (int i = 0; i < 3; i++) {
                assertTrue(widths[i] >= all / 10, language + ": column " + i + " is " + widths[i] + " px of " + all);
            }
        }
    }

    @Test
    void theAttributeTableFiltersSortsAndFollowsTheSelectionBothWays() throws Exception {
        fx(() -> model.planner().setAttributesOpen(true));
        waitUntil(() -> onFx(() -> window.attributes().table()) != null);
        org.briatlas.panels.AttributeTable table = onFx(() -> window.attributes().table());
        assertTrue(onFx(() -> window.attributes().stage().isShowing()));
        assertTrue(onFx(() -> window.attributes().stage().getOwner()) == stage, "owned by the atlas window");
        int railways = onFx(() -> model.content().data().layer(org.briatlas.model.AtlasLayer.RAILWAY).size());
        assertEquals(railways, (int) onFx(() -> table.rows().size()));
        javafx.scene.control.TextField filter = onFx(() -> (javafx.scene.control.TextField) window.attributes()
                .stage().getScene().getRoot().lookup("#attributes-filter"));
        fx(() -> filter.setText("suifenhe"));
        List<AtlasFeature> rows = onFx(table::rows);
        assertTrue(!rows.isEmpty() && rows.size() < railways, rows.size() + " of " + railways);
        assertTrue(rows.stream().allMatch(f -> (f.id() + f.name("en") + f.name("zh") + f.citation()).toLowerCase(
                java.util.Locale.ROOT).contains("suifenhe") || f.properties().toString().toLowerCase(java.util.Locale.ROOT)
                .contains("suifenhe")));
        // A row chosen in the table is the map's selection ...
        @SuppressWarnings("unchecked")
        TableView<AtlasFeature> view = onFx(() -> (TableView<AtlasFeature>) window.attributes().stage().getScene()
                .getRoot().lookup("#attributes-rows"));
        fx(() -> view.getSelectionModel().select(0));
        assertEquals(rows.get(0), onFx(() -> model.selected()));
        // ... and a feature chosen on the map is the table's, its layer shown.
        fx(() -> filter.setText(""));
        AtlasFeature pipe = feature("pipe-skovorodino-mohe-daqing-crude");
        fx(() -> model.select(pipe));
        assertEquals(pipe, onFx(() -> view.getSelectionModel().getSelectedItem()));
        assertEquals(org.briatlas.model.AtlasLayer.PIPELINE, onFx(() -> ((ComboBox<?>) window.attributes().stage()
                .getScene().getRoot().lookup("#attributes-layer")).getValue()));
        robot.type(KeyCode.ESCAPE);
        fx(() -> window.attributes().stage().hide());
        assertFalse(onFx(() -> model.planner().attributesOpenProperty().get()), "closing tells the model");
    }

    @Test
    void backgroundWorkInTheStatusBarDoesNotMoveTheMap() throws Exception {
        waitUntil(() -> onFx(() -> model.tasks().isEmpty()));
        double before = onFx(() -> window.map().getHeight());
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        fx(() -> model.run(org.briatlas.state.StatusMessage.info("task.network"), p -> release.await(20,
                java.util.concurrent.TimeUnit.SECONDS), r -> { }, e -> { }));
        waitUntil(() -> present("#status-cancel"));
        assertEquals(before, onFx(() -> window.map().getHeight()), 0.01, "the map keeps its height while work shows");
        release.countDown();
        waitUntil(() -> onFx(() -> model.tasks().isEmpty()));
        assertEquals(before, onFx(() -> window.map().getHeight()), 0.01);
    }
}
