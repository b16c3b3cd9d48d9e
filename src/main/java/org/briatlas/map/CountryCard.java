package org.briatlas.map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Formats;
import org.briatlas.state.AtlasModel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A small card at the pointer after a click on a country the statistics concern: its name, Heilongjiang's
 * trade with it in the year shown (as printed, with its table) and a button that opens its tables. It
 * changes no layout; a click elsewhere, Esc or the year moving on closes it. FX thread only.
 */
final class CountryCard extends VBox {

    private final ResourceBundle text;
    private final String language;
    private final AtlasModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Label name = new Label();
    private final Label figure = new Label();
    private final Button open = new Button();
    private String iso;

    CountryCard(ResourceBundle text, String language, AtlasModel model) {
        super(6);
        this.text = text;
        this.language = language;
        this.model = model;
        setId("country-card");
        getStyleClass().add("country-card");
        setManaged(false);
        setVisible(false);
        name.setId("country-card-name");
        name.getStyleClass().add("country-card-name");
        figure.setId("country-card-figure");
        figure.setWrapText(true);
        figure.setMaxWidth(280);
        open.setId("country-card-open");
        open.setOnAction(e -> {
            String chosen = iso;
            hideCard();
            model.chooseCountry(chosen);
        });
        Button close = new Button("\u2715");
        close.setId("country-card-close");
        close.getStyleClass().add("country-card-close");
        close.setOnAction(e -> hideCard());
        HBox head = new HBox(8, name, close);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, figure, open);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hideCard();
                e.consume();
            }
        });
        subscriptions.change(model.yearProperty(), (was, now) -> fill());
    }

    /** Shows the card of a country (ISO code) at a point of the map, or hides it for null. */
    void show(String country, double x, double y) {
        iso = country;
        if (country == null) {
            hideCard();
            return;
        }
        fill();
        applyCss();
        autosize();
        double pw = getParent() == null ? Double.MAX_VALUE : getParent().getLayoutBounds().getWidth();
        double ph = getParent() == null ? Double.MAX_VALUE : getParent().getLayoutBounds().getHeight();
        relocate(Math.max(4, Math.min(x + 12, pw - getWidth() - 4)), Math.max(4, Math.min(y + 12,
                ph - getHeight() - 4)));
        setVisible(true);
        toFront();
    }

    private void fill() {
        if (iso == null) {
            return;
        }
        int year = model.year();
        name.setText(text.getString("country." + iso));
        Optional<TradeByCountry.Figure> f = model.content().tradeProperty().get().get(iso, year);
        figure.setText(f.map(x -> String.format(Locale.ROOT, text.getString("map.country.trade"), Formats.year(year),
                x.printed(), Formats.number(x.billionUsd(), language, 3), table(x.source())))
                .orElse(String.format(Locale.ROOT, text.getString("map.country.noFigure"), Formats.year(year))));
        List<Integer> tables = TradeByCountry.TABLES.getOrDefault(iso, List.of());
        open.setText(String.format(Locale.ROOT, text.getString("map.country.open"), tables.stream()
                .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")));
        open.setVisible(!tables.isEmpty());
    }

    /** "Table 4" in the interface language. */
    private String table(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Table (\\d+)").matcher(source);
        return m.matches() ? String.format(Locale.ROOT, text.getString("map.country.table"), m.group(1)) : source;
    }

    private void hideCard() {
        setVisible(false);
    }

    void dispose() {
        subscriptions.dispose();
    }
}
