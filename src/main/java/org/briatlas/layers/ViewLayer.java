package org.briatlas.layers;

import com.gluonhq.maps.MapLayer;
import javafx.beans.value.ChangeListener;

/**
 * A map layer drawn for the view: Gluon lays it out again whenever the map pans or zooms, and the
 * subclass redraws in {@code layoutLayer()} (skipping the work when nothing it draws has changed).
 * FX thread only.
 */
public abstract class ViewLayer extends MapLayer {

    @Override
    protected void initialize() {
        ChangeListener<Object> moved = (o, was, now) -> markDirty();
        baseMap.zoom().addListener(moved);
        baseMap.translateXProperty().addListener(moved);
        baseMap.translateYProperty().addListener(moved);
        markDirty();
    }
}
