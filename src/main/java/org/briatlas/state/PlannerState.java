package org.briatlas.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.briatlas.analysis.Geodesic;
import org.briatlas.analysis.Near;
import org.briatlas.analysis.network.Mode;
import org.briatlas.analysis.network.Node;
import org.briatlas.analysis.network.Planner;
import org.briatlas.analysis.network.Route;
import org.briatlas.analysis.network.RouteFinder;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The model's planner tools: the corridor network and border crossings (built once, off the interface
 * thread, when the shipped corridors are read), the routes found, the ruler's points and what lies near.
 * Interface thread only.
 */
public final class PlannerState {

    private static final Logger LOG = Logger.getLogger(PlannerState.class.getName());

    private final AtlasModel model;
    private final ReadOnlyObjectWrapper<Planner> planner = new ReadOnlyObjectWrapper<>(this, "planner");
    private final ObservableList<Route> routes = FXCollections.observableArrayList();
    private final ObservableList<Route> routesView = FXCollections.unmodifiableObservableList(routes);
    private final ReadOnlyIntegerWrapper shownRoute = new ReadOnlyIntegerWrapper(this, "shownRoute", -1);
    private final ReadOnlyBooleanWrapper measuring = new ReadOnlyBooleanWrapper(this, "measuring");
    private final ObservableList<double[]> ruler = FXCollections.observableArrayList();
    private final ObservableList<double[]> rulerView = FXCollections.unmodifiableObservableList(ruler);
    private final ObservableList<Near.Item> near = FXCollections.observableArrayList();
    private final ObservableList<Near.Item> nearView = FXCollections.unmodifiableObservableList(near);
    private final ReadOnlyObjectWrapper<Geometry> nearOf = new ReadOnlyObjectWrapper<>(this, "nearOf");
    private AtlasData builtFor;
    private final ReadOnlyBooleanWrapper attributesOpen = new ReadOnlyBooleanWrapper(this, "attributesOpen");
    private final ReadOnlyBooleanWrapper networkShown = new ReadOnlyBooleanWrapper(this, "networkShown");

    /** User lines beyond this many are left out of the routing network. */
    public static final int MAX_USER_LINES = 20_000;

    PlannerState(AtlasModel model) {
        this.model = model;
        model.content().dataProperty().addListener((o, was, now) -> build(now));
    }

    private java.util.concurrent.CompletionStage<?> gate;

    /**
     * Builds the network only once {@code after} completes (the window's first full map): it reads the land and
     * borders and builds the graph, a few hundred milliseconds of work that would slow the first map on a
     * small machine. Call before the data arrives; without it the network is built as soon as they do.
     */
    private final java.util.concurrent.CompletableFuture<Void> needed = new java.util.concurrent.CompletableFuture<>();

    /**
     * Says that the network is needed now: the planner's tab is shown or measuring starts. The window defers
     * the network until this as well as its first map, so a start that never plans never holds it (about 30 MB).
     */
    public void need() {
        needed.complete(null);
    }

    /** Completes the first time {@link #need()} is called. */
    public java.util.concurrent.CompletionStage<Void> whenNeeded() {
        return needed;
    }

    public void deferUntil(java.util.concurrent.CompletionStage<?> after) {
        gate = after;
        after.thenRun(() -> build(model.content().data()));
    }

    private void build(AtlasData data) {
        if (data == null || data.features().isEmpty()) {
            return;
        }
        if (gate != null && !gate.toCompletableFuture().isDone()) {
            return;
        }
        // The atlas's corridors with the user's lines (routes run over them too), up to a size a network of
        // stretches and junctions can be built from in seconds; beyond it, the corridors alone.
        List<org.briatlas.model.AtlasFeature> lines = new java.util.ArrayList<>();
        for (org.briatlas.model.AtlasFeature f : data.layer(org.briatlas.model.AtlasLayer.USER)) {
            if (!f.isPoint() && f.feature().isLocated()) {
                lines.add(f);
            }
        }
        if (lines.size() > MAX_USER_LINES) {
            LOG.info(() -> lines.size() + " lines of the user's: more than " + MAX_USER_LINES
                    + ", routes run over the corridors alone");
            lines.clear();
        }
        AtlasData shipped = data.withUserLayer(lines, List.of());
        if (builtFor != null && sameObjects(builtFor.features(), shipped.features())) {
            return;
        }
        builtFor = shipped;
        model.run(StatusMessage.info("task.network"), p -> Planner.of(shipped, Planner.read(Planner.LAND),
                Planner.read(Planner.BORDERS), Planner.read(Planner.COUNTRIES)), planner::set,
                e -> LOG.log(Level.WARNING, "corridor network not built", e));
    }

    /**
     * The same features, object for object: a cheap test on the interface thread (comparing them by value
     * would compare every geometry) that also sees a file read again as new.
     */
    private static boolean sameObjects(List<org.briatlas.model.AtlasFeature> a, List<org.briatlas.model.AtlasFeature> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The network, places and crossings, or null until they are built. */
    public ReadOnlyObjectProperty<Planner> plannerProperty() {
        return planner.getReadOnlyProperty();
    }

    public Planner planner() {
        return planner.get();
    }

    /** Whether the attribute table's window is open. */
    public ReadOnlyBooleanProperty attributesOpenProperty() {
        return attributesOpen.getReadOnlyProperty();
    }

    public void setAttributesOpen(boolean open) {
        attributesOpen.set(open);
    }

    private final javafx.beans.property.ReadOnlyObjectWrapper<org.briatlas.model.AtlasLayer> attributesLayer =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "attributesLayer");

    /** The layer the attribute table is asked to show (null: the table's own choice). */
    public javafx.beans.property.ReadOnlyObjectProperty<org.briatlas.model.AtlasLayer> attributesLayerProperty() {
        return attributesLayer.getReadOnlyProperty();
    }

    public void setAttributesLayer(org.briatlas.model.AtlasLayer l) {
        attributesLayer.set(l);
    }

    /** Whether the network's edges and nodes are drawn on the map. */
    public ReadOnlyBooleanProperty networkShownProperty() {
        return networkShown.getReadOnlyProperty();
    }

    public void setNetworkShown(boolean shown) {
        networkShown.set(shown);
    }

    // ---- routes ----------------------------------------------------------------------------------------

    /** The routes last found, shortest first (read-only). */
    public ObservableList<Route> routes() {
        return routesView;
    }

    /** The route drawn in front on the map, an index into {@link #routes()}, or -1. */
    public ReadOnlyIntegerProperty shownRouteProperty() {
        return shownRoute.getReadOnlyProperty();
    }

    public void showRoute(int index) {
        shownRoute.set(index >= 0 && index < routes.size() ? index : -1);
    }

    /**
     * Finds the shortest way between two places, through {@code via}, in the modes allowed, with up to
     * {@code alternatives} others; says in the status bar what it found.
     *
     * @return false if a place is not on the network (said in the status bar)
     */
    public boolean findRoutes(AtlasFeature from, AtlasFeature to, List<AtlasFeature> via, Set<Mode> modes,
                              int alternatives) {
        Planner p = planner.get();
        if (p == null) {
            model.setStatus(StatusMessage.warning("planner.notReady"));
            return false;
        }
        List<Node> stops = new ArrayList<>();
        for (AtlasFeature f : via) {
            Node n = p.network().nodeOf(f.id()).orElse(null);
            if (n == null) {
                model.setStatus(StatusMessage.warning("planner.offNetwork", f.name(model.language())));
                return false;
            }
            stops.add(n);
        }
        Node a = p.network().nodeOf(from.id()).orElse(null);
        Node b = p.network().nodeOf(to.id()).orElse(null);
        if (a == null || b == null) {
            model.setStatus(StatusMessage.warning("planner.offNetwork", (a == null ? from : to).name(model.language())));
            return false;
        }
        show(new RouteFinder(p.network()).find(a, b, stops, modes, alternatives), from.name(model.language()),
                to.name(model.language()));
        return true;
    }

    /** How far from the network a ruler point may lie to start or end a route. */
    public static final double POINT_SNAP_KM = 50;

    /**
     * Finds routes between the ruler's first and last points, each snapped to the network's nearest node
     * (within {@link #POINT_SNAP_KM}).
     *
     * @return false if there are fewer than two points or a point is too far from the network (said)
     */
    public boolean findRoutesBetweenRulerPoints(Set<Mode> modes, int alternatives) {
        Planner p = planner.get();
        if (p == null || ruler.size() < 2) {
            model.setStatus(StatusMessage.warning(p == null ? "planner.notReady" : "planner.needTwoPoints"));
            return false;
        }
        double[] a = ruler.get(0);
        double[] b = ruler.get(ruler.size() - 1);
        Node from = p.network().nearestNode(a[0], a[1], POINT_SNAP_KM).orElse(null);
        Node to = p.network().nearestNode(b[0], b[1], POINT_SNAP_KM).orElse(null);
        if (from == null || to == null) {
            model.setStatus(StatusMessage.warning("planner.pointOffNetwork", Math.round(POINT_SNAP_KM)));
            return false;
        }
        show(new RouteFinder(p.network()).find(from, to, List.of(), modes, alternatives), from.label(), to.label());
        return true;
    }

    /** Shows the routes found (the shortest in front) and says in the status bar what was found. */
    private void show(List<Route> found, String from, String to) {
        routes.setAll(found);
        shownRoute.set(found.isEmpty() ? -1 : 0);
        model.setStatus(found.isEmpty() ? StatusMessage.warning("planner.noRoute", from, to)
                : StatusMessage.info("planner.found", found.size(), Math.round(found.get(0).lengthKm())));
    }

    /** Takes the routes off the map. */
    public void clearRoutes() {
        routes.clear();
        shownRoute.set(-1);
    }

    // ---- ruler -----------------------------------------------------------------------------------------

    /** Whether map clicks place ruler points. */
    public ReadOnlyBooleanProperty measuringProperty() {
        return measuring.getReadOnlyProperty();
    }

    /** Starts or ends measuring; ending keeps the points on the map until cleared. */
    public void setMeasuring(boolean on) {
        if (on) {
            need();
        }
        measuring.set(on);
    }

    /** The ruler's points, {longitude, latitude} (read-only). */
    public ObservableList<double[]> ruler() {
        return rulerView;
    }

    public void addRulerPoint(double lon, double lat) {
        ruler.add(new double[]{lon, lat});
    }

    public void moveRulerPoint(int index, double lon, double lat) {
        if (index >= 0 && index < ruler.size()) {
            ruler.set(index, new double[]{lon, lat});
        }
    }

    /** Removes the last point (Backspace). */
    public void removeLastRulerPoint() {
        if (!ruler.isEmpty()) {
            ruler.remove(ruler.size() - 1);
        }
    }

    public void clearRuler() {
        ruler.clear();
    }

    /** The ruler's segments: length and initial bearing of each, on WGS84. */
    public List<Geodesic.Line> rulerSegments() {
        List<Geodesic.Line> out = new ArrayList<>();
        for (int i = 1; i < ruler.size(); i++) {
            double[] a = ruler.get(i - 1);
            double[] b = ruler.get(i);
            out.add(Geodesic.inverse(a[0], a[1], b[0], b[1]));
        }
        return out;
    }

    /** The ruler's total length, km. */
    public double rulerKm() {
        return rulerSegments().stream().mapToDouble(Geodesic.Line::lengthKm).sum();
    }

    // ---- near ------------------------------------------------------------------------------------------

    /** What lies near the last place asked about, nearest first (read-only). */
    public ObservableList<Near.Item> near() {
        return nearView;
    }

    /** The geometry the near list is about, or null. */
    public ReadOnlyObjectProperty<Geometry> nearOfProperty() {
        return nearOf.getReadOnlyProperty();
    }

    /** Lists what lies within {@code km} of a feature (or a point, with {@code self} null). */
    public void findNear(Geometry of, double km, AtlasFeature self) {
        // The user's own features too: a teacher's school near the crude line is what the question is about.
        List<AtlasFeature> all = model.content().data().features();
        near.setAll(Near.within(of, km, all, self));
        nearOf.set(of);
        model.setStatus(StatusMessage.info("planner.nearFound", near.size(), Math.round(km)));
    }

    public void clearNear() {
        near.clear();
        nearOf.set(null);
    }
}
