package org.briatlas.panels;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.fx.Swatches;

import java.util.ResourceBundle;

/**
 * The legend of the country shading: one swatch per class of Heilongjiang's trade with the country
 * in the chosen year, as the map draws it, and a note on what is not shaded. FX thread only.
 */
public final class ShadingLegend extends VBox {

    public ShadingLegend(ResourceBundle text) {
        super(3);
        setId("shading-legend");
        for (int c = 0; c <= TradeByCountry.BREAKS.length; c++) {
            Rectangle swatch = Swatches.shade(c, 22, 12);
            getChildren().add(new Label(text.getString("shade.class." + c), swatch));
        }
        Label note = new Label(text.getString("shade.none"));
        note.setWrapText(true);
        note.setId("shading-note");
        getChildren().add(note);
    }
}
