package org.briatlas.panels;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.fx.FxType;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.StatTable;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Messages;
import org.briatlas.state.AtlasModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The timeline: Table 1's national and provincial strategies and every dated event the corridor data
 * carries (pipelines in operation, the land-sea route opened, the Harbin-Europe train in the
 * China-Europe chart...), in date order, in the interface language (the language of the bundle it is
 * given; English where a text has no translation), with the English on hover. Choosing an entry sets the
 * year and selects what it concerns. FX thread only.
 */
public final class TimelinePanel extends VBox {

    /**
     * One dated entry: when, what (in the interface language), the feature it concerns (null for a
     * strategy of Table 1), and what in English.
     */
    public record Entry(String date, String text, AtlasFeature feature, String english) {
        int year() {
            return Integer.parseInt(date.substring(0, 4));
        }
    }

    private final ListView<Entry> list = new ListView<>();
    private final AtlasModel model;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ResourceBundle text;
    /** The interface language: "en", "zh" or "ru". */
    private final String language;

    public TimelinePanel(AtlasModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        this.language = Messages.language(text);
        setId("timeline");
        list.setId("timeline-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(l -> new ListCell<>() {
            {
                FxType.fit(this);
            }

            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.date() + "  " + e.text());
                setTooltip(empty || e == null || e.english().equals(e.text()) ? null : new Tooltip(e.english()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> {
            if (e == null) {
                return;
            }
            model.setYear(e.year());
            if (e.feature() != null) {
                model.focus(e.feature());
            }
        });
        getChildren().add(list);
        subscriptions.invalid(this::rebuild, model.content().dataProperty(), model.content().tablesProperty());
        rebuild();
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    public List<Entry> entries() {
        return List.copyOf(list.getItems());
    }

    private void rebuild() {
        List<Entry> entries = new ArrayList<>();
        for (StatTable t : model.content().tablesProperty().get().stream().filter(t -> t.number() == 1).toList()) {
            for (List<String> r : t.rows()) {
                // The strategies' names stay as printed; the side (the column's header) is translated.
                if (!r.get(0).isBlank()) {
                    entries.add(strategy(t, r.get(0), 1, r.get(1)));
                }
                if (r.size() > 3 && !r.get(2).isBlank()) {
                    entries.add(strategy(t, r.get(2), 3, r.get(3)));
                }
            }
        }
        AtlasData data = model.content().data();
        // The paper's dated events: the shipped layers only (a user's layer is not the paper's).
        for (AtlasFeature f : java.util.Arrays.stream(org.briatlas.model.AtlasLayer.values())
                .filter(org.briatlas.model.AtlasLayer::isShipped).flatMap(l -> data.layer(l).stream()).toList()) {
            for (Object o : f.list("dates")) {
                if (o instanceof Map<?, ?> m && m.get("date") instanceof String d && d.length() >= 4
                        && d.substring(0, 4).chars().allMatch(Character::isDigit)) {
                    entries.add(new Entry(d, f.name(language) + ": " + AtlasFeature.event(m, language), f,
                            f.name("en") + ": " + AtlasFeature.event(m, "en")));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date));
        list.getItems().setAll(entries);
    }

    /** A strategy of Table 1, printed in a column (1 national, 3 Heilongjiang) on a date "yyyy.mm". */
    private Entry strategy(StatTable t, String date, int column, String name) {
        return new Entry(date.replace('.', '-'),
                String.format(java.util.Locale.ROOT, text.getString("timeline.strategy"), t.columnName(column, language), name), null,
                t.header().get(column) + ": " + name + " (Table 1)");
    }
}
