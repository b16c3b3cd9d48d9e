package org.briatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.briatlas.geo.MapViewpoint;

/**
 * An empty map layer that gives the atlas the navigation Gluon's {@code MapView} keeps to itself:
 * zooming about a point, panning by pixels, and the live zoom and centre. Only the map package uses it.
 * FX thread only.
 */
final class MapNavigator extends MapLayer {

    MapNavigator() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /** The zoom the map shows now (fractional). Valid once the layer is on the map. */
    ReadOnlyDoubleProperty zoomProperty() {
        return baseMap.zoom();
    }

    ReadOnlyDoubleProperty centerLatProperty() {
        return baseMap.centerLat();
    }

    ReadOnlyDoubleProperty centerLonProperty() {
        return baseMap.centerLon();
    }

    /**
     * Zooms by {@code delta} levels keeping the map point under (x, y) in place, within the atlas's
     * zoom range. Coordinates are in the MapView's pixels.
     */
    void zoomAt(double delta, double x, double y) {
        double now = baseMap.zoom().get();
        double target = MapViewpoint.clampZoom(now + delta);
        double d = target - now;
        if (Math.abs(d) > 1e-9) {
            baseMap.zoom(d, x, y);
        }
    }

    /** Moves the map content so that the view shifts by (dx, dy) pixels east and south. */
    void panBy(double dx, double dy) {
        baseMap.moveX(dx);
        baseMap.moveY(dy);
    }

    /** The map's current translation, world pixels of the view's top-left corner (negated). */
    double translateX() {
        return baseMap.getTranslateX();
    }

    double translateY() {
        return baseMap.getTranslateY();
    }
}
