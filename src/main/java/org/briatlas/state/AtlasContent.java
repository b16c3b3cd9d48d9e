package org.briatlas.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.carto.PlaceLabel;
import org.briatlas.model.AtlasData;
import org.briatlas.model.Finding;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.briatlas.model.StatTable;

import java.util.List;

/**
 * What the atlas shows, as loaded: the corridor and place features (with the user's layer), the paper's
 * tables and the figures that do not add up, the trade figures the countries are shaded by, the country
 * outlines, the base map's place labels, every problem met while loading, and how far loading has got.
 * Read-only to views: only the {@link ContentLoader} writes it. Interface thread only.
 */
public final class AtlasContent {

    /** How far loading has got. */
    public enum Phase { LOADING, READY, FAILED }

    private final ReadOnlyObjectWrapper<AtlasData> data = new ReadOnlyObjectWrapper<>(this, "data",
            new AtlasData(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<List<StatTable>> tables = new ReadOnlyObjectWrapper<>(this, "tables", List.of());
    private final ReadOnlyObjectWrapper<List<Finding>> findings = new ReadOnlyObjectWrapper<>(this, "findings",
            List.of());
    private final ReadOnlyObjectWrapper<TradeByCountry> trade = new ReadOnlyObjectWrapper<>(this, "trade",
            new TradeByCountry(List.of()));
    private final ReadOnlyObjectWrapper<List<GeoFeature>> countries = new ReadOnlyObjectWrapper<>(this, "countries",
            List.of());
    private final ReadOnlyObjectWrapper<List<PlaceLabel>> labels = new ReadOnlyObjectWrapper<>(this, "labels",
            List.of());
    private final ReadOnlyObjectWrapper<List<ReadProblem>> problems = new ReadOnlyObjectWrapper<>(this, "problems",
            List.of());
    private final ReadOnlyObjectWrapper<Thematics> thematics = new ReadOnlyObjectWrapper<>(this, "thematics",
            Thematics.empty());
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.LOADING);
    private final ReadOnlyObjectWrapper<Boolean> statisticsLoaded = new ReadOnlyObjectWrapper<>(this,
            "statisticsLoaded", false);

    AtlasContent() {
    }

    /** The features of every layer, the user's included; empty until the corridors are loaded. */
    public ReadOnlyObjectProperty<AtlasData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public AtlasData data() {
        return data.get();
    }

    /** The painter and index of the features now in {@link #dataProperty()}, made off the interface thread. */
    public ReadOnlyObjectProperty<Thematics> thematicsProperty() {
        return thematics.getReadOnlyProperty();
    }

    /** The paper's Tables 1 and 3 to 11, as printed; empty until loaded. */
    public ReadOnlyObjectProperty<List<StatTable>> tablesProperty() {
        return tables.getReadOnlyProperty();
    }

    /** The printed figures that disagree with the paper's other figures. */
    public ReadOnlyObjectProperty<List<Finding>> findingsProperty() {
        return findings.getReadOnlyProperty();
    }

    /** Heilongjiang's trade by country and year (Tables 4, 5, 6). */
    public ReadOnlyObjectProperty<TradeByCountry> tradeProperty() {
        return trade.getReadOnlyProperty();
    }

    /** The outlines of the countries the statistics concern (properties "iso" and "name"). */
    public ReadOnlyObjectProperty<List<GeoFeature>> countriesProperty() {
        return countries.getReadOnlyProperty();
    }

    /** The base map's city and water names, in English (views take the name of their language). */
    public ReadOnlyObjectProperty<List<PlaceLabel>> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    /** Every problem met while loading the shipped data and the user's layer. */
    public ReadOnlyObjectProperty<List<ReadProblem>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Loading until the corridors and the tables are in; ready, or failed if either could not be read. */
    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }

    /** True once the tables, findings, trade figures and country outlines are in. */
    public ReadOnlyObjectProperty<Boolean> statisticsLoadedProperty() {
        return statisticsLoaded.getReadOnlyProperty();
    }

    // ---- written by the loader only ---------------------------------------------------------------

    void setData(AtlasData d, Thematics t) {
        t.painter().userLayers().setLayers(userLayers);
        thematics.set(t);
        data.set(d);
    }

    void setStatistics(List<StatTable> t, List<Finding> f, TradeByCountry tr, List<GeoFeature> c) {
        tables.set(List.copyOf(t));
        findings.set(List.copyOf(f));
        trade.set(tr);
        countries.set(List.copyOf(c));
        statisticsLoaded.set(true);
    }

    private final javafx.collections.ObservableList<org.briatlas.model.UserLayer> userLayers =
            javafx.collections.FXCollections.observableArrayList();
    private final javafx.collections.ObservableList<org.briatlas.model.UserLayer> userLayersView =
            javafx.collections.FXCollections.unmodifiableObservableList(userLayers);

    /**
     * The user's layers, bottom first, with their files, styles and visibility; their features are in
     * {@link #dataProperty()} too (read-only; the loader changes it).
     */
    public javafx.collections.ObservableList<org.briatlas.model.UserLayer> userLayers() {
        return userLayersView;
    }

    /** The user's layer of an id, if open. */
    public java.util.Optional<org.briatlas.model.UserLayer> userLayer(String id) {
        return userLayers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Replaces the list of the user's layers; the painter draws them in their new order and style. */
    void setUserLayers(List<org.briatlas.model.UserLayer> l) {
        thematics.get().painter().userLayers().setLayers(l);
        userLayers.setAll(l);
    }

    void setLabels(List<PlaceLabel> l) {
        labels.set(List.copyOf(l));
    }

    void addProblems(List<ReadProblem> p) {
        if (!p.isEmpty()) {
            List<ReadProblem> all = new java.util.ArrayList<>(problems.get());
            all.addAll(p);
            problems.set(List.copyOf(all));
        }
    }

    void setPhase(Phase p) {
        phase.set(p);
    }
}
