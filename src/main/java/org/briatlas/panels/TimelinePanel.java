package org.briatlas.panels;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.StatTable;
import org.briatlas.state.AtlasState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The timeline: Table 1's national and provincial strategies and every dated event the corridor data
 * carries (pipelines in operation, the land-sea route opened, the Harbin-Europe train in the
 * China-Europe chart...), in date order. Choosing an entry sets the year and selects what it concerns.
 * FX thread only.
 */
public final class TimelinePanel extends VBox {

    /** One dated entry: when, what, and the feature it concerns (null for a strategy of Table 1). */
    public record Entry(String date, String text, AtlasFeature feature) {
        int year() {
            return Integer.parseInt(date.substring(0, 4));
        }
    }

    private final ListView<Entry> list = new ListView<>();
    private List<StatTable> strategies = List.of();
    private final AtlasState state;

    public TimelinePanel(AtlasState state, Consumer<AtlasFeature> onChoose) {
        this.state = state;
        setId("timeline");
        list.setId("timeline-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.date() + "  " + e.text());
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
                if (!r.get(0).isBlank()) {
                    entries.add(new Entry(r.get(0).replace('.', '-'), "National strategy: " + r.get(1) + " (Table 1)", null));
                }
                if (r.size() > 3 && !r.get(2).isBlank()) {
                    entries.add(new Entry(r.get(2).replace('.', '-'), "Heilongjiang strategy: " + r.get(3) + " (Table 1)",
                            null));
                }
            }
        }
        AtlasData data = state.dataProperty().get();
        for (AtlasFeature f : data.features()) {
            for (Object o : f.list("dates")) {
                if (o instanceof Map<?, ?> m && m.get("date") instanceof String d && d.length() >= 4
                        && d.substring(0, 4).chars().allMatch(Character::isDigit)) {
                    entries.add(new Entry(d, f.name("en") + ": " + m.get("event"), f));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date));
        list.getItems().setAll(entries);
    }
}
