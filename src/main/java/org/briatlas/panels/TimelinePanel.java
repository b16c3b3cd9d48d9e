package org.briatlas.panels;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.map.FxType;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.StatTable;
import org.briatlas.state.AtlasState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;

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
    private List<StatTable> strategies = List.of();
    private final AtlasState state;
    private final ResourceBundle text;
    /** The interface language: "en", "zh" or "ru". */
    private final String language;

    public TimelinePanel(AtlasState state, Consumer<AtlasFeature> onChoose, ResourceBundle text) {
        this.state = state;
        this.text = text;
        this.language = DetailsPanel.language(text);
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
            state.yearProperty().set(Math.max(AtlasState.FIRST_YEAR, Math.min(AtlasState.LAST_YEAR, e.year())));
            if (e.feature() != null) {
                state.selectedProperty().set(e.feature());
                onChoose.accept(e.feature());
            }
        });
        getChildren().add(list);
        state.dataProperty().addListener((o, was, now) -> rebuild());
    }

    /** Adds Table 1 (the strategies) to the timeline. */
    public void setStrategies(List<StatTable> tables) {
        strategies = tables.stream().filter(t -> t.number() == 1).toList();
        rebuild();
    }

    public List<Entry> entries() {
        return List.copyOf(list.getItems());
    }

    private void rebuild() {
        List<Entry> entries = new ArrayList<>();
        for (StatTable t : strategies) {
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
        AtlasData data = state.dataProperty().get();
        for (AtlasFeature f : data.features()) {
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
                String.format(text.getString("timeline.strategy"), t.columnName(column, language), name), null,
                t.header().get(column) + ": " + name + " (Table 1)");
    }
}
