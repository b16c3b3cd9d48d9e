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

    private final java.util.Map<AtlasFeature, Double> lengths = new java.util.WeakHashMap<>();

    private final java.util.Map<AtlasFeature, Double> areas = new java.util.WeakHashMap<>();

    private double areaKm2(AtlasFeature f) {
        return areas.computeIfAbsent(f, x -> org.briatlas.analysis.Geodesic.areaKm2(x.geometry()));
    }

    private double lengthKm(AtlasFeature f) {
        return lengths.computeIfAbsent(f, x -> org.briatlas.analysis.Geodesic.lengthKm(x.geometry()));
    }

    /** Shows a feature's name at a point of the map (a route's with its length), or nothing for null. */
    void show(AtlasFeature f, double x, double y) {
        if (f == null) {
            setVisible(false);
            return;
        }
        // A route's name with its length along the drawing (geodesic, WGS84): what a planner hovers for.
        String name = Texts.cap(f.name(language), 120);
        String type = f.geometry().getGeometryType();
        boolean area = type.equals("Polygon") || type.equals("MultiPolygon");
        // An area's name with its area on the ellipsoid: a length round its edge would say little.
        setText(f.isPoint() || !f.feature().isLocated() ? name : area ? name + "  \u00b7  "
                + org.briatlas.i18n.Formats.km2(areaKm2(f), language)
                : name + "  \u00b7  " + org.briatlas.i18n.Formats.km(lengthKm(f), language));
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
