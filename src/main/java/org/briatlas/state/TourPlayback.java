package org.briatlas.state;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.Tour;

/**
 * The tour being played and its current stop. Going to a stop sets, through the model, the visible layers,
 * the year, the selection, the table shown and the view the map flies to. Part of the {@link AtlasModel}, so
 * a language switch keeps the tour where it was. Interface thread only.
 */
public final class TourPlayback {

    /** How long the flight between two stops takes, in milliseconds. */
    public static final long FLIGHT_MILLIS = 1400;

    private final AtlasModel model;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    /** How the atlas was before the tour began, to go back to when it ends. */
    private Before before;

    /** The layers, year, view, selection and panel as they were before a tour. */
    private record Before(java.util.Map<org.briatlas.model.AtlasLayer, Boolean> visible, int year,
                          MapViewpoint view, org.briatlas.model.AtlasFeature selected, SideTab tab, int table,
                          boolean panel) {
    }

    TourPlayback(AtlasModel model) {
        this.model = model;
    }

    /** The tour being played, or null. */
    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    /** Index of the current stop, or -1. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public boolean playing() {
        return tour.get() != null;
    }

    public Tour.Stop currentStop() {
        Tour t = tour.get();
        int i = index.get();
        return t == null || i < 0 ? null : t.stops().get(i);
    }

    /** Starts a tour at a stop (the first if there is no such stop). */
    public void start(Tour t, int from) {
        if (tour.get() == null) {
            java.util.Map<org.briatlas.model.AtlasLayer, Boolean> visible =
                    new java.util.EnumMap<>(org.briatlas.model.AtlasLayer.class);
            for (org.briatlas.model.AtlasLayer l : org.briatlas.model.AtlasLayer.values()) {
                visible.put(l, model.isVisible(l));
            }
            before = new Before(visible, model.year(), model.viewpoint(), model.selected(),
                    model.shownTabProperty().get(), model.shownTableProperty().get(),
                    model.sidePanelShownProperty().get());
        }
        tour.set(t);
        if (!go(from)) {
            go(0);
        }
    }

    /**
     * Ends the tour, and the atlas goes back to how it was before the tour: the layers, the year, the view,
     * the selection and the table. (Presentation mode is the caller's to leave.)
     */
    public void stop() {
        boolean was = tour.get() != null;
        index.set(-1);
        tour.set(null);
        Before b = before;
        before = null;
        if (was && b != null) {
            b.visible().forEach(model::setVisible);
            model.setYear(b.year());
            model.select(b.selected());
            if (b.table() > 0) {
                model.showTable(b.table());
            }
            model.showTab(b.tab());
            if (!model.presentingProperty().get()) {
                model.setSidePanelShown(b.panel());
            }
            if (b.view() != null) {
                model.goTo(b.view(), true, FLIGHT_MILLIS);
            }
        }
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
        model.showOnlyLayers(s.layers());
        model.setYear(s.year());
        model.select(s.feature() == null ? null : model.content().data().byId(s.feature()).orElse(null));
        int table = s.table() == null ? 0 : s.table();
        if (table > 0) {
            model.showTable(table);
        }
        // In presentation the panel is folded away; a stop with a table unfolds it on the chart, and a stop
        // without one folds it again so the map has the screen.
        if (model.presentingProperty().get()) {
            model.setSidePanelShown(table > 0);
        }
        model.goTo(new MapViewpoint(s.lon(), s.lat(), s.zoom()), true, FLIGHT_MILLIS);
        index.set(i);
        return true;
    }
}
