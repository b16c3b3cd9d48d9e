package org.briatlas.layers;

import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.briatlas.analysis.FeatureIndex;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the Table 2 channels and the place layers over the base map and under the labels, on one
 * canvas redrawn when the view, the data, the visible layers or the selection change. Lines are drawn
 * channel by channel in the order of {@link AtlasLayer}, points on top; the hovered and the selected
 * feature get a halo. Also answers which feature lies under a pixel, through a {@link FeatureIndex}.
 * FX thread only.
 */
public final class CorridorLayer extends ViewLayer {

    /** Pixels of slack around a line or symbol when picking. */
    public static final double PICK_TOLERANCE_PX = 6;
    private static final Color HALO_SELECTED = Color.web("#ffd54f", 0.95);
    private static final Color HALO_HOVER = Color.web("#ffffff", 0.9);
    private static final double[] SCHEMATIC_DASH = {3, 5};

    private final AtlasModel state;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Canvas canvas = new Canvas();
    private List<Shape> shapes = List.of();
    private FeatureIndex index = new FeatureIndex(List.of());
    private boolean contentChanged = true;
    private double lastZoom = Double.NaN;
    private double lastTx = Double.NaN;
    private double lastTy = Double.NaN;
    private long drawNanos;

    /** A feature with its geometry in normalised Mercator, ready to draw. */
    private record Shape(AtlasFeature feature, List<double[]> parts, boolean point) {
    }

    /** A country the statistics concern, in normalised Mercator, for shading and picking. */
    private record CountryShape(String iso, String name, List<double[]> rings, Geometry projected) {
    }

    private List<CountryShape> countries = List.of();
    private TradeByCountry trade;

    public CorridorLayer(AtlasModel model) {
        this.state = model;
        setMouseTransparent(true);
        canvas.setId("corridor-canvas");
        getChildren().add(canvas);
        Runnable changed = () -> {
            contentChanged = true;
            markDirty();
        };
        subscriptions.now(model.content().dataProperty(), d -> {
            setData(d);
            changed.run();
        });
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
    }

    private void setData(AtlasData data) {
        List<Shape> lines = new ArrayList<>();
        List<Shape> points = new ArrayList<>();
        for (AtlasLayer layer : AtlasLayer.values()) {
            for (AtlasFeature f : data.layer(layer)) {
                Shape s = toShape(f);
                (s.point() ? points : lines).add(s);
            }
        }
        lines.addAll(points);
        shapes = List.copyOf(lines);
        index = new FeatureIndex(data.features());
    }

    private static Shape toShape(AtlasFeature f) {
        List<double[]> parts = new ArrayList<>();
        Geometry g = f.geometry();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] cs = g.getGeometryN(i).getCoordinates();
            double[] xy = new double[cs.length * 2];
            for (int j = 0; j < cs.length; j++) {
                xy[2 * j] = WebMercator.x(cs[j].x);
                xy[2 * j + 1] = WebMercator.y(cs[j].y);
            }
            parts.add(xy);
        }
        return new Shape(f, parts, f.isPoint());
    }

    /** Sets the country outlines and the trade figures they are shaded by. */
    private void setCountries(List<org.briatlas.model.GeoFeature> shapes, TradeByCountry figures) {
        List<CountryShape> out = new ArrayList<>();
        for (org.briatlas.model.GeoFeature f : shapes) {
            List<double[]> rings = new ArrayList<>();
            Geometry g = f.geometry();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) g.getGeometryN(i);
                rings.add(project(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(project(p.getInteriorRingN(h).getCoordinates()));
                }
            }
            out.add(new CountryShape(f.text("iso").orElse("?"), f.text("name").orElse("?"), rings,
                    FeatureIndex.project(g)));
        }
        countries = List.copyOf(out);
        trade = figures;
        contentChanged = true;
        markDirty();
    }

    private static double[] project(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int j = 0; j < cs.length; j++) {
            xy[2 * j] = WebMercator.x(cs[j].x);
            xy[2 * j + 1] = WebMercator.y(cs[j].y);
        }
        return xy;
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

    /** Fill colour for a shading class, from light to strong. */
    public static Color shade(int shadeClass) {
        return SHADES[Math.max(0, Math.min(SHADES.length - 1, shadeClass))];
    }

    private static final Color[] SHADES = {Color.web("#fff3c4"), Color.web("#ffd98a"), Color.web("#f7a95c"),
            Color.web("#e8703a"), Color.web("#c43c28")};

    /** The visible feature under a pixel of the map (MapView coordinates), or null. */
    public AtlasFeature pick(double x, double y) {
        if (baseMap == null) {
            return null;
        }
        double world = WebMercator.worldSize(baseMap.zoom().get());
        double mx = (x - baseMap.getTranslateX()) / world;
        double my = (y - baseMap.getTranslateY()) / world;
        return index.nearest(mx, my, PICK_TOLERANCE_PX / world, f -> state.isVisible(f.layer()));
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
            markDirty();
        }
    }

    public double weight() {
        return weight;
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
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
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
        draw(g, w, h, WebMercator.worldSize(zoom), tx, ty);
        drawNanos = System.nanoTime() - t0;
    }

    private void draw(GraphicsContext g, double w, double h, double world, double tx, double ty) {
        g.clearRect(0, 0, w + 1, h + 1);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        drawCountries(g, world, tx, ty);
        AtlasFeature selected = state.selected();
        AtlasFeature hovered = state.hoveredProperty().get();
        int year = state.year();
        for (Shape s : shapes) {
            if (!state.isVisible(s.feature().layer())) {
                continue;
            }
            LayerStyle style = LayerStyle.of(s.feature().layer());
            boolean isSelected = s.feature() == selected;
            boolean isHovered = s.feature() == hovered;
            if (s.point()) {
                drawPoint(g, s, style, world, tx, ty, isSelected, isHovered, weight);
            } else {
                boolean notYet = s.feature().openedYear().isPresent() && s.feature().openedYear().getAsInt() > year;
                if (notYet) {
                    g.setGlobalAlpha(0.35);
                }
                drawLine(g, s, style, world, tx, ty, w, h, isSelected, isHovered, weight);
                g.setGlobalAlpha(1);
            }
        }
    }

    private void drawCountries(GraphicsContext g, double world, double tx, double ty) {
        int year = state.year();
        String chosen = state.chosenCountry();
        for (CountryShape c : countries) {
            java.util.Optional<TradeByCountry.Figure> f = trade == null ? java.util.Optional.empty() : trade.get(c.iso(), year);
            boolean highlighted = state.highlightedCountries().contains(c.iso());
            if (f.isEmpty() && !highlighted && !c.iso().equals(chosen)) {
                continue;
            }
            g.beginPath();
            for (double[] ring : c.rings()) {
                for (int i = 0; i < ring.length; i += 2) {
                    double x = ring[i] * world + tx;
                    double y = ring[i + 1] * world + ty;
                    if (i == 0) {
                        g.moveTo(x, y);
                    } else {
                        g.lineTo(x, y);
                    }
                }
                g.closePath();
            }
            if (f.isPresent()) {
                g.setFill(shade(TradeByCountry.shadeClass(f.get().billionUsd())).deriveColor(0, 1, 1, 0.4));
                g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
                g.fill();
            }
            if (highlighted || c.iso().equals(chosen)) {
                g.setStroke(c.iso().equals(chosen) ? Color.web("#b71c1c") : Color.web("#6a1b9a", 0.9));
                g.setLineWidth(c.iso().equals(chosen) ? 3 : 2);
                g.setLineDashes(c.iso().equals(chosen) ? null : new double[]{6, 4});
                g.stroke();
                g.setLineDashes((double[]) null);
            }
        }
    }

    private static void drawLine(GraphicsContext g, Shape s, LayerStyle style, double world, double tx, double ty,
                                 double w, double h, boolean selected, boolean hovered, double weight) {
        for (double[] xy : s.parts()) {
            int n = xy.length / 2;
            double[] px = new double[n];
            double[] py = new double[n];
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                px[i] = xy[2 * i] * world + tx;
                py[i] = xy[2 * i + 1] * world + ty;
                minX = Math.min(minX, px[i]);
                maxX = Math.max(maxX, px[i]);
                minY = Math.min(minY, py[i]);
                maxY = Math.max(maxY, py[i]);
            }
            if (maxX < -20 || minX > w + 20 || maxY < -20 || minY > h + 20) {
                continue;
            }
            if (selected || hovered) {
                g.setLineDashes((double[]) null);
                g.setStroke(selected ? HALO_SELECTED : HALO_HOVER);
                g.setLineWidth((style.width() + (selected ? 8 : 6)) * weight);
                g.strokePolyline(px, py, n);
            } else {
                g.setLineDashes((double[]) null);
                g.setStroke(Color.web("#ffffff", 0.75));
                g.setLineWidth((style.width() + 2.5) * weight);
                g.strokePolyline(px, py, n);
            }
            g.setStroke(style.color());
            g.setLineWidth((style.width() + (selected ? 1 : 0)) * weight);
            // A schematic geometry (no real alignment known) is drawn lighter and broken, so nobody reads
            // it as a surveyed route.
            boolean schematic = s.feature().properties().getOrDefault("geometryMethod", "").toString()
                    .startsWith("schematic");
            g.setLineDashes(scaled(schematic ? SCHEMATIC_DASH : style.dash(), weight));
            g.setGlobalAlpha(schematic ? 0.7 : 1);
            g.strokePolyline(px, py, n);
            g.setGlobalAlpha(1);
        }
        g.setLineDashes((double[]) null);
    }

    private static double[] scaled(double[] dash, double weight) {
        if (dash == null || weight == 1) {
            return dash;
        }
        double[] out = dash.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= weight;
        }
        return out;
    }

    private static void drawPoint(GraphicsContext g, Shape s, LayerStyle style, double world, double tx, double ty,
                                  boolean selected, boolean hovered, double weight) {
        String kind = s.feature().kind();
        double r = LayerStyle.symbolRadius(kind) * weight;
        LayerStyle.Symbol symbol = LayerStyle.symbol(kind);
        for (double[] xy : s.parts()) {
            for (int i = 0; i < xy.length; i += 2) {
                double x = xy[i] * world + tx;
                double y = xy[i + 1] * world + ty;
                if (selected || hovered) {
                    g.setFill(selected ? HALO_SELECTED : HALO_HOVER);
                    g.fillOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
                }
                Symbols.draw(g, symbol, x, y, r, style.color());
            }
        }
    }

}
