package org.briatlas.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.i18n.Messages;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The atlas's one application model: everything the window shows and every way to change it. Views read
 * its read-only properties and call its commands; they never call each other. It holds
 * <ul>
 *   <li>the {@link AtlasContent content}, written only by its loader;</li>
 *   <li>the view state: selection (with focus requests the map follows), hover, the year, the visible
 *   layers and their order, the chosen country and the countries outlined, the table, the tab and whether
 *   the side panel shows, presentation mode and its type size, the interface language, the map's view;</li>
 *   <li>the tour being played and the tour being edited ({@link Classroom});</li>
 *   <li>the background tasks and the status message, and the notices waiting for the user.</li>
 * </ul>
 * Long work runs on the injected background executor and reports back through the injected UI executor
 * (the interface thread in the application; the calling thread in tests). Interface thread only.
 */
public final class AtlasModel {

    /** First and last year of the year control: the span of the paper's tables. */
    public static final int FIRST_YEAR = 2006;
    public static final int LAST_YEAR = 2018;
    /** Type size in presentation mode: 20 px (about 150% of the normal 13 px) to start, up to 40 px. */
    public static final int PRESENTATION_TYPE = 20;
    public static final int MAX_PRESENTATION_TYPE = 40;
    /** The interface's normal type size in pixels (atlas.css). */
    public static final double NORMAL_TYPE = 13;
    /** The table the statistics show before any is chosen: trade with Russia. */
    public static final int DEFAULT_TABLE = 4;

    private final Executor background;
    private final Executor ui;
    private final AtlasContent content = new AtlasContent();
    private final ContentLoader loader;
    private final UserLayers userLayers;
    private final Classroom classroom;
    private final PlannerState plannerState;
    private final WorkspaceState workspaceState;

    private final ReadOnlyObjectWrapper<AtlasFeature> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<AtlasFeature> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyObjectWrapper<ViewRequest> viewRequest = new ReadOnlyObjectWrapper<>(this, "viewRequest");
    private final ReadOnlyObjectWrapper<MapViewpoint> viewpoint = new ReadOnlyObjectWrapper<>(this, "viewpoint");
    private final ReadOnlyObjectWrapper<double[]> pointer = new ReadOnlyObjectWrapper<>(this, "pointer");
    private final ReadOnlyIntegerWrapper year = new ReadOnlyIntegerWrapper(this, "year", LAST_YEAR);
    private final Map<AtlasLayer, ReadOnlyBooleanWrapper> visible = new EnumMap<>(AtlasLayer.class);
    private final ObservableList<AtlasLayer> layerOrder = FXCollections.observableArrayList(AtlasLayer.values());
    private final ReadOnlyObjectWrapper<CountryChoice> countryChoice = new ReadOnlyObjectWrapper<>(this,
            "countryChoice", new CountryChoice(null, 0));
    private final ObservableSet<String> highlighted = FXCollections.observableSet();
    private final ReadOnlyIntegerWrapper shownTable = new ReadOnlyIntegerWrapper(this, "shownTable", DEFAULT_TABLE);
    private final ReadOnlyObjectWrapper<SideTab> shownTab = new ReadOnlyObjectWrapper<>(this, "shownTab",
            SideTab.DETAILS);
    private final ReadOnlyBooleanWrapper sidePanelShown = new ReadOnlyBooleanWrapper(this, "sidePanelShown", true);
    private final javafx.beans.property.ReadOnlyDoubleWrapper sidePanelWidth =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "sidePanelWidth", 380);
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyIntegerWrapper typeSize = new ReadOnlyIntegerWrapper(this, "typeSize", PRESENTATION_TYPE);
    private final ReadOnlyBooleanWrapper keyHidden = new ReadOnlyBooleanWrapper(this, "keyHidden");
    private final ReadOnlyBooleanWrapper blackScreen = new ReadOnlyBooleanWrapper(this, "blackScreen");
    private final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language", "en");
    private final ObservableList<BackgroundTask<?>> tasks = FXCollections.observableArrayList();
    // Read-only views kept as fields: a view made anew on each call would drop its listeners when collected.
    private final ObservableList<BackgroundTask<?>> tasksView = FXCollections.unmodifiableObservableList(tasks);
    private final ObservableList<AtlasLayer> layerOrderView = FXCollections.unmodifiableObservableList(layerOrder);
    private final ObservableSet<String> highlightedView = FXCollections.unmodifiableObservableSet(highlighted);
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.info("status.loading"));
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Notice> noticesView = FXCollections.unmodifiableObservableList(notices);

    /**
     * @param sources    where the content is read from
     * @param background runs long work (reading, checking, writing slides)
     * @param ui         runs the results of that work on the interface thread
     */
    public AtlasModel(AtlasSources sources, Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        for (AtlasLayer l : AtlasLayer.values()) {
            visible.put(l, new ReadOnlyBooleanWrapper(this, "visible-" + l.id(), true));
        }
        loader = new ContentLoader(this, content, sources);
        userLayers = new UserLayers(this, content, loader);
        classroom = new Classroom(this, sources);
        plannerState = new PlannerState(this);
        workspaceState = new WorkspaceState(this);
        shownTable.addListener(o -> updateHighlight());
        shownTab.addListener(o -> updateHighlight());
    }

    /** Starts loading the content in the background. Call once. */
    public void load() {
        loader.start();
    }

    public AtlasContent content() {
        return content;
    }

    /** Tours: the one being played, the one being edited, the shipped ones, slides. */
    public Classroom classroom() {
        return classroom;
    }

    /** The workspace: its file, bookmarks and the recent workspaces. */
    public WorkspaceState workspace() {
        return workspaceState;
    }

    /** The planner tools: the corridor network, routes, the ruler, what lies near. */
    public PlannerState planner() {
        return plannerState;
    }

    // ---- selection and the map's view -------------------------------------------------------------

    /** The selected feature, or null. */
    public ReadOnlyObjectProperty<AtlasFeature> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public AtlasFeature selected() {
        return selected.get();
    }

    /** Selects a feature (null for none); the side panel shows its details unless the list is open. */
    public void select(AtlasFeature f) {
        selected.set(f);
        if (f != null && shownTab.get() != SideTab.LIST) {
            shownTab.set(SideTab.DETAILS);
        }
    }

    /** Selects a feature and asks the map to fly to it. */
    public void focus(AtlasFeature f) {
        select(f);
        // A feature without a location (a user's "geometry": null) is listed, not flown to.
        if (f != null && f.feature().isLocated()) {
            viewRequest.set(ViewRequest.of(f));
        }
    }

    /** The feature under the pointer, or null. */
    public ReadOnlyObjectProperty<AtlasFeature> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public void hover(AtlasFeature f) {
        hovered.set(f);
    }

    /** The latest request for the map to move; the map follows each new one. */
    public ReadOnlyObjectProperty<ViewRequest> viewRequestProperty() {
        return viewRequest.getReadOnlyProperty();
    }

    public void goTo(MapViewpoint v, boolean animate, long millis) {
        viewRequest.set(ViewRequest.of(v, animate, millis));
    }

    /** Asks the map to fit an extent in longitude and latitude. */
    public void showExtent(org.locationtech.jts.geom.Envelope lonLat) {
        viewRequest.set(ViewRequest.of(lonLat));
    }

    public void showNamedView(NamedView v, boolean animate) {
        viewRequest.set(ViewRequest.of(v, animate));
    }

    /** Zooms the map in (positive) or out about its centre, smoothly. */
    public void zoomBy(double levels) {
        viewRequest.set(ViewRequest.zoom(levels));
    }

    /** Longitude and latitude under the pointer, or null when it is off the map, as reported by the map. */
    public ReadOnlyObjectProperty<double[]> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    public void reportPointer(double[] lonLat) {
        pointer.set(lonLat == null ? null : lonLat.clone());
    }

    /** The view the map shows now (null before the map has a size), as reported by the map. */
    public ReadOnlyObjectProperty<MapViewpoint> viewpointProperty() {
        return viewpoint.getReadOnlyProperty();
    }

    public MapViewpoint viewpoint() {
        return viewpoint.get();
    }

    /** Called by the map as it pans and zooms. */
    public void reportViewpoint(MapViewpoint v) {
        viewpoint.set(v);
    }

    // ---- year, layers, countries ------------------------------------------------------------------

    /** The year the map and the charts show, {@value #FIRST_YEAR} to {@value #LAST_YEAR}. */
    public ReadOnlyIntegerProperty yearProperty() {
        return year.getReadOnlyProperty();
    }

    public int year() {
        return year.get();
    }

    /** Sets the year, clamped to the span of the tables. */
    public void setYear(int y) {
        year.set(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, y)));
    }

    public ReadOnlyBooleanProperty visibleProperty(AtlasLayer layer) {
        return visible.get(layer).getReadOnlyProperty();
    }

    public boolean isVisible(AtlasLayer layer) {
        return visible.get(layer).get();
    }

    public void setVisible(AtlasLayer layer, boolean shown) {
        visible.get(layer).set(shown);
    }

    /**
     * Shows the layers with these ids and hides the others (the user's layer stays as it is); an empty list
     * shows every layer.
     */
    public void showOnlyLayers(List<String> ids) {
        for (AtlasLayer l : AtlasLayer.values()) {
            if (l != AtlasLayer.USER || ids.isEmpty()) {
                setVisible(l, ids.isEmpty() || ids.contains(l.id()));
            }
        }
    }

    /** The layers in drawing order, bottom first (read-only; see {@link #moveLayer}). */
    public ObservableList<AtlasLayer> layerOrder() {
        return layerOrderView;
    }

    /** Moves a layer to a place in the drawing order. */
    public void moveLayer(AtlasLayer layer, int to) {
        int from = layerOrder.indexOf(layer);
        int i = Math.max(0, Math.min(layerOrder.size() - 1, to));
        if (from >= 0 && from != i) {
            layerOrder.remove(from);
            layerOrder.add(i, layer);
            loader.rebuildThematics();
        }
    }

    /** The country chosen last; a new object for every choice, even of the same country. */
    public ReadOnlyObjectProperty<CountryChoice> countryChoiceProperty() {
        return countryChoice.getReadOnlyProperty();
    }

    /** ISO code of the chosen country, or null. */
    public String chosenCountry() {
        return countryChoice.get().iso();
    }

    /**
     * Chooses a country (ISO code, or null for none): the side panel shows the statistics with the first
     * table that concerns it. Fires every time, also for the country already chosen.
     */
    public void chooseCountry(String iso) {
        countryChoice.set(new CountryChoice(iso, countryChoice.get().serial() + 1));
        if (iso != null) {
            List<Integer> tables = TradeByCountry.TABLES.getOrDefault(iso, List.of());
            if (!tables.isEmpty()) {
                shownTable.set(tables.get(0));
            }
            shownTab.set(SideTab.STATISTICS);
            sidePanelShown.set(true);
        }
    }

    /** The countries the table shown concerns, outlined on the map while the statistics show (read-only). */
    public ObservableSet<String> highlightedCountries() {
        return highlightedView;
    }

    private void updateHighlight() {
        // The same rule as the slides' and renders' outlines.
        java.util.Set<String> now = shownTab.get() == SideTab.STATISTICS
                ? org.briatlas.carto.PaperStatistics.countriesOf(shownTable.get()) : java.util.Set.of();
        highlighted.retainAll(now);
        highlighted.addAll(now);
    }

    /** The countries of the statistics (not China) whose outline a feature touches. */
    public List<String> countriesOf(AtlasFeature f) {
        List<String> out = new ArrayList<>();
        for (GeoFeature c : content.countriesProperty().get()) {
            String iso = c.text("iso").orElse("");
            if (!iso.equals("CN") && !out.contains(iso) && c.geometry().intersects(f.geometry())) {
                out.add(iso);
            }
        }
        return out;
    }

    // ---- the side panel ---------------------------------------------------------------------------

    /** Number of the table the statistics show (3 to 11, or 1). */
    public ReadOnlyIntegerProperty shownTableProperty() {
        return shownTable.getReadOnlyProperty();
    }

    /** Shows a table of the paper in the statistics tab. */
    public void showTable(int number) {
        shownTable.set(number);
        shownTab.set(SideTab.STATISTICS);
    }

    public ReadOnlyObjectProperty<SideTab> shownTabProperty() {
        return shownTab.getReadOnlyProperty();
    }

    public void showTab(SideTab tab) {
        shownTab.set(tab);
    }

    public ReadOnlyBooleanProperty sidePanelShownProperty() {
        return sidePanelShown.getReadOnlyProperty();
    }

    public void setSidePanelShown(boolean shown) {
        sidePanelShown.set(shown);
    }

    /** The side panel's width in logical pixels, the same for every tab; the user sets it by dragging. */
    public javafx.beans.property.ReadOnlyDoubleProperty sidePanelWidthProperty() {
        return sidePanelWidth.getReadOnlyProperty();
    }

    public void setSidePanelWidth(double width) {
        if (Double.isFinite(width)) {
            sidePanelWidth.set(Math.max(260, Math.min(1600, width)));
        }
    }

    // ---- presentation and language ----------------------------------------------------------------

    /** Presentation mode: full screen, large type, the panel folded away, a key on the map. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public void setPresenting(boolean on) {
        if (on == presenting.get()) {
            return;
        }
        presenting.set(on);
        blackScreen.set(false);
        if (on) {
            typeSize.set(Math.max(typeSize.get(), PRESENTATION_TYPE));
        }
        sidePanelShown.set(!on);
    }

    /** Presentation's type size in pixels. */
    public ReadOnlyIntegerProperty typeSizeProperty() {
        return typeSize.getReadOnlyProperty();
    }

    /** Changes the presentation type size by {@code delta} pixels, between 150% and 300% of normal. */
    public void adjustTypeSize(int delta) {
        typeSize.set(Math.max(PRESENTATION_TYPE, Math.min(MAX_PRESENTATION_TYPE, typeSize.get() + delta)));
    }

    /** The teacher hid the presentation's key (K): it may cover what a stop is about. */
    public ReadOnlyBooleanProperty keyHiddenProperty() {
        return keyHidden.getReadOnlyProperty();
    }

    public void toggleKey() {
        keyHidden.set(!keyHidden.get());
    }

    /** The screen blacked out (B or . in presentation, as a presenter's clicker sends), so the class looks up. */
    public ReadOnlyBooleanProperty blackScreenProperty() {
        return blackScreen.getReadOnlyProperty();
    }

    public void toggleBlackScreen() {
        blackScreen.set(!blackScreen.get());
    }

    /** The interface language: "en", "zh" or "ru". */
    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public String language() {
        return language.get();
    }

    /** Sets the interface language; anything but "en", "zh" and "ru" is refused. */
    public void setLanguage(String code) {
        if (!Messages.LANGUAGES.contains(code)) {
            throw new IllegalArgumentException("no such interface language: " + code);
        }
        language.set(code);
    }

    // ---- the user's layers ------------------------------------------------------------------------

    /** The user's layers: open, close, rename, style, show, hide and reorder them. */
    public UserLayers userLayers() {
        return userLayers;
    }

    // ---- tasks, status and notices ----------------------------------------------------------------

    /** The background work running now (read-only), for the status bar. */
    public ObservableList<BackgroundTask<?>> tasks() {
        return tasksView;
    }

    /**
     * Runs work in the background as a task of the model: listed in {@link #tasks()} while it runs, then
     * {@code onSuccess} or {@code onFailure} on the interface thread (neither when cancelled).
     */
    public <T> BackgroundTask<T> run(StatusMessage title, BackgroundTask.Work<T> work, Consumer<T> onSuccess,
                                     Consumer<Throwable> onFailure) {
        return BackgroundTask.launch(title, background, ui, work, onSuccess, onFailure, tasks);
    }

    /** The status bar's message. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(StatusMessage m) {
        status.set(m);
    }

    /** Notices waiting to be seen, oldest first (read-only; see {@link #dismiss}). */
    public ObservableList<Notice> notices() {
        return noticesView;
    }

    public void notify(Notice n) {
        notices.add(n);
    }

    /** The user has seen a notice. */
    public void dismiss(Notice n) {
        notices.remove(n);
    }

    /** Reports, once in a dialog and always in the status bar, that the base map cannot be drawn. */
    public void reportBaseMapError(Throwable cause) {
        loader.reportBaseMapError(cause);
    }
}
