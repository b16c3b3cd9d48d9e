package org.briatlas.map;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.briatlas.analysis.Geodesic;
import org.briatlas.analysis.Near;
import org.briatlas.analysis.network.Edge;
import org.briatlas.analysis.network.Route;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Formats;
import org.briatlas.layers.ViewLayer;
import org.briatlas.model.AtlasFeature;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.PlannerState;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner's drawing over the corridors: the routes found (the one shown in front, thick, the others thin),
 * the ruler with its points and the length of each segment, and rings round what lies near. The ruler's
 * points can be dragged; while measuring, a click on the map adds a point, snapped to the nearest corridor
 * vertex or place within {@link #SNAP_PX} (a place first) unless Alt is held. FX thread only.
 */
final class PlannerLayer extends ViewLayer {

    /** How close to a vertex or place a ruler point snaps to it, pixels. */
    static final double SNAP_PX = 12;
    /**
     * The planner's own colour: a deep indigo, drawn solid and wide with a white casing, which no corridor,
     * the user's layer (magenta) nor the shading uses; aviation's purple is thin and dotted.
     */
    static final Color ROUTE = Color.web("#1a237e");
    static final Color RULER = Color.web("#111111");

    private final AtlasModel model;
    private final PlannerState planner;
    private final String language;
    private final Group routes = new Group();
    private final Group ruler = new Group();
    private final Group near = new Group();
    private final Group network = new Group();
    private final Subscriptions subscriptions = new Subscriptions();
    private int dragging = -1;

    PlannerLayer(AtlasModel model, String language) {
        this.model = model;
        this.planner = model.planner();
        this.language = language;
        setPickOnBounds(false);
        routes.setMouseTransparent(true);
        near.setMouseTransparent(true);
        routes.setId("planner-routes");
        ruler.setId("planner-ruler");
        near.setId("planner-near");
        network.setMouseTransparent(true);
        network.setId("planner-network");
        getChildren().addAll(network, routes, near, ruler);
        subscriptions.list(planner.routes(), c -> markDirty());
        subscriptions.list(planner.ruler(), c -> markDirty());
        subscriptions.list(planner.near(), c -> markDirty());
        subscriptions.invalid(this::markDirty, planner.shownRouteProperty(), planner.networkShownProperty(),
                planner.plannerProperty());
    }

    void dispose() {
        subscriptions.dispose();
    }

    /** The ruler point under the map point (x, y), or -1. */
    int rulerPointAt(double x, double y) {
        List<double[]> pts = planner.ruler();
        for (int i = pts.size() - 1; i >= 0; i--) {
            Point2D p = getMapPoint(pts.get(i)[1], pts.get(i)[0]);
            if (p != null && p.distance(x, y) <= 8) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The longitude and latitude for a ruler point at (x, y): the nearest corridor vertex or place within
     * {@link #SNAP_PX}, or the point itself when {@code free} (Alt held) or when nothing is that close.
     */
    double[] snap(double x, double y, double[] pointer, boolean free, List<AtlasFeature> features) {
        double[] at = pointer.clone();
        if (free) {
            return at;
        }
        // A place within reach wins over a route's vertex: a planner clicking by Harbin means Harbin.
        for (boolean places : new boolean[]{true, false}) {
            double best = SNAP_PX;
            double[] found = null;
            for (AtlasFeature f : features) {
                if (f.isPoint() != places) {
                    continue;
                }
                for (Coordinate c : f.geometry().getCoordinates()) {
                    Point2D p = getMapPoint(c.y, c.x);
                    if (p != null) {
                        double d = p.distance(x, y);
                        if (d < best) {
                            best = d;
                            found = new double[]{c.x, c.y};
                        }
                    }
                }
            }
            if (found != null) {
                return found;
            }
        }
        return at;
    }

    /** Starts dragging a ruler point (consumes the press so that the map does not pan). */
    void onPressed(MouseEvent e) {
        dragging = rulerPointAt(e.getX(), e.getY());
        if (dragging >= 0) {
            e.consume();
        }
    }

    void onDragged(MouseEvent e, double[] pointer, List<AtlasFeature> features) {
        if (dragging >= 0 && pointer != null) {
            double[] p = snap(e.getX(), e.getY(), pointer, e.isAltDown(), features);
            planner.moveRulerPoint(dragging, p[0], p[1]);
            e.consume();
        }
    }

    /** True if this release ended a drag. */
    boolean onReleased(MouseEvent e) {
        boolean was = dragging >= 0;
        dragging = -1;
        if (was) {
            e.consume();
        }
        return was;
    }

    Cursor cursorAt(double x, double y) {
        return rulerPointAt(x, y) >= 0 ? Cursor.MOVE : planner.measuringProperty().get() ? Cursor.CROSSHAIR : null;
    }

    @Override
    protected void layoutLayer() {
        drawNetwork();
        drawRoutes();
        drawNear();
        drawRuler();
    }

    private void drawRoutes() {
        routes.getChildren().clear();
        List<Route> all = planner.routes();
        int shown = planner.shownRouteProperty().get();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (i == shown) {
                continue;
            }
            for (Edge e : all.get(i).edges()) {
                routes.getChildren().add(line(e.path(), ROUTE.deriveColor(0, 1, 1, 0.55), 3, true));
            }
        }
        if (shown >= 0 && shown < all.size()) {
            for (Edge e : all.get(shown).edges()) {
                routes.getChildren().add(line(e.path(), Color.WHITE, 9, false));
            }
            for (Edge e : all.get(shown).edges()) {
                Polyline p = line(e.path(), ROUTE, 5, false);
                p.setId("planner-route-shown");
                routes.getChildren().add(p);
            }
        }
    }

    /** The network as the route finder sees it: its edges thin, by mode, and its nodes, named ones larger. */
    private void drawNetwork() {
        network.getChildren().clear();
        org.briatlas.analysis.network.Planner p = planner.planner();
        if (!planner.networkShownProperty().get() || p == null) {
            return;
        }
        for (Edge e : p.network().graph().edgeSet()) {
            Polyline l = line(e.path(), ROUTE.deriveColor(0, 1, 0.8, 0.8), 1.6, e.mode() == org.briatlas.analysis
                    .network.Mode.SEA || e.mode() == org.briatlas.analysis.network.Mode.AIR);
            network.getChildren().add(l);
        }
        for (org.briatlas.analysis.network.Node n : p.network().nodes()) {
            Point2D s = getMapPoint(n.lat(), n.lon());
            if (s != null) {
                Circle c = new Circle(s.getX(), s.getY(), n.placeId() == null ? 2.2 : 3.6, Color.WHITE);
                c.setStroke(ROUTE);
                c.setStrokeWidth(1.4);
                c.getStyleClass().add("planner-network-node");
                network.getChildren().add(c);
            }
        }
    }

    private void drawNear() {
        near.getChildren().clear();
        for (Near.Item item : planner.near()) {
            if (item.feature().isPoint()) {
                Coordinate c = item.feature().geometry().getCoordinate();
                Point2D p = getMapPoint(c.y, c.x);
                if (p != null) {
                    Circle ring = new Circle(p.getX(), p.getY(), 9, Color.TRANSPARENT);
                    ring.setStroke(ROUTE);
                    ring.setStrokeWidth(2.5);
                    near.getChildren().add(ring);
                }
            }
        }
    }

    private void drawRuler() {
        ruler.getChildren().clear();
        List<double[]> pts = planner.ruler();
        if (pts.isEmpty()) {
            return;
        }
        List<Point2D> screen = new ArrayList<>();
        for (double[] p : pts) {
            Point2D s = getMapPoint(p[1], p[0]);
            screen.add(s == null ? new Point2D(Double.NaN, Double.NaN) : s);
        }
        if (pts.size() >= 2) {
            // Each segment drawn along its geodesic (sampled), not as a straight screen line.
            for (int i = 1; i < pts.size(); i++) {
                Coordinate[] path = geodesic(pts.get(i - 1), pts.get(i));
                ruler.getChildren().add(line(path, Color.WHITE, 6, false));
                Polyline l = line(path, RULER, 2.5, true);
                l.setId("planner-ruler-line");
                ruler.getChildren().add(l);
            }
        }
        double total = 0;
        for (int i = 0; i < pts.size(); i++) {
            Point2D s = screen.get(i);
            Circle dot = new Circle(s.getX(), s.getY(), 5, Color.WHITE);
            dot.setStroke(RULER);
            dot.setStrokeWidth(2);
            dot.getStyleClass().add("planner-ruler-point");
            ruler.getChildren().add(dot);
            if (i > 0) {
                double km = Geodesic.distanceKm(pts.get(i - 1)[0], pts.get(i - 1)[1], pts.get(i)[0], pts.get(i)[1]);
                total += km;
                Point2D a = screen.get(i - 1);
                // Each segment's own length at its middle; the total, bold, beside the last point.
                ruler.getChildren().add(label(Formats.km(km, language), (a.getX() + s.getX()) / 2 + 6,
                        (a.getY() + s.getY()) / 2 - 6, false));
            }
        }
        if (pts.size() >= 2) {
            Point2D last = screen.get(pts.size() - 1);
            ruler.getChildren().add(label("\u03a3 " + Formats.km(total, language), last.getX() + 10, last.getY() + 18,
                    true));
        }
    }

    private static Text label(String text, double x, double y, boolean bold) {
        Text t = new Text(x, y, text);
        t.setFont(Font.font("Noto Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, 12.5));
        t.setFill(RULER);
        t.setStroke(Color.WHITE);
        t.setStrokeWidth(3);
        t.setStrokeType(javafx.scene.shape.StrokeType.OUTSIDE);
        t.setMouseTransparent(true);
        if (bold) {
            t.setId("planner-ruler-total");
        }
        return t;
    }

    private static Coordinate[] geodesic(double[] a, double[] b) {
        Geodesic.Line l = Geodesic.inverse(a[0], a[1], b[0], b[1]);
        int n = (int) Math.max(1, Math.min(200, Math.ceil(l.lengthKm() / 25)));
        Coordinate[] out = new Coordinate[n + 1];
        out[0] = new Coordinate(a[0], a[1]);
        for (int k = 1; k < n; k++) {
            double[] p = Geodesic.direct(a[0], a[1], l.bearing(), l.lengthKm() * k / n);
            out[k] = new Coordinate(p[0], p[1]);
        }
        out[n] = new Coordinate(b[0], b[1]);
        return out;
    }

    private Polyline line(Coordinate[] path, Color color, double width, boolean dashed) {
        Polyline p = new Polyline();
        double lastX = Double.NaN;
        for (Coordinate c : path) {
            Point2D s = getMapPoint(c.y, c.x);
            if (s == null) {
                continue;
            }
            // A jump of more than half the world is the line crossing 180 degrees: do not draw across the map.
            if (!Double.isNaN(lastX) && Math.abs(s.getX() - lastX) > 128 * Math.pow(2, baseMap.zoom().get())) {
                continue;
            }
            p.getPoints().addAll(s.getX(), s.getY());
            lastX = s.getX();
        }
        p.setStroke(color);
        p.setStrokeWidth(width);
        p.setStrokeLineCap(StrokeLineCap.ROUND);
        p.setStrokeLineJoin(StrokeLineJoin.ROUND);
        p.setFill(null);
        p.setMouseTransparent(true);
        if (dashed) {
            p.getStrokeDashArray().setAll(8.0, 5.0);
        }
        return p;
    }
}
