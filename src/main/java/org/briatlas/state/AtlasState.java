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
    private final javafx.beans.property.IntegerProperty year = new javafx.beans.property.SimpleIntegerProperty(this,
            "year", LAST_YEAR);
    private final ObjectProperty<String> selectedCountry = new SimpleObjectProperty<>(this, "selectedCountry");
    private final javafx.collections.ObservableSet<String> highlightedCountries =
            javafx.collections.FXCollections.observableSet();

    /** First and last year of the year control: the span of the paper's tables. */
    public static final int FIRST_YEAR = 2006;
    public static final int LAST_YEAR = 2018;

    public AtlasState() {
        for (AtlasLayer l : AtlasLayer.values()) {
            visible.put(l, new SimpleBooleanProperty(this, "visible-" + l.id(), true));
        }
    }

    /** The year the map and the charts show (2006 to 2018). */
    public javafx.beans.property.IntegerProperty yearProperty() {
        return year;
    }

    /** ISO code of the country chosen on the map, or null. */
    public ObjectProperty<String> selectedCountryProperty() {
        return selectedCountry;
    }

    /** Countries the chosen statistics concern, outlined on the map. */
    public javafx.collections.ObservableSet<String> highlightedCountries() {
        return highlightedCountries;
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
