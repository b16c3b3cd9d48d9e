package org.briatlas.map;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.util.Duration;
import org.briatlas.fx.FxType;
import org.briatlas.geo.MapViewpoint;
import org.locationtech.jts.geom.Geometry;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What the map draws over itself besides the base map and the corridors: a tour stop's caption along the
 * top, the presentation's key docked in the corner that hides least of the stop's feature (at most a fifth of
 * the map), and a hint that fits inside the map and fades. Laid out by hand after the map's own layout, so
 * that moving the key never asks for another layout pass; reports every box it covers, which the place names
 * keep clear of. FX thread only.
 */
final class MapOverlays {

    /** How long the hint stays before it fades. */
    static final Duration HINT_SHOWN = Duration.seconds(6);

    private final Region map;
    private final List<Node> children;
    private Label caption;
    private Region key;
    private final Scale keyScale = new Scale(1, 1, 0, 0);
    private KeyDock.Placement keyPlacement;
    private Label hint;
    private SequentialTransition hintFade;

    /**
     * @param map      the map, whose size the overlays follow
     * @param children the map's children, where the overlays are added
     */
    MapOverlays(Region map, List<Node> children) {
        this.map = map;
        this.children = children;
    }

    /**
     * An overlay is laid out by hand, so a change inside it (new rows in the key, a larger type) would not reach
     * the map: pass it on, so that the overlay is sized again and the place names move off it.
     */
    private final javafx.beans.value.ChangeListener<Boolean> relayout = this::relayout;

    private void relayout(javafx.beans.value.ObservableValue<? extends Boolean> o, boolean was, boolean needs) {
        if (needs) {
            map.requestLayout();
        }
    }

    private void add(Region overlay) {
        overlay.setManaged(false);
        overlay.needsLayoutProperty().addListener(relayout);
        children.add(overlay);
    }

    /** Shows a caption over the top of the map, or hides it for null or blank. */
    void setCaption(String text) {
        if (caption == null) {
            caption = new Label();
            caption.setId("tour-caption");
            FxType.fit(caption);
            caption.getStyleClass().add("tour-caption");
            caption.setWrapText(true);
            caption.setMouseTransparent(true);
            add(caption);
        }
        caption.setText(text == null ? "" : org.briatlas.i18n.Texts.cap(text));
        caption.setVisible(text != null && !text.isBlank());
        map.requestLayout();
    }

    /** The caption shown, or null. */
    String caption() {
        return caption == null || !caption.isVisible() ? null : caption.getText();
    }

    /** Docks a key on the map, or removes it for null. */
    void setKey(Region newKey) {
        if (key != null) {
            key.getTransforms().remove(keyScale);
            key.needsLayoutProperty().removeListener(relayout);
            children.remove(key);
        }
        key = newKey;
        keyPlacement = null;
        if (key != null) {
            key.getTransforms().add(keyScale);
            add(key);
        }
        map.requestLayout();
    }

    /** Where the key is docked now, or null when there is none. */
    KeyDock.Placement keyPlacement() {
        return key == null || !key.isVisible() ? null : keyPlacement;
    }

    /** Shows a hint in the middle of the map for a few seconds, or takes it away at once for null. */
    void showHint(String text) {
        if (hintFade != null) {
            hintFade.stop();
            hintFade = null;
        }
        if (text == null || text.isBlank()) {
            if (hint != null) {
                hint.setVisible(false);
            }
            return;
        }
        if (hint == null) {
            hint = new Label();
            hint.setId("map-hint");
            hint.getStyleClass().add("map-hint");
            FxType.fit(hint);
            hint.setWrapText(true);
            hint.setMouseTransparent(true);
            add(hint);
        }
        hint.setText(org.briatlas.i18n.Texts.cap(text));
        hint.setOpacity(1);
        hint.setVisible(true);
        hint.toFront();
        FadeTransition fade = new FadeTransition(Duration.millis(700), hint);
        fade.setToValue(0);
        hintFade = new SequentialTransition(new PauseTransition(HINT_SHOWN), fade);
        hintFade.setOnFinished(e -> hint.setVisible(false));
        hintFade.play();
        map.requestLayout();
    }

    /** The hint's text while it shows, or null. */
    String hint() {
        return hint == null || !hint.isVisible() ? null : hint.getText();
    }

    /**
     * Lays the overlays out on a map of that size, after its other children.
     *
     * @param scaleBar    the scale bar's box, bottom left
     * @param attribution the attribution's box, bottom right
     * @param feature     the feature the view is about (the selection), or null
     * @param view        the viewpoint now, or null
     * @return every box the map's overlays now cover, the scale bar and attribution included
     */
    List<Rectangle2D> layout(double width, double height, Bounds scaleBar, Bounds attribution, Geometry feature,
                             MapViewpoint view) {
        List<Rectangle2D> covered = new ArrayList<>();
        covered.add(rect(scaleBar));
        covered.add(rect(attribution));
        double top = 0;
        if (caption != null && caption.isVisible()) {
            double w = Math.min(width * 0.8, caption.prefWidth(-1));
            double h = caption.prefHeight(w);
            caption.resizeRelocate(Math.round((width - w) / 2), 16, w, h);
            top = 16 + h;
            covered.add(new Rectangle2D.Double((width - w) / 2, 16, w, h));
        }
        if (key != null && key.isVisible()) {
            double kw = key.prefWidth(-1);
            double kh = key.prefHeight(kw);
            key.resize(kw, kh);
            keyPlacement = KeyDock.place(kw, kh, width, height,
                    new KeyDock.Reserved(top, height - scaleBar.getMinY(), height - attribution.getMinY()), feature,
                    view);
            keyScale.setX(keyPlacement.scale());
            keyScale.setY(keyPlacement.scale());
            key.relocate(keyPlacement.box().getX(), keyPlacement.box().getY());
            covered.add(keyPlacement.box());
        }
        if (hint != null && hint.isVisible()) {
            double w = Math.min(width * 0.7, hint.prefWidth(-1));
            double h = Math.min(height * 0.6, hint.prefHeight(w));
            hint.resizeRelocate(Math.round((width - w) / 2), Math.round((height - h) / 2), w, h);
        }
        return covered;
    }

    private static Rectangle2D rect(Bounds b) {
        return new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
