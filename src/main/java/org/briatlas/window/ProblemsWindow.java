package org.briatlas.window;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.briatlas.model.ReadProblem;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Every problem met reading a file, as a table that can be sorted, filtered and copied: file, line,
 * column, feature index, feature id and reason. Copy puts the rows chosen (or all those shown) on the
 * clipboard as tab-separated text with a header, ready for a spreadsheet or a bug report. FX thread only.
 */
public final class ProblemsWindow {

    private ProblemsWindow() {
    }

    /** The rows as tab-separated text, a header first (tabs and line breaks inside a field become spaces). */
    public static String asText(List<ReadProblem> rows) {
        StringBuilder sb = new StringBuilder("file\tline\tcolumn\tfeature\tid\treason\n");
        for (ReadProblem p : rows) {
            sb.append(clean(p.source())).append('\t').append(p.line() > 0 ? p.line() : "").append('\t')
                    .append(p.column() > 0 ? p.column() : "").append('\t')
                    .append(p.featureIndex() >= 0 ? p.featureIndex() : "").append('\t')
                    .append(p.featureId() == null ? "" : clean(p.featureId())).append('\t')
                    .append(clean(p.message())).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** Shows a layer's problems (does nothing for none). */
    public static void show(Window owner, ResourceBundle text, String layer, List<ReadProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(javafx.stage.Modality.NONE);
        d.setResizable(true);
        d.setTitle(String.format(Locale.ROOT, text.getString("problemsWindow.title"), layer));
        d.getDialogPane().setId("problems-window");
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        TableView<ReadProblem> table = new TableView<>();
        table.setId("problems-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column(text.getString("problemsWindow.line"), p -> p.line() > 0 ? p.line() : null, 60));
        table.getColumns().add(column(text.getString("problemsWindow.column"), p -> p.column() > 0 ? p.column() : null, 60));
        table.getColumns().add(column(text.getString("problemsWindow.feature"),
                p -> p.featureIndex() >= 0 ? p.featureIndex() : null, 70));
        table.getColumns().add(column(text.getString("problemsWindow.id"), ReadProblem::featureId, 90));
        TableColumn<ReadProblem, Object> reason = column(text.getString("problemsWindow.reason"), ReadProblem::message, 420);
        table.getColumns().add(reason);
        FilteredList<ReadProblem> shown = new FilteredList<>(FXCollections.observableArrayList(problems));
        javafx.collections.transformation.SortedList<ReadProblem> sorted =
                new javafx.collections.transformation.SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TextField filter = new TextField();
        filter.setId("problems-filter");
        filter.setPromptText(text.getString("problemsWindow.filter"));
        Label count = new Label();
        count.setId("problems-count");
        Runnable recount = () -> count.setText(String.format(Locale.ROOT, text.getString("problemsWindow.count"),
                shown.size(), problems.size(), problems.get(0).source()));
        filter.textProperty().addListener((o, was, now) -> {
            String f = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(f.isEmpty() ? null : p -> p.describe().toLowerCase(Locale.ROOT).contains(f));
            recount.run();
        });
        recount.run();
        Button copy = new Button(text.getString("problemsWindow.copy"));
        copy.setId("problems-copy");
        Runnable doCopy = () -> {
            List<ReadProblem> chosen = table.getSelectionModel().getSelectedItems().isEmpty() ? List.copyOf(sorted)
                    : List.copyOf(table.getSelectionModel().getSelectedItems());
            ClipboardContent c = new ClipboardContent();
            c.putString(asText(chosen));
            Clipboard.getSystemClipboard().setContent(c);
        };
        copy.setOnAction(e -> doCopy.run());
        table.setOnKeyPressed(e -> {
            if (KeyCombination.keyCombination("Shortcut+C").match(e) || e.getCode() == KeyCode.COPY) {
                doCopy.run();
                e.consume();
            }
        });
        HBox top = new HBox(8, filter, copy, count);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox box = new VBox(8, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefSize(820, 420);
        d.getDialogPane().setContent(box);
        d.show();
    }

    private static TableColumn<ReadProblem, Object> column(String title, Function<ReadProblem, Object> value,
                                                           double width) {
        TableColumn<ReadProblem, Object> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(width);
        c.setComparator((a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1
                : a instanceof Integer x && b instanceof Integer y ? Integer.compare(x, y)
                : a.toString().compareToIgnoreCase(b.toString()));
        return c;
    }
}
