package org.briatlas.layers;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.briatlas.analysis.FeatureIndex;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.carto.ThematicFrame;
import org.briatlas.carto.ThematicPainter;
import org.briatlas.carto.ThematicStyle;
import org.briatlas.fx.FxSurface;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.fx.Subscriptions;
import org.briatlas.model.GeoFeature;
import org.briatlas.state.AtlasModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the Table 2 channels and the place layers over the base map and under the labels, on one
 * canvas redrawn when the view, the data, the visible layers or the selection change. Lines are drawn
 * channel by channel in the order of {@link AtlasLayer}, points on top; the hovered and the selected
 * feature get a halo. The drawing is the {@link ThematicPainter}'s, the same as on slides. Also answers
 * which feature or country lies under a pixel, through a {@link FeatureIndex}. FX thread only.
 */
public final class CorridorLayer extends ViewLayer {

    /** Pixels of slack around a line or symbol when picking. */
    public static final double PICK_TOLERANCE_PX = 8;

    private final AtlasModel state;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Canvas canvas = new Canvas();
    /** The user's layers, drawn off this thread. */
    private final UserLayerRaster raster = new UserLayerRaster();
    private ThematicPainter painter = new ThematicPainter(List.of());
    private FeatureIndex index = new FeatureIndex(List.of());
    private boolean contentChanged = true;
    private double lastZoom = Double.NaN;
    private double lastTx = Double.NaN;
    private double lastTy = Double.NaN;
    private long drawNanos;

    /** A country the statistics concern, in normalised Mercator, for picking. */
    private record CountryShape(String iso, Geometry projected) {
    }

    private List<CountryShape> countries = List.of();
    private TradeByCountry trade;

    public CorridorLayer(AtlasModel model) {
        this.state = model;
        setMouseTransparent(true);
        canvas.setId("corridor-canvas");
        getChildren().addAll(canvas, raster.imageNode(), raster.haloNode());
        Runnable changed = () -> {
            contentChanged = true;
            markDirty();
        };
        // The painter and index come made from the model: a large user layer costs this thread nothing.
        subscriptions.now(model.content().thematicsProperty(), t -> {
            painter = t.painter();
            index = t.index();
            raster.contentChanged();
            changed.run();
        });
        subscriptions.list(model.content().userLayers(), c -> {
            raster.contentChanged();
            changed.run();
        });
        subscriptions.invalid(raster::contentChanged, model.yearProperty());
        subscriptions.invalid(() -> setCountries(model.content().countriesProperty().get(),
                model.content().tradeProperty().get()), model.content().countriesProperty(),
                model.content().tradeProperty());
        setCountries(model.content().countriesProperty().get(), model.content().tradeProperty().get());
        subscriptions.invalid(changed, model.selectedProperty(), model.yearProperty(), model.countryChoiceProperty(),
                model.hoveredProperty());
        subscriptions.set(model.highlightedCountries(), c -> changed.run());
        for (AtlasLayer l : AtlasLayer.values()) {
            subscriptions.invalid(changed, model.visibleProperty(l));
        }
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
        raster.dispose();
    }

    /** Sets the country outlines and the trade figures they are shaded by. */
    private void setCountries(List<GeoFeature> shapes, TradeByCountry figures) {
        List<CountryShape> out = new ArrayList<>();
        for (GeoFeature f : shapes) {
            out.add(new CountryShape(f.text("iso").orElse("?"), FeatureIndex.project(f.geometry())));
        }
        countries = List.copyOf(out);
        trade = figures;
        contentChanged = true;
        markDirty();
    }

    /** ISO code of the statistics country under a pixel, or null. */
    public String pickCountry(double x, double y) {
        if (baseMap == null) {
            return null;
        }
        double world = WebMercator.worldSize(baseMap.zoom().get());
        org.locationtech.jts.geom.Point p = new org.locationtech.jts.geom.GeometryFactory().createPoint(
                new Coordinate((x - baseMap.getTranslateX()) / world, (y - baseMap.getTranslateY()) / world));
        // Foreign countries first; China (for the province's own tables) only where no other country is.
        String china = null;
        for (CountryShape c : countries) {
            if (c.projected().getEnvelopeInternal().contains(p.getCoordinate()) && c.projected().contains(p)) {
                if (!c.iso().equals("CN")) {
                    return c.iso();
                }
                china = c.iso();
            }
        }
        return china;
    }

    /** Fill colour for a shading class, from light to strong (opaque; see {@link ThematicStyle#shade}). */
    public static Color shade(int shadeClass) {
        return FxSurface.colour(ThematicStyle.shade(shadeClass));
    }

    /** The visible feature under a pixel of the map (MapView coordinates), or null. */
    public AtlasFeature pick(double x, double y) {
        if (baseMap == null) {
            return null;
        }
        double world = WebMercator.worldSize(baseMap.zoom().get());
        double mx = (x - baseMap.getTranslateX()) / world;
        double my = (y - baseMap.getTranslateY()) / world;
        double tolerance = PICK_TOLERANCE_PX * weight;
        // The user's layers are drawn over the atlas's, and are picked first.
        if (state.isVisible(AtlasLayer.USER)) {
            AtlasFeature mine = painter.userLayers().pick(mx, my, tolerance / world);
            if (mine != null) {
                return mine;
            }
        }
        // Points win: they are small targets drawn on top.
        AtlasFeature point = index.nearest(mx, my, tolerance / world, f -> f.isPoint() && state.isVisible(f.layer()));
        if (point != null) {
            return point;
        }
        // Lines: the one drawn nearest the pointer, where a bundle draws it beside the others.
        ThematicFrame frame = new ThematicFrame(world, -baseMap.getTranslateX(), -baseMap.getTranslateY(),
                1e6, 1e6, state::isVisible, null, null, state.year(), weight, null, null, null);
        double reach = (tolerance + painter.maxOffset(frame)) / world;
        AtlasFeature best = null;
        double bestDistance = tolerance;
        for (AtlasFeature f : index.within(mx, my, reach, f -> !f.isPoint() && state.isVisible(f.layer()))) {
            double d = painter.screenDistance(f, frame, x, y);
            if (d == Double.POSITIVE_INFINITY) {
                // Not drawn by the painter (an area of a user's layer): its geometry's distance.
                d = index.within(mx, my, tolerance / world, g -> g == f).isEmpty() ? d : 0;
            }
            if (d <= bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    }

    private double weight = 1;

    /**
     * Draws lines and symbols {@code weight} times their normal width and size (presentation mode
     * thickens them so they read on a projector).
     */
    public void setWeight(double weight) {
        if (weight != this.weight) {
            this.weight = weight;
            contentChanged = true;
            raster.contentChanged();
            markDirty();
        }
    }

    public double weight() {
        return weight;
    }

    /** Nanoseconds the user's layers last took to draw, off the interface thread (for the benchmark). */
    public long lastUserDrawNanos() {
        return raster.lastDrawNanos();
    }

    /** True while the user's layers are being drawn anew, or are due to be. */
    public boolean userLayersBusy() {
        return raster.busy();
    }

    /** Nanoseconds the last redraw took (for the benchmark). */
    public long lastDrawNanos() {
        return drawNanos;
    }

    @Override
    protected void layoutLayer() {
        if (getParent() == null || baseMap == null) {
            return;
        }
        double w = getParent().getLayoutBounds().getWidth();
        double h = getParent().getLayoutBounds().getHeight();
        double zoom = baseMap.zoom().get();
        double tx = baseMap.getTranslateX();
        double ty = baseMap.getTranslateY();
        // Draw at the screen's output scale so that lines stay crisp on HiDPI displays.
        double scale = getScene() != null && getScene().getWindow() != null
                ? getScene().getWindow().getOutputScaleX() : 1;
        if (!contentChanged && w * scale == canvas.getWidth() && h * scale == canvas.getHeight() && zoom == lastZoom
                && tx == lastTx && ty == lastTy) {
            return;
        }
        contentChanged = false;
        lastZoom = zoom;
        lastTx = tx;
        lastTy = ty;
        canvas.setWidth(w * scale);
        canvas.setHeight(h * scale);
        canvas.getTransforms().setAll(new javafx.scene.transform.Scale(1 / scale, 1 / scale, 0, 0));
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(scale, 0, 0, scale, 0, 0);
        g.clearRect(0, 0, w + 1, h + 1);
        // The layer's translation is the map's: world pixel (0, 0) sits at (tx, ty) on the screen.
        ThematicFrame frame = new ThematicFrame(WebMercator.worldSize(zoom), -tx, -ty, w, h, state::isVisible,
                state.selected(), state.hoveredProperty().get(), state.year(), weight,
                trade, state.highlightedCountries(), state.chosenCountry());
        painter.paint(new FxSurface(g), frame, false);
        raster.layout(painter.userLayers(), state.isVisible(AtlasLayer.USER), frame, scale);
        drawNanos = System.nanoTime() - t0;
    }

}
