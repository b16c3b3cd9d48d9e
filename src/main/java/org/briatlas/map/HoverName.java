package org.briatlas.map;

import javafx.scene.control.Label;
import org.briatlas.fx.FxType;
import org.briatlas.i18n.Texts;
import org.briatlas.model.AtlasFeature;

/**
 * The name of the feature under the pointer, in the interface language, in a small label beside the
 * pointer (it never takes the pointer's events). FX thread only.
 */
final class HoverName extends Label {

    private final String language;

    HoverName(String language) {
        this.language = language;
        setId("hover-name");
        getStyleClass().add("hover-name");
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
        FxType.fit(this);
    }

    /** Shows a feature's name at a point of the map, or nothing for null. */
    void show(AtlasFeature f, double x, double y) {
        if (f == null) {
            setVisible(false);
            return;
        }
        setText(Texts.cap(f.name(language), 120));
        autosize();
        double w = getWidth();
        double h = getHeight();
        double parentW = getParent() == null ? Double.MAX_VALUE : getParent().getLayoutBounds().getWidth();
        // Beside the pointer, on its left near the map's right edge.
        double left = x + 16 + w > parentW ? x - 12 - w : x + 16;
        relocate(Math.max(0, left), Math.max(0, y - h - 6));
        setVisible(true);
    }
}
