package org.briatlas.tour;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.map.AtlasMap;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.briatlas.state.AtlasState;

import java.util.function.IntConsumer;

/**
 * Plays a tour: each stop flies the map to its view and sets the visible layers, the selection, the
 * year and the statistics table; the caption is shown over the map. Moves with next and previous.
 * FX thread only.
 */
public final class TourPlayer {

    /** How long the flight between two stops takes. */
    public static final Duration FLIGHT = Duration.millis(1400);

    private final AtlasMap map;
    private final AtlasState state;
    private final IntConsumer showTable;
    private final ObjectProperty<Tour> tour = new SimpleObjectProperty<>(this, "tour");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);

    /**
     * @param showTable shows a table of the paper in the statistics panel; called with 0 at a stop that
     *                  shows no table
     */
    public TourPlayer(AtlasMap map, AtlasState state, IntConsumer showTable) {
        this.map = map;
        this.state = state;
        this.showTable = showTable;
    }

    /** The tour being played, or null. */
    public ObjectProperty<Tour> tourProperty() {
        return tour;
    }

    /** Index of the current stop, or -1. */
    public IntegerProperty indexProperty() {
        return index;
    }

    public Tour.Stop currentStop() {
        Tour t = tour.get();
        int i = index.get();
        return t == null || i < 0 ? null : t.stops().get(i);
    }

    /** Starts a tour at its first stop. */
    public void start(Tour t) {
        start(t, 0);
    }

    /** Starts a tour at a stop (the first if there is no such stop). */
    public void start(Tour t, int from) {
        tour.set(t);
        if (!go(from)) {
            go(0);
        }
    }

    public void stop() {
        index.set(-1);
        tour.set(null);
    }

    public boolean next() {
        return go(index.get() + 1);
    }

    public boolean previous() {
        return go(index.get() - 1);
    }

    /** Goes to a stop; returns false (and stays) if there is none with that index. */
    public boolean go(int i) {
        Tour t = tour.get();
        if (t == null || i < 0 || i >= t.stops().size()) {
            return false;
        }
        Tour.Stop s = t.stops().get(i);
        for (AtlasLayer l : AtlasLayer.values()) {
            state.visibleProperty(l).set(s.layers().isEmpty() || s.layers().contains(l.id()));
        }
        state.yearProperty().set(s.year());
        state.selectedProperty().set(s.feature() == null || state.dataProperty().get() == null ? null
                : state.dataProperty().get().byId(s.feature()).orElse(null));
        showTable.accept(s.table() == null ? 0 : s.table());
        map.flyTo(new MapViewpoint(s.lon(), s.lat(), s.zoom()), FLIGHT);
        index.set(i);
        return true;
    }
}
