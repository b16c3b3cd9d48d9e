package org.briatlas.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the whole window shares: the loaded data, which layers are visible, the selected and the
 * hovered feature. Map layers and panels read and write this, never each other. FX thread only.
 */
public final class AtlasState {

    private final ObjectProperty<AtlasData> data = new SimpleObjectProperty<>(this, "data",
            new AtlasData(List.of(), List.of()));
    private final ObjectProperty<AtlasFeature> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<AtlasFeature> hovered = new SimpleObjectProperty<>(this, "hovered");
    private final Map<AtlasLayer, BooleanProperty> visible = new EnumMap<>(AtlasLayer.class);

    public AtlasState() {
        for (AtlasLayer l : AtlasLayer.values()) {
            visible.put(l, new SimpleBooleanProperty(this, "visible-" + l.id(), true));
        }
    }

    public ObjectProperty<AtlasData> dataProperty() {
        return data;
    }

    public ObjectProperty<AtlasFeature> selectedProperty() {
        return selected;
    }

    public ObjectProperty<AtlasFeature> hoveredProperty() {
        return hovered;
    }

    public BooleanProperty visibleProperty(AtlasLayer layer) {
        return visible.get(layer);
    }

    public boolean isVisible(AtlasLayer layer) {
        return visible.get(layer).get();
    }
}
