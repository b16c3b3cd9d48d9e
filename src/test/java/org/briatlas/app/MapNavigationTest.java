package org.briatlas.app;

import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.map.OfflineTiles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map as a user moves it: start view, drag, wheel, buttons, keys, Home, and the zoom limits. */
class MapNavigationTest extends WindowTestBase {

    @Test
    void startsOnHeilongjiangWithTilesLabelsAndScale() throws Exception {
        waitUntil(() -> onFx(() -> map().placedLabelCount()) > 10);
        MapViewpoint v = view();
        assertTrue(v.lon() > 120 && v.lon() < 136 && v.lat() > 43 && v.lat() < 54, "Heilongjiang in view: " + v);
        assertTrue(present("#label-harbin"), "Harbin labelled");
        String scale = onFx(() -> map().scaleText());
        assertTrue(scale.endsWith("km"), scale);
        assertTrue(OfflineTiles.shared().servedCount() >= 6, "tiles served " + OfflineTiles.shared().servedCount());
    }

    @Test
    void dragPansWheelAndButtonsZoomKeysPanAndHomeReturns() throws Exception {
        // Start where no other test goes (west of the Urals), so the drag must bring in tiles never drawn before.
        goTo(55, 57, 6);
        waitUntil(() -> OfflineTiles.shared().pendingCount() == 0);
        long servedBeforeDrag = OfflineTiles.shared().servedCount();
        MapViewpoint before = view();
        robot.moveTo(centreOf("#map-view")).press(MouseButton.PRIMARY).moveBy(-200, 0).moveBy(-100, -50)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> view().lon() > before.lon() + 1);
        assertEquals(before.zoom(), view().zoom(), 1e-9, "dragging does not zoom");
        waitUntil(() -> OfflineTiles.shared().pendingCount() == 0);
        assertTrue(OfflineTiles.shared().servedCount() > servedBeforeDrag, "new tiles drawn offline after the drag");

        String cursor = labelText("#status-cursor");
        assertTrue(cursor.contains("\u00b0 N") && cursor.contains("\u00b0 E"), cursor);

        double z0 = view().zoom();
        robot.moveTo(centreOf("#map-view")).scroll(2, VerticalDirection.UP);
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
        goTo(126.65, 45.75, 9.5);
        click("#toolbar-zoom-in");
        click("#toolbar-zoom-in");
        waitUntil(() -> Math.abs(view().zoom() - MapViewpoint.MAX_ZOOM) < 1e-6);
        goTo(126.65, 45.75, 2.5);
        click("#toolbar-zoom-out");
        click("#toolbar-zoom-out");
        waitUntil(() -> Math.abs(view().zoom() - MapViewpoint.MIN_ZOOM) < 1e-6);
        click("#toolbar-home");
        waitUntil(() -> view().zoom() > 5);
    }
}
