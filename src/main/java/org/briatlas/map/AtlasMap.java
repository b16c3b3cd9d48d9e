package org.briatlas.map;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import org.briatlas.carto.PlaceLabel;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.layers.CorridorLayer;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.Tour;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.TourPlayback;
import org.briatlas.state.ViewRequest;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.geo.WebMercator;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The atlas's map: Gluon's {@link MapView} over the offline tiles, the place labels, a scale bar and the
 * source attribution, with navigation the atlas needs (zoom limits 2 to 10, zoom about the cursor,
 * panning by keys, animated moves to a viewpoint, the live viewpoint and the cursor's position), and the
 * caption of the tour stop being played. A view of {@link AtlasModel}: it follows the model's view requests,
 * reports its viewpoint, hover and clicks to the model, and shows the model's labels in its language.
 *
 * <p>This is the only class where the map's (latitude, longitude) order meets the atlas's
 * (longitude, latitude): everything it exposes is longitude first. FX thread only.
 */
public final class AtlasMap extends StackPane {

    /** Zoom change for one wheel notch. */
    static final double WHEEL_STEP = 0.25;
    /** Zoom change for a toolbar button or key press. */
    public static final double BUTTON_STEP = 1;
    /** Pixels moved by one arrow key press. */
    public static final double KEY_PAN = 120;

    private final MapView mapView = new MapView();
    private final MapNavigator navigator = new MapNavigator();
    private final PlaceLabelLayer labelLayer;
    private final CorridorLayer corridorLayer;
    private final PlannerLayer plannerLayer;
    private final AtlasModel model;
    private final String language;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ScaleBar scaleBar;
    private final HoverName hoverName;
    private final CountryCard countryCard;
    private final Label attribution;
    private final MapOverlays overlays = new MapOverlays(this, getChildren());
    private final ReadOnlyObjectWrapper<MapViewpoint> viewpoint = new ReadOnlyObjectWrapper<>(this, "viewpoint");
    private final ObjectProperty<double[]> pointer = new SimpleObjectProperty<>(this, "pointer");
    private MapViewpoint pendingView;
    private NamedView pendingNamed;
    private Timeline flight;

    /**
     * @param bundle   the interface texts
     * @param language the interface language, for place names and the caption
     */
    public AtlasMap(ResourceBundle bundle, String language, AtlasModel model) {
        this.model = model;
        this.language = language;
        setId("atlas-map");
        getStyleClass().add("atlas-map");
        mapView.setId("map-view");
        labelLayer = new PlaceLabelLayer();
        corridorLayer = new CorridorLayer(model);
        mapView.addLayer(navigator);
        mapView.addLayer(corridorLayer);
        plannerLayer = new PlannerLayer(model, language);
        mapView.addLayer(plannerLayer);
        mapView.addLayer(labelLayer);
        new PlannerTools(model, mapView, plannerLayer);
        mapView.setZoom(5);
        scaleBar = new ScaleBar(bundle, language);
        hoverName = new HoverName(language);
        countryCard = new CountryCard(bundle, language, model);

        attribution = new Label(bundle.getString("map.attribution"));
        attribution.setId("map-attribution");
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);

        // A ring that shows when the map has the keys (arrows pan, + and - zoom); it takes no clicks.
        javafx.scene.layout.Region focusRing = new javafx.scene.layout.Region();
        focusRing.setId("map-focus-ring");
        focusRing.getStyleClass().add("map-focus-ring");
        focusRing.setMouseTransparent(true);
        focusRing.visibleProperty().bind(focusedProperty());
        getChildren().addAll(mapView, scaleBar, attribution, hoverName, countryCard, focusRing);
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 12, 12));
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        setFocusTraversable(true);

        mapView.setOnScroll(this::onScroll);
        mapView.setOnZoom(e -> {
            double factor = e.getZoomFactor();
            if (factor > 0) {
                navigator.zoomAt(Math.log(factor) / Math.log(2), e.getX(), e.getY());
            }
        });
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, this::trackCursor);
        mapView.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::trackCursor);
        pointer.addListener((o, was, now) -> model.reportPointer(now));
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            pointer.set(null);
            model.hover(null);
        });
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            AtlasFeature f = corridorLayer.pick(e.getX(), e.getY());
            model.hover(f);
            mapView.setCursor(model.planner().measuringProperty().get() ? Cursor.CROSSHAIR
                    : f == null ? Cursor.DEFAULT : Cursor.HAND);
            hoverName.show(f, e.getX(), e.getY());
        });
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoverName.show(null, 0, 0));
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                AtlasFeature f = corridorLayer.pick(e.getX(), e.getY());
                model.select(f);
                // Off the corridors, a click on a country the statistics concern says what it traded that
                // year, in a small card at the pointer; the card opens the tables. The layout stays.
                countryCard.show(f == null ? corridorLayer.pickCountry(e.getX(), e.getY()) : null, e.getX(),
                        e.getY());
            }
        });
        mapView.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            stopFlight();
            requestFocus();
        });

        // Change listeners, not invalidation listeners: they re-read the value, so every later change fires too.
        navigator.zoomProperty().addListener((o, was, now) -> refreshViewpoint());
        navigator.centerLatProperty().addListener((o, was, now) -> refreshViewpoint());
        navigator.centerLonProperty().addListener((o, was, now) -> refreshViewpoint());
        layoutBoundsProperty().addListener((o, was, now) -> {
            if (now.getWidth() > 0 && now.getHeight() > 0) {
                applyPending();
                refreshViewpoint();
            }
        });

        // A map built over a model that already has a view (after a language switch) starts there.
        if (model.viewpoint() != null) {
            setViewpoint(model.viewpoint());
        } else if (model.viewRequestProperty().get() != null) {
            follow(model.viewRequestProperty().get());
        }
        subscriptions.change(model.viewRequestProperty(), (was, now) -> follow(now));
        // The key docks away from the selected feature: where that is changes with the view and the selection.
        subscriptions.invalid(() -> {
            if (overlays.keyPlacement() != null) {
                requestLayout();
            }
        }, viewpoint, model.selectedProperty());
        subscriptions.now(model.content().labelsProperty(), labels -> labelLayer.setLabels(
                "en".equals(language) ? labels : labels.stream().map(l -> l.inLanguage(language)).toList()));
        TourPlayback playback = model.classroom().playback();
        subscriptions.invalid(() -> {
            Tour t = playback.tourProperty().get();
            Tour.Stop s = playback.currentStop();
            setCaption(t == null || s == null ? null : (playback.indexProperty().get() + 1) + "/" + t.stops().size()
                    + "  " + Tour.text(s.caption(), language));
        }, playback.indexProperty(), playback.tourProperty());
        // A tour that starts takes the keys: arrows, Page Up/Down and space step through it on the map.
        subscriptions.change(playback.tourProperty(), (was, now) -> {
            if (now != null && was == null) {
                requestFocus();
            }
        });
        Tour.Stop now = playback.currentStop();
        if (now != null) {
            setCaption((playback.indexProperty().get() + 1) + "/" + playback.tourProperty().get().stops().size()
                    + "  " + Tour.text(now.caption(), language));
        }
    }

    /** Moves as the model asks. */
    private void follow(ViewRequest r) {
        if (r == null) {
            return;
        }
        if (r.extent() != null) {
            showExtent(r.extent());
        } else if (r.feature() != null) {
            showFeature(r.feature());
        } else if (r.named() == null && r.view() == null) {
            zoomBy(r.zoomBy());
        } else if (r.named() != null) {
            showNamedView(r.named(), r.animate());
        } else if (r.animate()) {
            flyTo(r.view(), Duration.millis(r.millis()));
        } else {
            setViewpoint(r.view());
        }
    }

    /** Stops following the model (the map is being replaced). */
    public void dispose() {
        stopFlight();
        countryCard.dispose();
        subscriptions.dispose();
        corridorLayer.dispose();
        plannerLayer.dispose();
    }

    /**
     * Sets the map's own type and symbols to {@code scale} times their normal size: place names, corridor
     * lines and point symbols (presentation mode enlarges them for the back row).
     */
    public void setSymbolScale(double scale) {
        labelLayer.setScale(scale);
        corridorLayer.setWeight(scale);
    }

    /** The view the map shows now; updated as the user pans and zooms. */
    public ReadOnlyObjectProperty<MapViewpoint> viewpointProperty() {
        return viewpoint.getReadOnlyProperty();
    }

    public MapViewpoint getViewpoint() {
        return viewpoint.get();
    }

    /** Longitude and latitude under the mouse pointer, or null when it is off the map. */
    public ReadOnlyObjectProperty<double[]> pointerProperty() {
        return pointer;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return navigator.zoomProperty();
    }

    /** Number of place labels shown now. */
    public int placedLabelCount() {
        return labelLayer.placedCount();
    }

    /** Jumps to a viewpoint at once (zoom clamped to the atlas's range). */
    public void setViewpoint(MapViewpoint v) {
        stopFlight();
        MapViewpoint c = v.clamped();
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingView = c;
            pendingNamed = null;
        }
        apply(c);
    }

    /** Shows a named view, fitted to the map's current size (or to its size once it has one). */
    public void showNamedView(NamedView view, boolean animate) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingNamed = view;
            pendingView = null;
            return;
        }
        MapViewpoint target = view.fit(getWidth(), getHeight());
        if (animate) {
            flyTo(target, Duration.millis(700));
        } else {
            setViewpoint(target);
        }
    }

    /** Zooms about the map's centre by whole or fractional levels, smoothly. */
    public void zoomBy(double delta) {
        MapViewpoint now = getViewpoint();
        if (now == null) {
            return;
        }
        double target = MapViewpoint.clampZoom(now.zoom() + delta);
        DoubleProperty z = new SimpleDoubleProperty(now.zoom());
        z.addListener((o, was, is) -> navigator.zoomAt(is.doubleValue() - navigator.zoomProperty().get(),
                getWidth() / 2, getHeight() / 2));
        stopFlight();
        flight = new Timeline(new KeyFrame(Duration.millis(220), new KeyValue(z, target, Interpolator.EASE_OUT)));
        flight.play();
    }

    /** Moves the view by (dx, dy) pixels east and south. */
    public void panBy(double dx, double dy) {
        stopFlight();
        navigator.panBy(dx, dy);
    }

    /**
     * Flies to a viewpoint: the centre moves along a straight line in the Mercator plane while the zoom
     * eases out and back in when the two places are far apart.
     */
    public void flyTo(MapViewpoint target, Duration duration) {
        MapViewpoint from = getViewpoint();
        MapViewpoint to = target.clamped();
        if (from == null) {
            setViewpoint(to);
            return;
        }
        stopFlight();
        double x0 = WebMercator.x(from.lon());
        double y0 = WebMercator.y(from.lat());
        double x1 = WebMercator.x(to.lon());
        double y1 = WebMercator.y(to.lat());
        double distancePx = Math.hypot(x1 - x0, y1 - y0) * WebMercator.worldSize(Math.min(from.zoom(), to.zoom()));
        double span = Math.max(getWidth(), getHeight());
        double dip = distancePx > span ? Math.min(3, Math.log(distancePx / span) / Math.log(2)) : 0;
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((o, was, is) -> {
            double f = is.doubleValue();
            double zoom = from.zoom() + (to.zoom() - from.zoom()) * f - dip * 4 * f * (1 - f);
            apply(new MapViewpoint(WebMercator.lon(x0 + (x1 - x0) * f), WebMercator.lat(y0 + (y1 - y0) * f),
                    MapViewpoint.clampZoom(zoom)));
        });
        flight = new Timeline(new KeyFrame(duration, new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        flight.setOnFinished(e -> apply(to));
        flight.play();
    }

    private void stopFlight() {
        if (flight != null) {
            flight.stop();
            flight = null;
        }
    }

    private void apply(MapViewpoint v) {
        mapView.setZoom(v.zoom());
        // Gluon only re-centres when the centre property changes: nudge it so a repeated centre still applies.
        mapView.setCenter(v.lat() + 1e-9, v.lon());
        mapView.setCenter(v.lat(), v.lon());
    }

    private void applyPending() {
        if (pendingNamed != null) {
            NamedView n = pendingNamed;
            pendingNamed = null;
            showNamedView(n, false);
        } else if (pendingView != null) {
            MapViewpoint v = pendingView;
            pendingView = null;
            apply(v);
        }
    }

    private void onScroll(ScrollEvent e) {
        double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
        if (notches == 0) {
            return;
        }
        stopFlight();
        double delta = Math.max(-1, Math.min(1, notches * WHEEL_STEP));
        navigator.zoomAt(delta, e.getX(), e.getY());
        e.consume();
    }

    private void trackCursor(MouseEvent e) {
        MapPoint p = mapView.getMapPosition(e.getX(), e.getY());
        if (p == null || Math.abs(p.getLatitude()) > WebMercator.MAX_LATITUDE
                || p.getLongitude() < -180 || p.getLongitude() > 180) {
            pointer.set(null);
        } else {
            pointer.set(new double[]{p.getLongitude(), p.getLatitude()});
        }
    }

    private void refreshViewpoint() {
        if (getScene() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Optional<MapPoint> c = Optional.ofNullable(mapView.getMapPosition(getWidth() / 2, getHeight() / 2));
        c.ifPresent(p -> {
            double lon = Math.max(-180, Math.min(180, p.getLongitude()));
            double lat = Math.max(-WebMercator.MAX_LATITUDE, Math.min(WebMercator.MAX_LATITUDE, p.getLatitude()));
            double zoom = navigator.zoomProperty().get();
            MapViewpoint v = new MapViewpoint(lon, lat, zoom);
            viewpoint.set(v);
            model.reportViewpoint(v);
            scaleBar.update(lat, zoom);
        });
    }

    /** Flies to a feature, fitting its extent (a point gets zoom 8 at least) into the view. */
    private void showFeature(AtlasFeature f) {
        showExtent(f.geometry().getEnvelopeInternal());
    }

    private void showExtent(org.locationtech.jts.geom.Envelope extent) {
        org.locationtech.jts.geom.Envelope e = extent;
        if (e.isNull()) {
            return;
        }
        if (e.getWidth() > 180) {
            // Split at 180 degrees: show the Asian side, where the route joins the atlas.
            e = new org.locationtech.jts.geom.Envelope(60, 180, e.getMinY(), e.getMaxY());
        }
        double x0 = WebMercator.x(e.getMinX());
        double x1 = WebMercator.x(e.getMaxX());
        double y0 = WebMercator.y(e.getMaxY());
        double y1 = WebMercator.y(e.getMinY());
        double w = Math.max(1, getWidth() * 0.8);
        double h = Math.max(1, getHeight() * 0.8);
        double zoom = Math.min(Math.log(w / Math.max(1e-9, (x1 - x0) * WebMercator.TILE_SIZE)),
                Math.log(h / Math.max(1e-9, (y1 - y0) * WebMercator.TILE_SIZE))) / Math.log(2);
        zoom = Math.min(zoom, 8);
        flyTo(new MapViewpoint(WebMercator.lon((x0 + x1) / 2), WebMercator.lat((y0 + y1) / 2),
                MapViewpoint.clampZoom(Math.floor(zoom * 4) / 4)), Duration.millis(800));
    }

    /** Shows a caption over the top of the map (a tour stop's), or hides it for null. */
    public void setCaption(String text) {
        overlays.setCaption(text);
    }

    /**
     * Docks a key on the map (presentation mode), in the corner that hides least of the selected feature and
     * at most a fifth of the map, or removes it for null.
     */
    public void setKey(javafx.scene.layout.Region newKey) {
        overlays.setKey(newKey);
    }

    /** Shows a hint in the middle of the map that fades after a few seconds, or removes it for null. */
    public void showHint(String text) {
        overlays.showHint(text);
    }

    /** The hint shown now, or null. */
    public String hint() {
        return overlays.hint();
    }

    /** The corner the key is docked in now, or null when no key shows. */
    public String keyCorner() {
        KeyDock.Placement p = overlays.keyPlacement();
        return p == null ? null : p.corner().name();
    }

    /** The caption shown over the map, or null. */
    public String caption() {
        return overlays.caption();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        AtlasFeature selected = model.selected();
        labelLayer.setObstacles(overlays.layout(getWidth(), getHeight(), scaleBar.getBoundsInParent(),
                attribution.getBoundsInParent(), selected == null ? null : selected.geometry(), viewpoint.get()));
    }

    /** The corridor layer, for the benchmark and tests. */
    public CorridorLayer corridorLayer() {
        return corridorLayer;
    }

    /** The scale bar's current text, for tests and the status line. */
    public String scaleText() {
        return scaleBar.text();
    }
}
