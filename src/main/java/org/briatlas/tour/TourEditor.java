package org.briatlas.tour;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.briatlas.io.TourFile;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.BackgroundTask;
import org.briatlas.state.StatusMessage;
import org.briatlas.state.TourDraft;
import org.briatlas.state.TourPlayback;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The tour editor, a window beside the atlas. A teacher sets up the map (view, layers, selection, year,
 * table) and adds it as a stop; writes a caption and speaker notes in any of the three languages;
 * reorders stops by dragging or with Alt+Up/Down; shows or plays the tour on the map; and saves it as a
 * tour file ({@link TourFile}: written atomically, the previous version kept as {@code name.bak}).
 * A file that cannot be read is reported with the reason and the tour being edited stays as it was.
 * A view of the model's {@link TourDraft}, which holds the tour, so a language switch keeps it.
 * FX thread only.
 */
public final class TourEditor {

    private static final Logger LOG = Logger.getLogger(TourEditor.class.getName());
    private static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    private final ResourceBundle text;
    private final String lang;
    private final AtlasModel model;
    private final TourDraft draft;
    private final TourPlayback player;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Stage stage = new Stage();
    private final ListView<TourDraft.DraftStop> list;
    private TourEditorFiles files;
    private final TextField titleField = new TextField();
    private final TextArea captionArea = new TextArea();
    private final TextArea notesArea = new TextArea();
    private final Label viewSummary = new Label();
    private final Label status = new Label();
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
    private boolean filling;

    /**
     * @param owner the atlas window
     * @param text  the interface texts
     * @param lang  the interface language, in which texts are edited at first
     * @param model the application model, whose tour draft this edits
     */
    public TourEditor(Window owner, ResourceBundle text, String lang, AtlasModel model) {
        this.text = text;
        this.lang = LANGUAGES.contains(lang) ? lang : "en";
        this.model = model;
        this.draft = model.classroom().draft();
        this.player = model.classroom().playback();
        this.list = new ListView<>(draft.stops());
        language.setValue(this.lang);
        files = new TourEditorFiles(stage, text, this.lang, draft, status, () -> {
            if (!draft.stops().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        stage.initOwner(owner);
        stage.setScene(new Scene(build(), 900, 620));
        org.briatlas.fx.WindowSize.open(stage, 960, 680);
        FxType.dress(stage.getScene().getRoot(), owner.getScene(), lang);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> (draft.dirtyProperty().get() ? "\u2022 " : "")
                + text.getString("editor.window") + " \u2014 " + (draft.fileProperty().get() == null
                ? text.getString("editor.unsaved") : draft.fileProperty().get().getFileName()),
                draft.dirtyProperty(), draft.fileProperty()));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        subscriptions.change(draft.revisionProperty(), (was, now) -> {
            fillTitle();
            list.refresh();
        });
        subscriptions.add(() -> stage.titleProperty().unbind());
        fillTitle();
        status.setText(draft.stops().isEmpty() ? text.getString("editor.hint")
                : String.format(java.util.Locale.ROOT, text.getString("editor.editing"), draft.stops().size()));
        if (!draft.stops().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Closes the window and stops following the model; the tour stays in the model. */
    public void dispose() {
        stage.hide();
        subscriptions.dispose();
    }

    // ---- layout --------------------------------------------------------------------------------

    private BorderPane build() {
        Button newB = button("editor-new", "editor.new", this::confirmedNew);
        Button openB = button("editor-open", "editor.open", () -> files.chooseOpen());
        Button saveB = button("editor-save", "editor.save", this::save);
        Button saveAsB = button("editor-save-as", "editor.saveAs", () -> files.chooseSaveAs());
        Button playB = button("editor-play", "editor.play", this::playFromSelected);
        Button slidesB = button("editor-slides", "editor.slides", () -> files.chooseSlideFolder(this::exportSlides));
        language.setId("editor-language");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : text.getString("language." + code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        language.valueProperty().addListener((o, was, now) -> {
            fillTitle();
            fillStop(list.getSelectionModel().getSelectedItem());
        });
        ToolBar bar = new ToolBar(newB, openB, saveB, saveAsB, new Separator(Orientation.VERTICAL), playB, slidesB,
                new Separator(Orientation.VERTICAL), new Label(text.getString("editor.textLanguage")), language);

        titleField.setId("editor-tour-title");
        titleField.setPromptText(text.getString("editor.tourTitle"));
        titleField.textProperty().addListener((o, was, now) -> {
            if (!filling) {
                draft.setTitle(language.getValue(), now);
            }
        });

        list.setId("editor-stops");
        list.setCellFactory(v -> new StopCell(this::label, (from, to) -> moveStop(from, to == -1 ? draft.stops().size() - 1 : to)));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fillStop(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            }
        });
        Button add = button("editor-add", "editor.add", this::addFromMap);
        Button update = button("editor-update", "editor.update", this::updateFromMap);
        Button show = button("editor-show", "editor.show", this::showSelected);
        Button up = button("editor-up", "editor.up", () -> move(-1));
        Button down = button("editor-down", "editor.down", () -> move(1));
        Button remove = button("editor-remove", "editor.remove", this::remove);
        for (Button b : List.of(update, show, up, down, remove)) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label stopsLabel = new Label(text.getString("editor.stops"));
        stopsLabel.getStyleClass().add("panel-heading");
        Label hint = new Label(text.getString("editor.reorderHint"));
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane stopBar = new FlowPane(6, 6, add, update, show, up, down, remove);
        VBox left = new VBox(6, stopsLabel, list, hint, stopBar);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(8));

        captionArea.setId("editor-caption");
        captionArea.setWrapText(true);
        captionArea.setPrefRowCount(4);
        notesArea.setId("editor-notes");
        notesArea.setWrapText(true);
        notesArea.setPrefRowCount(8);
        captionArea.textProperty().addListener((o, was, now) -> editText(now, true));
        notesArea.textProperty().addListener((o, was, now) -> editText(now, false));
        captionArea.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        notesArea.disableProperty().bind(captionArea.disableProperty());
        viewSummary.setId("editor-view");
        viewSummary.setWrapText(true);
        viewSummary.getStyleClass().add("muted");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(text.getString("editor.caption")), captionArea);
        form.addRow(1, new Label(text.getString("editor.notes")), notesArea);
        form.addRow(2, new Label(text.getString("editor.captured")), viewSummary);
        GridPane.setHgrow(captionArea, Priority.ALWAYS);
        GridPane.setVgrow(notesArea, Priority.ALWAYS);
        // The names of the fields keep their width; the fields and the summary take what is left.
        form.getChildren().filtered(n -> n instanceof Label && GridPane.getColumnIndex(n) == 0).forEach(n -> {
            ((Label) n).setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        });
        viewSummary.setMinWidth(0);
        viewSummary.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(viewSummary, Priority.ALWAYS);
        captionArea.setPrefColumnCount(30);
        notesArea.setPrefColumnCount(30);
        form.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, form);
        split.setDividerPositions(0.42);
        GridPane top = new GridPane();
        top.setHgap(8);
        top.setPadding(new Insets(8, 8, 0, 8));
        Label titleLabel = new Label(text.getString("editor.tourTitle"));
        titleLabel.setMinWidth(Region.USE_PREF_SIZE);
        top.addRow(0, titleLabel, titleField);
        GridPane.setHgrow(titleField, Priority.ALWAYS);
        status.setId("editor-status");
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane(split, new VBox(bar, top), null, status, null);
        root.setId("tour-editor");
        FxType.fit(titleField);
        FxType.fit(captionArea);
        FxType.fit(notesArea);
        FxType.fit(viewSummary);
        FxType.fit(status);
        return root;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(text.getString(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private String label(TourDraft.DraftStop s) {
        String c = s.captionOrEnglish(language.getValue());
        if (c.isBlank()) {
            return text.getString("editor.noCaption");
        }
        c = c.replace('\n', ' ');
        return c.length() > 70 ? c.substring(0, 69) + "\u2026" : c;
    }

    // ---- editing -------------------------------------------------------------------------------

    /** The window. */
    public Stage stage() {
        return stage;
    }

    /** The stops as they stand, in order (for tests). */
    public List<Tour.Stop> stops() {
        return draft.tour().stops();
    }

    /** The tour being edited. */
    public TourDraft draft() {
        return draft;
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        stage.toFront();
    }

    /**
     * Closes the window, first asking what to do with unsaved changes. Returns false, leaving the window
     * open, if the teacher cancels.
     */
    public boolean close() {
        if (!stage.isShowing()) {
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        stage.hide();
        return true;
    }

    /** Starts a new, empty tour. */
    public void newTour() {
        draft.clear();
        fillStop(null);
        status.setText(text.getString("editor.hint"));
    }

    /** Edits a tour, e.g. a shipped one; saving asks for a file. */
    public void edit(Tour tour, Path from) {
        draft.edit(tour, from);
        if (!draft.stops().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        status.setText(String.format(java.util.Locale.ROOT, text.getString("editor.editing"), draft.stops().size()));
    }

    /** Adds the map's present state as a stop after the selected one. */
    public void addFromMap() {
        Tour.Stop captured = model.classroom().captureStop();
        if (captured == null) {
            return;
        }
        int selected = list.getSelectionModel().getSelectedIndex();
        int at = draft.add(captured, selected < 0 ? draft.stops().size() : selected + 1);
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        status.setText(String.format(java.util.Locale.ROOT, text.getString("editor.editing"), draft.stops().size()));
        captionArea.requestFocus();
    }

    /** Replaces the selected stop's view, layers, selection, year and table with the map's, keeping its texts. */
    public void updateFromMap() {
        int i = list.getSelectionModel().getSelectedIndex();
        Tour.Stop captured = model.classroom().captureStop();
        if (i >= 0 && captured != null) {
            draft.update(i, captured);
            fillStop(list.getSelectionModel().getSelectedItem());
        }
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            draft.remove(i);
            status.setText(String.format(java.util.Locale.ROOT, text.getString("editor.editing"), draft.stops().size()));
            if (!draft.stops().isEmpty()) {
                list.getSelectionModel().select(Math.min(i, draft.stops().size() - 1));
            }
        }
    }

    /** Moves the selected stop up (-1) or down (+1). */
    public void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            moveStop(i, i + by);
        }
    }

    private boolean moveStop(int from, int to) {
        if (!draft.move(from, to)) {
            return false;
        }
        list.getSelectionModel().select(to);
        list.scrollTo(to);
        return true;
    }

    /** Selects a stop by index. */
    public void select(int index) {
        list.getSelectionModel().select(index);
    }

    private void editText(String value, boolean caption) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (filling || i < 0) {
            return;
        }
        if (caption) {
            draft.setCaption(i, language.getValue(), value);
        } else {
            draft.setNotes(i, language.getValue(), value);
        }
    }

    private void fillTitle() {
        filling = true;
        if (!titleField.getText().equals(draft.title(language.getValue()))) {
            titleField.setText(draft.title(language.getValue()));
        }
        filling = false;
    }

    private void fillStop(TourDraft.DraftStop s) {
        filling = true;
        String l = language.getValue();
        captionArea.setText(s == null ? "" : s.caption(l));
        captionArea.setPromptText(s == null ? "" : s.captionOrEnglish("en"));
        notesArea.setText(s == null ? "" : s.notes(l));
        notesArea.setPromptText(s == null ? "" : s.notesOrEnglish("en"));
        viewSummary.setText(s == null ? "" : summary(s.view()));
        filling = false;
        list.refresh();
    }

    private String summary(Tour.Stop v) {
        String layers = v.layers().isEmpty() ? text.getString("editor.allLayers")
                : String.join(", ", v.layers().stream().map(id -> AtlasLayer.byId(id)
                .map(l -> text.getString("layer." + l.id())).orElse(id)).toList());
        String feature = v.feature() == null ? text.getString("editor.none")
                : model.content().data().byId(v.feature()).map(f -> f.name(language.getValue())).orElse(v.feature());
        return String.format(Locale.ROOT, text.getString("editor.summary"), v.lon(), v.lat(), v.zoom(), layers,
                feature, v.year(), v.table() == null ? text.getString("editor.none") : v.table().toString());
    }

    // ---- showing and playing -----------------------------------------------------------------

    private void showSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0 && !draft.stops().isEmpty()) {
            model.classroom().play(draft.tour(), i);
        }
    }

    private void playFromSelected() {
        if (draft.stops().isEmpty()) {
            status.setText(text.getString("editor.error.noStops"));
            return;
        }
        model.classroom().play(draft.tour(), Math.max(0, list.getSelectionModel().getSelectedIndex()));
        stage.getOwner().requestFocus();
    }

    /**
     * Writes the tour's slides into a folder, off the FX thread, in the editor's language; the atlas's
     * status bar shows the task and this window's status line follows it. Returns the task.
     */
    public BackgroundTask<Integer> exportSlides(Path folder) {
        BackgroundTask<Integer> task = model.classroom().exportSlides(draft.tour(), folder, lang);
        task.messageProperty().addListener((o, was, now) -> {
            if (now != null && !task.isDone()) {
                status.setText(now.format(text));
            }
        });
        task.stateProperty().addListener((o, was, now) -> status.setText(switch (now) {
            case SUCCEEDED -> String.format(java.util.Locale.ROOT, text.getString("status.slides"), task.value(), folder);
            case CANCELLED -> String.format(java.util.Locale.ROOT, text.getString("status.slides.cancelled"), folder);
            case FAILED -> String.valueOf(task.error() == null ? "" : task.error().getMessage());
            case RUNNING -> status.getText();
        }));
        return task;
    }

    /** The tour as it stands. */
    public Tour tour() {
        return draft.tour();
    }

    // ---- files ---------------------------------------------------------------------------------

    private void confirmedNew() {
        if (files.confirmDiscard()) {
            newTour();
        }
    }

    /**
     * Opens a tour file. A file that cannot be read is reported with the reason, and the tour being
     * edited stays as it was. Returns true if the tour was opened.
     */
    public boolean open(Path path) {
        return files.open(path);
    }

    /** Saves to the file the tour came from, or asks for one. */
    public void save() {
        files.save();
    }

    /**
     * Saves the tour to a file: atomically, keeping the file's previous version as {@code name.bak}.
     * A tour with no stops or a stop with no caption is not saved; the message says which.
     * Returns true if saved.
     */
    public boolean saveTo(Path path) {
        return files.saveTo(path);
    }

    private boolean confirmDiscard() {
        return files.confirmDiscard();
    }
}
