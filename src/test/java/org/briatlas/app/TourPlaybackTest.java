package org.briatlas.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.briatlas.io.TourFile;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.briatlas.state.BackgroundTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher plays a shipped tour, exports its slides and presents it full screen with the map's key. */
class TourPlaybackTest extends WindowTestBase {

    static Tour fiveLinks() throws Exception {
        try (InputStream in = TourPlaybackTest.class.getResourceAsStream("/tours/five-links.json")) {
            return TourFile.read(in, "five-links.json");
        }
    }

    private String caption() throws Exception {
        return String.valueOf(onFx(() -> map().caption()));
    }

    /** The layer rows of the presentation's key on the map. */
    private List<String> keyed() throws Exception {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup("#map-key").query().lookupAll(".label")
                .stream().map(Node::getId)
                .filter(id -> id != null && id.startsWith("map-key-") && !id.equals("map-key-shading")
                        && !id.equals("map-key-not-yet-open")).sorted().toList());
    }

    /** The rows the key should have: the visible layers that have features. */
    private List<String> keyShowing() throws Exception {
        return onFx(() -> Arrays.stream(AtlasLayer.values())
                .filter(l -> model.isVisible(l) && model.content().data().counts().getOrDefault(l, 0) > 0)
                .map(l -> "map-key-" + l.id()).sorted().toList());
    }

    private double largestLabel() throws Exception {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup("#place-labels").query().lookupAll("Text")
                .stream().mapToDouble(n -> ((Text) n).getFont().getSize()).max().orElse(0));
    }

    private boolean sidePanelShown() throws Exception {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup("#side-panel").tryQuery()
                .map(n -> n.getScene() != null).orElse(false));
    }

    @Test
    void playingATourMovesTheMapAndChangesTheCaption(@TempDir Path slides) throws Exception {
        Tour tour = fiveLinks();
        fx(() -> model.classroom().play(tour));
        waitUntil(() -> caption().startsWith("1/9"));
        waitUntil(() -> Math.abs(view().lon() - 100) < 0.5 && Math.abs(view().zoom() - 3.5) < 0.01);
        fx(() -> window.map().requestFocus());
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> caption().startsWith("2/9"));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> caption().startsWith("3/9  The Sino-Russian crude oil pipeline"));
        waitUntil(() -> Math.abs(view().lon() - 124.5) < 0.5 && Math.abs(view().zoom() - 6) < 0.01);
        assertEquals("pipe-skovorodino-mohe-daqing-crude", onFx(() -> model.selected().id()));
        assertEquals(2011, (int) onFx(() -> model.year()));
        assertTrue(onFx(() -> model.isVisible(AtlasLayer.PIPELINE)));
        assertTrue(!onFx(() -> model.isVisible(AtlasLayer.RAILWAY)), "only the stop's layers");
        robot.type(KeyCode.PAGE_UP);
        waitUntil(() -> caption().startsWith("2/9"));
        // The tour's keys work whatever control has the focus (a button would take the arrows).
        javafx.scene.control.MenuButton views = node("#toolbar-views");
        fx(views::requestFocus);
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> caption().startsWith("3/9"));
        robot.type(KeyCode.LEFT);
        waitUntil(() -> caption().startsWith("2/9"));

        BackgroundTask<Integer> export = onFx(() -> model.classroom().exportSlides(tour, slides, "en"));
        waitUntil(() -> present("#status-progress"));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(export::isDone));
        assertEquals(9, (int) onFx(export::value));
        try (Stream<Path> files = Files.list(slides)) {
            assertEquals(9, files.filter(f -> f.toString().endsWith(".png")).count());
        }

        // Two exports at once: the status bar shows each with its own progress and Cancel; cancelling the
        // first leaves the second running and shown.
        BackgroundTask<Integer>[] both = onFx(() -> new BackgroundTask[]{
                model.classroom().exportSlides(tour, slides.resolve("a"), "en"),
                model.classroom().exportSlides(tour, slides.resolve("b"), "zh")});
        assertTrue(present("#status-cancel") && present("#status-cancel-1"), "one entry per task");
        javafx.scene.control.Button first = node("#status-cancel");
        fx(first::fire);
        org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(both[0]::isDone));
        assertTrue(onFx(both[0]::isCancelled));
        if (!onFx(both[1]::isDone)) {
            assertTrue(present("#status-progress") && !present("#status-cancel-1"), "the other task still shows");
        }
        org.testfx.util.WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(both[1]::isDone));
        assertEquals(9, (int) onFx(both[1]::value), "the other export was not cancelled");
    }

    @Test
    void presentationEnlargesTypeFoldsThePanelAndKeysTheMap() throws Exception {
        Tour tour = fiveLinks();
        fx(() -> {
            model.classroom().play(tour, 1);
            model.setPresenting(true);
        });
        waitUntil(() -> caption().startsWith("2/9"));
        assertTrue(onFx(() -> stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 20px"));
        assertEquals(20 / 13.0, onFx(() -> map().corridorLayer().weight()), 1e-9, "corridor lines thicken");
        assertTrue(!onFx(() -> window.legendPane().isVisible()), "the panel's legend goes: the map has its key");
        // A stop with a table unfolds the panel on its chart; one without folds it again.
        fx(() -> window.map().requestFocus());
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> caption().startsWith("3/9"));
        assertTrue(sidePanelShown(), "the table's stop shows the panel");
        assertTrue(!onFx(() -> window.legendPane().isVisible()), "without its legend");
        waitUntil(() -> onFx(() -> window.statistics()) != null);
        assertEquals(4, (int) onFx(() -> window.statistics().shownTable().number()));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> caption().startsWith("4/9"));
        assertTrue(!sidePanelShown(), "a stop without a table folds the panel");
        // With the legend folded away, a key on the map lists the layers that show, and only those.
        assertEquals(keyShowing(), keyed());
        assertTrue(keyed().contains("map-key-railway"));
        int year = onFx(() -> model.year());
        assertTrue(labelText("#map-key-shading").contains(String.valueOf(year)), "the key names the shading's year");
        // The Vostochny - Taicang express route opened in 2017 (cited): faint at this 2016 stop, and the key says so.
        assertEquals("Faint: not yet open in 2016", labelText("#map-key-not-yet-open"));
        fx(() -> model.setVisible(AtlasLayer.RAILWAY, false));
        assertEquals(keyShowing(), keyed());
        assertTrue(!keyed().contains("map-key-railway"), "a hidden layer leaves the key");
        fx(() -> model.setVisible(AtlasLayer.RAILWAY, true));
        robot.type(KeyCode.B);
        assertTrue(onFx(() -> node("#black-screen").isVisible()), "B blacks the screen out");
        robot.type(KeyCode.B);
        assertTrue(!onFx(() -> node("#black-screen").isVisible()), "and B brings it back");
        robot.type(KeyCode.K);
        assertTrue(!onFx(() -> node("#map-key").isVisible()), "K hides the key");
        robot.type(KeyCode.K);
        assertTrue(onFx(() -> node("#map-key").isVisible()), "and shows it again");
        waitUntil(() -> largestLabel() > 18);
        fx(() -> model.adjustTypeSize(4));
        assertTrue(onFx(() -> stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 24px"));
        assertEquals(24 / 13.0, onFx(() -> map().corridorLayer().weight()), 1e-9);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> onFx(() -> map().caption()) == null);
        assertTrue(!onFx(() -> model.presentingProperty().get()), "Esc leaves the presentation");
        assertTrue(sidePanelShown(), "side panel back");
        assertEquals(1.0, onFx(() -> map().corridorLayer().weight()), 1e-9);
        assertTrue(!present("#map-key"), "the key leaves with the presentation");
        waitUntil(() -> largestLabel() < 14);
    }
}
