package org.briatlas.tour;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.briatlas.fx.FxType;
import org.briatlas.io.TourFile;
import org.briatlas.state.StatusMessage;
import org.briatlas.state.TourDraft;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tour editor's files: open, save, save as, and asking before unsaved changes are dropped, with the
 * file dialogs and the error dialogs owned by the editor's window. FX thread only.
 */
final class TourEditorFiles {

    private static final Logger LOG = Logger.getLogger(TourEditorFiles.class.getName());

    private final Stage stage;
    private final ResourceBundle text;
    private final String lang;
    private final TourDraft draft;
    private final Label status;
    private final Runnable opened;

    /**
     * @param opened what the editor does once a tour file is opened (select its first stop)
     */
    TourEditorFiles(Stage stage, ResourceBundle text, String lang, TourDraft draft, Label status, Runnable opened) {
        this.stage = stage;
        this.text = text;
        this.lang = lang;
        this.draft = draft;
        this.status = status;
        this.opened = opened;
    }

    void chooseOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File f = org.briatlas.fx.FileDialogs.open(chooser(), stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    boolean open(Path path) {
        try {
            draft.open(path);
            opened.run();
            status.setText(String.format(java.util.Locale.ROOT, text.getString("editor.editing"), draft.stops().size()));
            return true;
        } catch (TourFile.TourFileException e) {
            LOG.log(Level.WARNING, "tour not opened: " + path, e);
            status.setText(e.getMessage());
            error(text.getString("editor.error.open"), e.getMessage());
            return false;
        }
    }

    void save() {
        Path file = draft.fileProperty().get();
        if (file == null || file.getParent() == null || !Files.isWritable(file.getParent())) {
            chooseSaveAs();
        } else {
            saveTo(file);
        }
    }

    void chooseSaveAs() {
        FileChooser c = chooser();
        Path file = draft.fileProperty().get();
        c.setInitialFileName(file != null ? file.getFileName().toString() : draft.suggestedFileName());
        File f = org.briatlas.fx.FileDialogs.save(c, stage);
        if (f != null) {
            Path p = f.toPath();
            saveTo(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
        }
    }

    boolean saveTo(Path path) {
        StatusMessage problem = draft.problem();
        if (problem != null) {
            status.setText(problem.format(text));
            error(text.getString("editor.error.save"), problem.format(text));
            return false;
        }
        try {
            boolean existed = Files.exists(path);
            draft.save(path);
            status.setText(existed ? String.format(java.util.Locale.ROOT, text.getString("editor.savedKept"), path, path.getFileName() + ".bak")
                    : String.format(java.util.Locale.ROOT, text.getString("editor.saved"), path));
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "tour not saved: " + path, e);
            String message = path + ": " + e.getMessage();
            status.setText(message);
            error(text.getString("editor.error.save"), message);
            return false;
        }
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("editor.fileType"), "*.json"));
        Path file = draft.fileProperty().get();
        Path dir = file != null ? file.getParent() : Path.of(System.getProperty("user.home"));
        if (dir != null && Files.isDirectory(dir)) {
            c.setInitialDirectory(dir.toFile());
        }
        return c;
    }

    /** Asks for a folder and writes the tour's slides into it, unless the tour cannot be saved yet. */
    void chooseSlideFolder(java.util.function.Consumer<Path> export) {
        StatusMessage problem = draft.problem();
        if (problem != null) {
            status.setText(problem.format(text));
            return;
        }
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        Path file = draft.fileProperty().get();
        if (file != null && file.getParent() != null) {
            c.setInitialDirectory(file.getParent().toFile());
        }
        File dir = org.briatlas.fx.FileDialogs.folder(c, stage);
        if (dir != null) {
            export.accept(dir.toPath());
        }
    }

    /** Asks what to do with unsaved changes; true if the editor may go on (saved or discarded). */
    boolean confirmDiscard() {
        if (!draft.dirtyProperty().get()) {
            return true;
        }
        ButtonType saveB = new ButtonType(text.getString("editor.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.getString("editor.discard"), ButtonBar.ButtonData.NO);
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.CONFIRMATION, text, stage,
                text.getString("editor.unsavedChanges"), saveB, discard, ButtonType.CANCEL);
        FxType.dress(a.getDialogPane(), stage.getScene(), lang);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveB) {
            save();
            return !draft.dirtyProperty().get();
        }
        return answer == discard;
    }

    private void error(String header, String message) {
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.ERROR, text, stage, message);
        a.getDialogPane().setId("editor-error");
        FxType.dress(a.getDialogPane(), stage.getScene(), lang);
        a.setHeaderText(header);
        a.show();
    }
}
