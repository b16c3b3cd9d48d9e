package org.briatlas.map;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import org.briatlas.carto.LabelFont;
import org.briatlas.carto.LabelPlacer;
import org.briatlas.carto.MapStyle;
import org.briatlas.carto.PlaceLabel;
import org.briatlas.carto.PlacedLabel;
import org.briatlas.layers.ViewLayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * City and water names over the base map, placed anew on every map move so that none collide. Drawn
 * as JavaFX text (not baked into tiles), so names stay crisp at any zoom and sit above the layers that
 * later issues add between the tiles and the labels. FX thread only.
 */
final class PlaceLabelLayer extends ViewLayer {

    private List<PlaceLabel> labels = List.of();
    private final FxLabels fonts = new FxLabels();
    private final Map<PlaceLabel, Group> nodes = new HashMap<>();
    private final Group content = new Group();
    private double lastWidth = -1;
    private double lastHeight = -1;
    private double lastZoom = Double.NaN;
    private double lastTx = Double.NaN;
    private double lastTy = Double.NaN;
    private int placedCount;
    private List<java.awt.geom.Rectangle2D> obstacles = List.of();

    PlaceLabelLayer() {
        setMouseTransparent(true);
        content.setId("place-labels");
        getChildren().add(content);
    }

    /** Replaces the labels on offer and places them at once. */
    void setLabels(List<PlaceLabel> newLabels) {
        labels = List.copyOf(newLabels);
        nodes.clear();
        lastWidth = -1;
        markDirty();
    }

    /** Sets the labels' type to {@code scale} times its normal size and places them again. */
    void setScale(double scale) {
        if (scale != fonts.scale()) {
            fonts.setScale(scale);
            nodes.clear();
            lastWidth = -1;
            markDirty();
        }
    }

    /**
     * Keeps labels off these boxes (view pixels): what the map draws over itself, such as the scale bar, the
     * attribution and a key. Places the labels again only if the boxes changed.
     */
    void setObstacles(List<java.awt.geom.Rectangle2D> boxes) {
        if (!boxes.equals(obstacles)) {
            obstacles = List.copyOf(boxes);
            lastWidth = -1;
            markDirty();
        }
    }

    /** Labels currently shown. */
    int placedCount() {
        return placedCount;
    }

    @Override
    protected void layoutLayer() {
        if (getScene() == null || getParent() == null) {
            return;
        }
        double width = getParent().getLayoutBounds().getWidth();
        double height = getParent().getLayoutBounds().getHeight();
        Point2D origin = getMapPoint(0, 0);
        if (origin == null || width <= 0 || height <= 0) {
            return;
        }
        double zoom = baseMap.zoom().get();
        // Gluon lays layers out on every pulse; only re-place when the view really changed.
        if (width == lastWidth && height == lastHeight && zoom == lastZoom
                && origin.getX() == lastTx && origin.getY() == lastTy) {
            return;
        }
        lastWidth = width;
        lastHeight = height;
        lastZoom = zoom;
        lastTx = origin.getX();
        lastTy = origin.getY();

        List<PlacedLabel> placed = LabelPlacer.place(labels, zoom, (lon, lat, out) -> {
            Point2D p = getMapPoint(lat, lon);
            if (p == null) {
                return false;
            }
            out[0] = p.getX();
            out[1] = p.getY();
            return true;
        }, width, height, fonts, obstacles);

        List<Node> shown = new ArrayList<>(placed.size());
        for (PlacedLabel p : placed) {
            Group g = nodes.computeIfAbsent(p.label(), this::createNode);
            Text halo = (Text) g.getChildren().get(g.getChildren().size() - 2);
            Text text = (Text) g.getChildren().get(g.getChildren().size() - 1);
            halo.setX(p.textX());
            halo.setY(p.textY());
            text.setX(p.textX());
            text.setY(p.textY());
            g.setLayoutX(p.anchorX());
            g.setLayoutY(p.anchorY());
            shown.add(g);
        }
        content.getChildren().setAll(shown);
        placedCount = placed.size();
    }

    private Group createNode(PlaceLabel l) {
        LabelFont f = LabelFont.of(l);
        Group g = new Group();
        g.getStyleClass().add("place-label");
        if (l.hasMarker()) {
            Circle dot = new Circle(LabelPlacer.DOT_RADIUS, fx(MapStyle.CITY_DOT));
            dot.setStroke(fx(MapStyle.TEXT_HALO));
            dot.setStrokeWidth(1.5);
            g.getChildren().add(dot);
            if (l.kind() == PlaceLabel.Kind.CAPITAL) {
                g.getChildren().add(new Circle(LabelPlacer.DOT_RADIUS / 2.5, fx(MapStyle.TEXT_HALO)));
            }
        }
        Text halo = new Text(l.name());
        halo.setFont(fonts.font(f, l.name()));
        halo.setFill(fx(MapStyle.TEXT_HALO));
        halo.setStroke(fx(MapStyle.TEXT_HALO));
        halo.setStrokeWidth(3);
        halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
        Text text = new Text(l.name());
        text.setFont(fonts.font(f, l.name()));
        text.setFill(fx(f.water() ? MapStyle.WATER_TEXT : MapStyle.CITY_TEXT));
        text.setId("label-" + l.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        if (l.angle() != 0) {
            Rotate r = new Rotate(l.angle(), 0, 0);
            halo.getTransforms().add(r);
            text.getTransforms().add(r);
        }
        // Bounds of the ink, not of the line: what the placer keeps apart is what the reader sees.
        halo.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
        text.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
        g.getChildren().addAll(halo, text);
        return g;
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }
}
