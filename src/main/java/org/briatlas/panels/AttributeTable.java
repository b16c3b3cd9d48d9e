package org.briatlas.panels;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.briatlas.analysis.Geodesic;
import org.briatlas.fx.FileDialogs;
import org.briatlas.fx.Subscriptions;
import org.briatlas.i18n.Formats;
import org.briatlas.io.AtomicFiles;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.StatusMessage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Any layer as a table: name, channel, kind, status, dates and printed figures (as printed), the length
 * measured along the drawing, and the citation. Sortable by any column, filtered by any text, its selection
 * the map's both ways, exported as CSV with the source line. A view of the model. FX thread only.
 */
public final class AttributeTable extends BorderPane {

    private final AtlasModel model;
    private final ResourceBundle text;
    private final String lang;
    private final ComboBox<AtlasLayer> layer = new ComboBox<>();
    private final TextField filter = new TextField();
    private final TableView<AtlasFeature> table = new TableView<>();
    private final Label count = new Label();
    private final Subscriptions subscriptions = new Subscriptions();
    private FilteredList<AtlasFeature> filtered;
    private boolean following;

    public AttributeTable(AtlasModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        this.lang = model.language();
        setId("attribute-table");
        setPadding(new Insets(8));
        layer.setId("attributes-layer");
        layer.getItems().setAll(java.util.Arrays.stream(AtlasLayer.values()).toList());
        layer.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AtlasLayer l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : text.getString("layer." + l.id()));
            }
        });
        layer.setButtonCell(layer.getCellFactory().call(null));
        filter.setId("attributes-filter");
        filter.setPromptText(text.getString("attributes.filter"));
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button export = new Button(text.getString("planner.exportCsv"));
        export.setId("attributes-export");
        export.setOnAction(e -> export());
        count.setId("attributes-count");
        HBox top = new HBox(8, layer, filter, export, count);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        table.setId("attributes-rows");
        table.setPlaceholder(new Label(text.getString("attributes.none")));
        table.getColumns().add(column("attributes.col.name", f -> f.name(lang)));
        table.getColumns().add(column("attributes.col.channel", f -> channel(f)));
        table.getColumns().add(column("attributes.col.kind", f -> word("feature.kind.", f.kind())));
        table.getColumns().add(column("attributes.col.status", f -> word("feature.status.",
                f.feature().text("status").orElse(""))));
        table.getColumns().add(column("attributes.col.dates", AttributeTable::dates));
        table.getColumns().add(column("attributes.col.figures", AttributeTable::figures));
        TableColumn<AtlasFeature, Number> length = new TableColumn<>(text.getString("attributes.col.length"));
        length.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().isPoint() ? null
                : Math.round(Geodesic.lengthKm(d.getValue().geometry()) * 10) / 10.0));
        length.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : Formats.number(n.doubleValue(), lang, 1));
            }
        });
        table.getColumns().add(length);
        table.getColumns().add(column("attributes.col.citation", f -> f.citation(lang)));
        setCenter(table);

        layer.valueProperty().addListener((o, was, now) -> show(now));
        filter.textProperty().addListener((o, was, now) -> applyFilter());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> {
            if (!following && f != null) {
                model.select(f);
            }
        });
        subscriptions.now(model.selectedProperty(), this::follow);
        subscriptions.invalid(() -> show(layer.getValue()), model.content().dataProperty());
        layer.setValue(AtlasLayer.RAILWAY);
        subscriptions.now(model.planner().attributesLayerProperty(), l -> {
            if (l != null) {
                layer.setValue(l);
            }
        });
    }

    /** A code in words of the interface language where the bundle has them, else as it is. */
    private String word(String prefix, String code) {
        String key = prefix + code.replace(' ', '-');
        return code.isEmpty() || !text.containsKey(key) ? code : text.getString(key);
    }

    /** The channel's layer name ("Railway", "铁路"), or its code. */
    private String channel(AtlasFeature f) {
        String c = f.feature().text("channel").orElse("");
        String key = "layer." + c;
        return text.containsKey(key) ? text.getString(key) : c;
    }

    /** Stops following the model. */
    public void dispose() {
        subscriptions.dispose();
    }

    private TableColumn<AtlasFeature, String> column(String key, Function<AtlasFeature, String> value) {
        TableColumn<AtlasFeature, String> c = new TableColumn<>(text.getString(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(key.endsWith("name") || key.endsWith("citation") ? 260 : 110);
        return c;
    }

    private void show(AtlasLayer l) {
        AtlasData data = model.content().data();
        List<AtlasFeature> rows = l == null || data == null ? List.of() : data.layer(l);
        filtered = new FilteredList<>(FXCollections.observableArrayList(rows));
        SortedList<AtlasFeature> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        applyFilter();
        follow(model.selected());
    }

    private void applyFilter() {
        if (filtered == null) {
            return;
        }
        String q = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(f -> q.isEmpty() || row(f).toLowerCase(Locale.ROOT).contains(q));
        count.setText(String.format(Locale.ROOT, text.getString("attributes.count"), filtered.size(),
                filtered.getSource().size()));
    }

    /** The map's selection shows here: the layer switches to it and the row is selected. */
    private void follow(AtlasFeature f) {
        if (f == null) {
            return;
        }
        following = true;
        try {
            if (f.layer() != layer.getValue()) {
                layer.setValue(f.layer());
            }
            if (table.getItems().contains(f)) {
                table.getSelectionModel().select(f);
                table.scrollTo(f);
            }
        } finally {
            following = false;
        }
    }

    /** Everything a row says, for the filter: every name, the other columns, the id. */
    private String row(AtlasFeature f) {
        StringBuilder b = new StringBuilder(f.id()).append(' ');
        if (f.properties().get("name") instanceof Map<?, ?> m) {
            m.values().forEach(v -> b.append(v).append(' '));
        }
        b.append(f.feature().text("channel").orElse("")).append(' ').append(f.kind()).append(' ')
                .append(f.feature().text("status").orElse("")).append(' ').append(dates(f)).append(' ')
                .append(figures(f)).append(' ').append(f.citation(lang));
        return b.toString();
    }

    static String dates(AtlasFeature f) {
        return String.join("; ", f.list("dates").stream().filter(d -> d instanceof Map<?, ?>)
                .map(d -> (Map<?, ?>) d).map(d -> d.get("date") + " " + d.get("event")).toList());
    }

    static String figures(AtlasFeature f) {
        return String.join("; ", f.list("figures").stream().filter(d -> d instanceof Map<?, ?>)
                .map(d -> String.valueOf(((Map<?, ?>) d).get("asPrinted"))).toList());
    }

    private void export() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(layer.getValue() == null ? "layer.csv" : layer.getValue().id() + ".csv");
        File file = getScene() == null ? null : FileDialogs.save(fc, getScene().getWindow());
        if (file == null) {
            return;
        }
        StringBuilder b = new StringBuilder("id,name,channel,kind,status,dates,figures_as_printed,length_km,citation\r\n");
        for (AtlasFeature f : table.getItems()) {
            b.append(String.join(",", csv(f.id()), csv(f.name("en")), csv(f.feature().text("channel").orElse("")),
                    csv(f.kind()), csv(f.feature().text("status").orElse("")), csv(dates(f)), csv(figures(f)),
                    f.isPoint() ? "" : String.format(Locale.ROOT, "%.1f", Geodesic.lengthKm(f.geometry())),
                    csv(f.citation()))).append("\r\n");
        }
        b.append(csv(org.briatlas.analysis.network.PlannerCsv.SOURCE)).append("\r\n");
        try {
            AtomicFiles.write(file.toPath(), b.toString().getBytes(StandardCharsets.UTF_8));
            model.setStatus(StatusMessage.info("planner.exported", file.toPath()));
        } catch (IOException e) {
            model.setStatus(StatusMessage.error("planner.exportFailed", file.toPath(), String.valueOf(e.getMessage())));
        }
    }

    private static String csv(String s) {
        return org.briatlas.analysis.network.PlannerCsv.cell(s);
    }

    /** The rows shown now, in their order (for tests). */
    public List<AtlasFeature> rows() {
        return List.copyOf(table.getItems());
    }
}
