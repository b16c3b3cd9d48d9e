package org.briatlas.app;

import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import org.briatlas.model.AtlasFeature;
import org.briatlas.panels.TimelinePanel;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing what to look at: a click on a route, the list and its search, the timeline. */
class SelectionTest extends WindowTestBase {

    @Test
    void clickingARouteShowsItsDetailsWithItsCitation() throws Exception {
        AtlasFeature crude = feature("pipe-skovorodino-mohe-daqing-crude");
        goTo(124.5, 50.5, 6.5);
        // The second line runs on the first one's path: the two are drawn side by side, the first in slot 0.
        robot.clickOn(screenPointOnBundled(crude, 0, 2), MouseButton.PRIMARY);
        waitUntil(() -> present("#details-title"));
        assertEquals(crude.name("en"), labelText("#details-title"));
        String citation = labelText("#details-citation");
        assertTrue(citation.startsWith("Table 2"), citation);
        String length = labelText("#details-length");
        assertTrue(length.startsWith("Measured along the drawn route"), length);
        String kind = labelText("#details-kind");
        assertTrue(kind.contains("(2011)"), "a year is never grouped like a number: " + kind);
        assertEquals("Pipeline \u00b7 operating (2011)", kind, "the kind is not repeated after the layer");
        javafx.scene.Node details = node("#details");
        java.util.List<String> texts = onFx(() -> details.lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Contract volume:")), "figures in words: " + texts);
        assertTrue(texts.stream().noneMatch(t -> t.contains("contractVolume")), "no raw keys");

        // A click on the line drawn beside it picks that one: picking follows the drawing.
        AtlasFeature second = feature("pipe-mohe-daqing-crude-second-line");
        robot.clickOn(screenPointOnBundled(crude, 1, 2), MouseButton.PRIMARY);
        waitUntil(() -> second.name("en").equals(labelText("#details-title")));

        // Hide the pipeline layer: the same click now finds nothing and clears the selection.
        click("#legend-pipeline");
        robot.clickOn(screenPointOnBundled(crude, 0, 2), MouseButton.PRIMARY);
        waitUntil(() -> present("#details-none"));
    }

    @Test
    void choosingInTheListSelectsOnTheMapAndFliesThere() throws Exception {
        click("#tab-list");
        assertEquals(SideTab.LIST, onFx(() -> model.shownTabProperty().get()));
        click("#feature-search");
        robot.write("Vostochny");
        TreeView<?> tree = node("#feature-tree");
        waitUntil(() -> onFx(tree::getExpandedItemCount) >= 2);
        fx(() -> tree.getSelectionModel().select(1));
        Object chosen = onFx(() -> tree.getSelectionModel().getSelectedItem().getValue());
        assertTrue(chosen instanceof AtlasFeature, String.valueOf(chosen));
        AtlasFeature f = (AtlasFeature) chosen;
        assertEquals(f, onFx(() -> model.selected()));
        Point c = f.geometry().getEnvelope().getCentroid();
        waitUntil(() -> Math.abs(view().lon() - c.getX()) < 2 && Math.abs(view().lat() - c.getY()) < 2);
        assertEquals(SideTab.LIST, onFx(() -> model.shownTabProperty().get()), "the list stays open");
    }

    @Test
    void theKeyboardReachesEverything() throws Exception {
        // Every toolbar button is in the Tab order, and the map shows when it has the keys.
        assertTrue(onFx(() -> node("#toolbar-zoom-in").isFocusTraversable()));
        assertTrue(onFx(() -> node("#toolbar-home").isFocusTraversable()));
        fx(() -> window.map().requestFocus());
        assertTrue(onFx(() -> node("#map-focus-ring").isVisible()), "a focus ring on the map");
        // In the search field Down goes into the results; the arrows browse; Enter chooses.
        click("#tab-list");
        click("#feature-search");
        robot.write("Vostochny");
        TreeView<?> tree = node("#feature-tree");
        waitUntil(() -> onFx(tree::getExpandedItemCount) >= 2);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertTrue(onFx(tree::isFocused), "Down moves into the results");
        Object first = onFx(() -> tree.getSelectionModel().getSelectedItem().getValue());
        assertTrue(first instanceof AtlasFeature, String.valueOf(first));
        assertEquals(null, onFx(() -> model.selected()), "browsing does not choose yet");
        assertTrue(!onFx(() -> node("#map-focus-ring").isVisible()));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> onFx(() -> model.selected()) == first);
    }

    @Test
    void choosingATimelineEntrySetsTheYearAndSelectsWhatItConcerns() throws Exception {
        // A tab is built the first time it shows (the timeline's header may be in the tab row's overflow menu).
        assertNull(node("#timeline-list"), "the timeline is not built before its tab shows");
        fx(() -> model.showTab(org.briatlas.state.SideTab.TIMELINE));
        ListView<?> list = node("#timeline-list");
        // Table 1's strategies are on the timeline too.
        assertTrue(onFx(() -> list.getItems().stream().anyMatch(e -> e.toString().contains("The Belt and Road"))));
        int index = onFx(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (((TimelinePanel.Entry) list.getItems().get(i)).date().equals("2017-01-05")) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0, "the Harbin-Europe train's entry into the China-Europe chart is on the timeline");
        fx(() -> list.getSelectionModel().select(index));
        assertEquals(2017, (int) onFx(() -> model.year()));
        assertEquals("rail-harbin-europe-train", onFx(() -> model.selected().id()));
    }
}
