package org.briatlas.window;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.briatlas.map.AtlasMap;
import org.briatlas.geo.NamedView;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.TourPlayback;

/**
 * The atlas's keys: arrows pan and + and − zoom the map, Home goes back to Heilongjiang, F5 switches
 * presentation, K shows or hides its key, B (or .) blacks the screen out and back, Ctrl + and Ctrl − change
 * its type size; while a tour plays,
 * → Page Down and space go on, ← and Page Up go back, Esc ends it (and the presentation), whatever control
 * has the focus (but a text field, which needs its arrows and spaces). The same handler serves the speaker
 * notes window. FX thread only.
 */
public final class KeyBindings implements EventHandler<KeyEvent> {

    private final AtlasModel model;
    private final AtlasMap map;

    public KeyBindings(AtlasModel model, AtlasMap map) {
        this.model = model;
        this.map = map;
    }

    /**
     * For an event filter on the window: while a tour plays its keys step through it before any control
     * (a focused button or list would take the arrows) sees them.
     */
    public void filter(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if ((e.getCode() == KeyCode.B || e.getCode() == KeyCode.PERIOD) && model.presentingProperty().get()) {
            model.toggleBlackScreen();
            e.consume();
            return;
        }
        // The ruler's keys: Backspace takes its last point back, Esc ends measuring (before a tour's Esc).
        org.briatlas.state.PlannerState planner = model.planner();
        if (planner.measuringProperty().get() && (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.ESCAPE)) {
            if (e.getCode() == KeyCode.BACK_SPACE) {
                planner.removeLastRulerPoint();
            } else {
                planner.setMeasuring(false);
            }
            e.consume();
            return;
        }
        TourPlayback tour = model.classroom().playback();
        if (tour.playing() && tourKey(tour, e.getCode())) {
            e.consume();
        }
    }

    @Override
    public void handle(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean presenting = model.presentingProperty().get();
        if (e.isControlDown() && presenting && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD
                || k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            model.adjustTypeSize(k == KeyCode.MINUS || k == KeyCode.SUBTRACT ? -2 : 2);
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (k == KeyCode.F5) {
            model.setPresenting(!presenting);
            e.consume();
            return;
        }
        if (k == KeyCode.K && presenting) {
            model.toggleKey();
            e.consume();
            return;
        }
        if ((k == KeyCode.B || k == KeyCode.PERIOD) && presenting) {
            model.toggleBlackScreen();
            e.consume();
            return;
        }
        TourPlayback tour = model.classroom().playback();
        if (tour.playing() && tourKey(tour, k)) {
            e.consume();
            return;
        }
        switch (k) {
            case LEFT -> map.panBy(-AtlasMap.KEY_PAN, 0);
            case RIGHT -> map.panBy(AtlasMap.KEY_PAN, 0);
            case UP -> map.panBy(0, -AtlasMap.KEY_PAN);
            case DOWN -> map.panBy(0, AtlasMap.KEY_PAN);
            case PLUS, ADD, EQUALS -> model.zoomBy(AppToolBar.ZOOM_STEP);
            case MINUS, SUBTRACT -> model.zoomBy(-AppToolBar.ZOOM_STEP);
            case HOME -> model.showNamedView(NamedView.HEILONGJIANG, true);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private boolean tourKey(TourPlayback tour, KeyCode k) {
        switch (k) {
            case RIGHT, PAGE_DOWN, SPACE -> tour.next();
            case LEFT, PAGE_UP -> tour.previous();
            case ESCAPE -> {
                model.classroom().end();
                model.setPresenting(false);
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
