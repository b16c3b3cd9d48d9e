package org.briatlas.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.briatlas.model.AtlasFeature;
import org.briatlas.state.AtlasModel;

import java.util.List;

/**
 * The planner's mouse on the map: while measuring, a click adds a ruler point (snapped unless Alt is held);
 * a ruler point can be dragged at any time, without the map panning under it. FX thread only.
 */
final class PlannerTools {

    private final AtlasModel model;
    private final MapView view;
    private final PlannerLayer layer;
    private boolean dragged;

    PlannerTools(AtlasModel model, MapView view, PlannerLayer layer) {
        this.model = model;
        this.view = view;
        this.layer = layer;
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, layer::onPressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            layer.onDragged(e, lonLat(e), features());
            dragged |= e.isConsumed();
        });
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, layer::onReleased);
        view.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            Cursor c = layer.cursorAt(e.getX(), e.getY());
            if (c != null) {
                view.setCursor(c);
            }
        });
        // A click while measuring adds a point and selects nothing.
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!model.planner().measuringProperty().get() || e.getButton() != MouseButton.PRIMARY) {
                dragged = false;
                return;
            }
            e.consume();
            if (dragged || !e.isStillSincePress()) {
                dragged = false;
                return;
            }
            double[] at = lonLat(e);
            if (at != null) {
                double[] p = layer.snap(e.getX(), e.getY(), at, e.isAltDown(), features());
                model.planner().addRulerPoint(p[0], p[1]);
            }
        });
    }

    /** Is the planner handling the mouse now (measuring), so that hover and clicks leave features alone? */
    boolean measuring() {
        return model.planner().measuringProperty().get();
    }

    private double[] lonLat(MouseEvent e) {
        MapPoint p = view.getMapPosition(e.getX(), e.getY());
        return p == null ? null : new double[]{p.getLongitude(), p.getLatitude()};
    }

    /** What a ruler point snaps to: the corridors and places shown. */
    private List<AtlasFeature> features() {
        return model.content().data().features().stream().filter(f -> model.isVisible(f.layer())).toList();
    }
}
