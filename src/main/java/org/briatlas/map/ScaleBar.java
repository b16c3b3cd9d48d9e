package org.briatlas.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.briatlas.geo.WebMercator;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A scale bar for the map centre's latitude: a bar of a round length (1, 2 or 5 times a power of ten,
 * in km or m) no longer than {@link #MAX_WIDTH} pixels. FX thread only.
 */
public final class ScaleBar extends VBox {

    static final double MAX_WIDTH = 140;
    private final Label text = new Label();
    private final Region bar = new Region();
    private final ResourceBundle bundle;
    private final Locale locale;

    ScaleBar(ResourceBundle bundle, String language) {
        this.bundle = bundle;
        this.locale = org.briatlas.i18n.Messages.locale(language);
        setId("scale-bar");
        getStyleClass().add("scale-bar");
        text.getStyleClass().add("scale-bar-text");
        text.setId("scale-bar-text");
        bar.getStyleClass().add("scale-bar-line");
        StackPane barHolder = new StackPane(bar);
        barHolder.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, barHolder);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** Round length in metres for at most {@code maxMetres}. */
    static double niceLength(double maxMetres) {
        double power = Math.pow(10, Math.floor(Math.log10(maxMetres)));
        for (double step : new double[]{5, 2, 1}) {
            if (step * power <= maxMetres) {
                return step * power;
            }
        }
        return power;
    }

    void update(double lat, double zoom) {
        double mpp = WebMercator.metresPerPixel(lat, zoom);
        double metres = niceLength(mpp * MAX_WIDTH);
        double px = metres / mpp;
        bar.setMinWidth(px);
        bar.setPrefWidth(px);
        bar.setMaxWidth(px);
        NumberFormat nf = NumberFormat.getIntegerInstance(locale);
        text.setText(metres >= 1000
                ? String.format(java.util.Locale.ROOT, bundle.getString("scale.km"), nf.format(metres / 1000))
                : String.format(java.util.Locale.ROOT, bundle.getString("scale.m"), nf.format(metres)));
    }

    String text() {
        return text.getText();
    }
}
