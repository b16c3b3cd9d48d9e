package org.briatlas.tour;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.briatlas.io.TourFile;
import org.briatlas.map.FxType;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.Tour;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tour editor, a window beside the atlas. A teacher sets up the map (view, layers, selection, year,
 * table) and adds it as a stop; writes a caption and speaker notes in any of the three languages;
 * reorders stops by dragging or with Alt+Up/Down; shows or plays the tour on the map; and saves it as a
 * tour file ({@link TourFile}: written atomically, the previous version kept as {@code name.bak}).
 * A file that cannot be read is reported with the reason and the tour being edited stays as it was.
 * FX thread only.
 */
public final class TourEditor {

    private static final Logger LOG = Logger.getLogger(TourEditor.class.getName());
    private static final List<String> LANGUAGES = List.of("en", "zh", "ru");

    /** A stop being edited: the captured map state and its texts, which the editor changes in place. */
    static final class EditStop {
        Tour.Stop view;
        final Map<String, String> caption;
        final Map<String, String> notes;

        EditStop(Tour.Stop s) {
            view = s;
            caption = new LinkedHashMap<>(s.caption());
            notes = new LinkedHashMap<>(s.notes());
        }

        Tour.Stop toStop() {
            return new Tour.Stop(view.lon(), view.lat(), view.zoom(), view.layers(), view.feature(), view.year(),
                    view.table(), blankless(caption), blankless(notes));
        }
    }

    private final ResourceBundle text;
    private final String lang;
    private final Supplier<Tour.Stop> capture;
    private final TourPlayer player;
    private final Supplier<AtlasData> data;
    private final java.util.function.BiFunction<Tour, Path, javafx.concurrent.Task<Integer>> exportSlides;
    private final Stage stage = new Stage();
    private final ObservableList<EditStop> stops = FXCollections.observableArrayList();
    private final ListView<EditStop> list = new ListView<>(stops);
    private final Map<String, String> title = new LinkedHashMap<>();
    private final TextField titleField = new TextField();
    private final TextArea captionArea = new TextArea();
    private final TextArea notesArea = new TextArea();
    private final Label viewSummary = new Label();
    private final Label status = new Label();
    private final ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(LANGUAGES));
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private boolean filling;

    /**
     * @param owner    the atlas window
     * @param text     the interface texts
     * @param lang     the interface language, in which texts are edited at first
     * @param capture  the map's present state as a stop without texts
     * @param player   the tour player of the atlas window, to show and play the tour
     * @param data     the atlas's features, to name a stop's selection
     * @param exportSlides writes a tour's slides into a folder off the FX thread (the atlas window shows
     *                 its progress and can cancel it)
     */
    public TourEditor(Window owner, ResourceBundle text, String lang, Supplier<Tour.Stop> capture, TourPlayer player,
                      Supplier<AtlasData> data,
                      java.util.function.BiFunction<Tour, Path, javafx.concurrent.Task<Integer>> exportSlides) {
        this.text = text;
        this.lang = LANGUAGES.contains(lang) ? lang : "en";
        this.capture = capture;
        this.player = player;
        this.data = data;
        this.exportSlides = exportSlides;
        language.setValue(LANGUAGES.contains(lang) ? lang : "en");
        stage.initOwner(owner);
        stage.setScene(new Scene(build(), 900, 620));
        FxType.dress(stage.getScene().getRoot(), owner.getScene(), lang);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> (dirty.get() ? "\u2022 " : "")
                + text.getString("editor.window") + " \u2014 " + (file.get() == null
                ? text.getString("editor.unsaved") : file.get().getFileName()), dirty, file));
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            }
        });
        newTour();
    }

    // ---- layout --------------------------------------------------------------------------------

    private BorderPane build() {
        Button newB = button("editor-new", "editor.new", this::confirmedNew);
        Button openB = button("editor-open", "editor.open", this::chooseOpen);
        Button saveB = button("editor-save", "editor.save", this::save);
        Button saveAsB = button("editor-save-as", "editor.saveAs", this::chooseSaveAs);
        Button playB = button("editor-play", "editor.play", this::playFromSelected);
        Button slidesB = button("editor-slides", "editor.slides", this::chooseSlideFolder);
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
                title.put(language.getValue(), now);
                dirty.set(true);
            }
        });

        list.setId("editor-stops");
        list.setCellFactory(v -> new StopCell());
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

    /** A list row: the stop's number and caption; rows can be dragged to a new place. */
    private final class StopCell extends ListCell<EditStop> {
        StopCell() {
            FxType.fit(this);
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    ClipboardContent c = new ClipboardContent();
                    c.putString(Integer.toString(getIndex()));
                    startDragAndDrop(TransferMode.MOVE).setContent(c);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof StopCell && e.getDragboard().hasString()) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getDragboard().hasString()) {
                    int from = Integer.parseInt(e.getDragboard().getString());
                    int to = getItem() == null ? stops.size() - 1 : getIndex();
                    done = moveStop(from, to);
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(EditStop s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : (getIndex() + 1) + ". " + label(s));
        }
    }

    private String label(EditStop s) {
        String c = Tour.text(s.caption, language.getValue());
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

    /** The stops as they stand, in order (for tests and the atlas window). */
    public List<Tour.Stop> stops() {
        return stops.stream().map(EditStop::toStop).toList();
    }

    /** The file the tour was last opened from or saved to, or null. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** True when the tour has changes that are not saved. */
    public BooleanProperty dirtyProperty() {
        return dirty;
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
        stops.clear();
        title.clear();
        file.set(null);
        fillTitle();
        dirty.set(false);
        status.setText(text.getString("editor.hint"));
    }

    /** Edits a tour, e.g. a shipped one; saving asks for a file. */
    public void edit(Tour tour, Path from) {
        stops.setAll(tour.stops().stream().map(EditStop::new).toList());
        title.clear();
        title.putAll(tour.title());
        file.set(from);
        fillTitle();
        dirty.set(false);
        if (!stops.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        status.setText(String.format(text.getString("editor.editing"), stops.size()));
    }

    /** Adds the map's present state as a stop after the selected one. */
    public void addFromMap() {
        EditStop s = new EditStop(capture.get());
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        if (at <= 0) {
            at = stops.size();
        }
        stops.add(at, s);
        list.getSelectionModel().select(at);
        list.scrollTo(at);
        dirty.set(true);
        status.setText(String.format(text.getString("editor.editing"), stops.size()));
        captionArea.requestFocus();
    }

    /** Replaces the selected stop's view, layers, selection, year and table with the map's, keeping its texts. */
    public void updateFromMap() {
        EditStop s = list.getSelectionModel().getSelectedItem();
        if (s != null) {
            s.view = capture.get();
            fillStop(s);
            dirty.set(true);
        }
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            stops.remove(i);
            dirty.set(true);
            status.setText(String.format(text.getString("editor.editing"), stops.size()));
            if (!stops.isEmpty()) {
                list.getSelectionModel().select(Math.min(i, stops.size() - 1));
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
        if (from < 0 || from >= stops.size() || to < 0 || to >= stops.size() || from == to) {
            return false;
        }
        EditStop s = stops.remove(from);
        stops.add(to, s);
        list.getSelectionModel().select(to);
        list.scrollTo(to);
        dirty.set(true);
        return true;
    }

    /** Selects a stop by index. */
    public void select(int index) {
        list.getSelectionModel().select(index);
    }

    private void editText(String value, boolean caption) {
        EditStop s = list.getSelectionModel().getSelectedItem();
        if (filling || s == null) {
            return;
        }
        (caption ? s.caption : s.notes).put(language.getValue(), value);
        dirty.set(true);
        if (caption) {
            list.refresh();
        }
    }

    private void fillTitle() {
        filling = true;
        titleField.setText(title.getOrDefault(language.getValue(), ""));
        filling = false;
    }

    private void fillStop(EditStop s) {
        filling = true;
        String lang = language.getValue();
        captionArea.setText(s == null ? "" : s.caption.getOrDefault(lang, ""));
        captionArea.setPromptText(s == null ? "" : Tour.text(s.caption, "en"));
        notesArea.setText(s == null ? "" : s.notes.getOrDefault(lang, ""));
        notesArea.setPromptText(s == null ? "" : Tour.text(s.notes, "en"));
        viewSummary.setText(s == null ? "" : summary(s.view));
        filling = false;
        list.refresh();
    }

    private String summary(Tour.Stop v) {
        String layers = v.layers().isEmpty() ? text.getString("editor.allLayers")
                : String.join(", ", v.layers().stream().map(id -> AtlasLayer.byId(id)
                .map(l -> text.getString("layer." + l.id())).orElse(id)).toList());
        String feature = v.feature() == null ? text.getString("editor.none")
                : data.get() == null ? v.feature()
                : data.get().byId(v.feature()).map(f -> f.name(language.getValue())).orElse(v.feature());
        return String.format(Locale.ROOT, text.getString("editor.summary"), v.lon(), v.lat(), v.zoom(), layers,
                feature, v.year(), v.table() == null ? text.getString("editor.none") : v.table().toString());
    }

    // ---- showing and playing -----------------------------------------------------------------

    private void showSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0 && !stops.isEmpty()) {
            player.start(tour(), i);
        }
    }

    private void playFromSelected() {
        if (stops.isEmpty()) {
            status.setText(text.getString("editor.error.noStops"));
            return;
        }
        player.start(tour(), Math.max(0, list.getSelectionModel().getSelectedIndex()));
        stage.getOwner().requestFocus();
    }

    private void chooseSlideFolder() {
        String problem = problem();
        if (problem != null) {
            status.setText(problem);
            return;
        }
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        if (file.get() != null && file.get().getParent() != null) {
            c.setInitialDirectory(file.get().getParent().toFile());
        }
        File dir = c.showDialog(stage);
        if (dir != null) {
            exportSlides(dir.toPath());
        }
    }

    /** Writes the tour's slides into a folder, off the FX thread; returns the task. */
    public javafx.concurrent.Task<Integer> exportSlides(Path folder) {
        javafx.concurrent.Task<Integer> task = exportSlides.apply(tour(), folder);
        task.messageProperty().addListener((o, was, now) -> {
            if (now != null && !now.isEmpty() && !task.isDone()) {
                status.setText(now);
            }
        });
        task.stateProperty().addListener((o, was, now) -> {
            if (task.isDone()) {
                status.setText(switch (now) {
                    case SUCCEEDED -> String.format(text.getString("status.slides"), task.getValue(), folder);
                    case CANCELLED -> String.format(text.getString("status.slides.cancelled"), folder);
                    default -> String.valueOf(task.getException() == null ? "" : task.getException().getMessage());
                });
            }
        });
        return task;
    }

    /** The tour as it stands. */
    public Tour tour() {
        return new Tour(blankless(title), stops());
    }

    // ---- files ---------------------------------------------------------------------------------

    private void confirmedNew() {
        if (confirmDiscard()) {
            newTour();
        }
    }

    private void chooseOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File f = chooser().showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    /**
     * Opens a tour file. A file that cannot be read is reported with the reason, and the tour being
     * edited stays as it was. Returns true if the tour was opened.
     */
    public boolean open(Path path) {
        try {
            edit(TourFile.read(path), path);
            return true;
        } catch (TourFile.TourFileException e) {
            LOG.log(Level.WARNING, "tour not opened: " + path, e);
            status.setText(e.getMessage());
            error(text.getString("editor.error.open"), e.getMessage());
            return false;
        }
    }

    /** Saves to the file the tour came from, or asks for one. */
    public void save() {
        if (file.get() == null || !Files.isWritable(file.get().getParent())) {
            chooseSaveAs();
        } else {
            saveTo(file.get());
        }
    }

    private void chooseSaveAs() {
        FileChooser c = chooser();
        c.setInitialFileName(file.get() != null ? file.get().getFileName().toString() : fileName());
        File f = c.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            saveTo(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
        }
    }

    /**
     * Saves the tour to a file: atomically, keeping the file's previous version as {@code name.bak}.
     * A tour with no stops or a stop with no caption is not saved; the message says which.
     * Returns true if saved.
     */
    public boolean saveTo(Path path) {
        String problem = problem();
        if (problem != null) {
            status.setText(problem);
            error(text.getString("editor.error.save"), problem);
            return false;
        }
        try {
            boolean existed = Files.exists(path);
            TourFile.write(path, tour());
            file.set(path);
            dirty.set(false);
            status.setText(existed ? String.format(text.getString("editor.savedKept"), path, path.getFileName() + ".bak")
                    : String.format(text.getString("editor.saved"), path));
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "tour not saved: " + path, e);
            String message = path + ": " + e.getMessage();
            status.setText(message);
            error(text.getString("editor.error.save"), message);
            return false;
        }
    }

    /** What keeps the tour from being saved, or null. */
    String problem() {
        if (stops.isEmpty()) {
            return text.getString("editor.error.noStops");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            if (blankless(stops.get(i).caption).isEmpty()) {
                missing.add(Integer.toString(i + 1));
            }
        }
        return missing.isEmpty() ? null : String.format(text.getString("editor.error.noCaption"), String.join(", ", missing));
    }

    private String fileName() {
        String t = Tour.text(blankless(title), "en").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (t.isEmpty() ? "tour" : t) + ".json";
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("editor.fileType"), "*.json"));
        Path dir = file.get() != null ? file.get().getParent() : Path.of(System.getProperty("user.home"));
        if (dir != null && Files.isDirectory(dir)) {
            c.setInitialDirectory(dir.toFile());
        }
        return c;
    }

    /** Asks what to do with unsaved changes; true if the editor may go on (saved or discarded). */
    private boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        ButtonType saveB = new ButtonType(text.getString("editor.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.getString("editor.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text.getString("editor.unsavedChanges"), saveB, discard,
                ButtonType.CANCEL);
        a.initOwner(stage);
        FxType.dress(a.getDialogPane(), stage.getScene(), lang);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveB) {
            save();
            return !dirty.get();
        }
        return answer == discard;
    }

    private void error(String header, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(stage);
        a.getDialogPane().setId("editor-error");
        FxType.dress(a.getDialogPane(), stage.getScene(), lang);
        a.setHeaderText(header);
        a.setContentText(message);
        a.show();
    }

    private static Map<String, String> blankless(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                out.put(k, v.strip());
            }
        });
        return out;
    }
}
