package org.briatlas.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.briatlas.fx.FileDialogs;
import org.briatlas.model.Workspace;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.StatusMessage;
import org.briatlas.state.WorkspaceState;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The toolbar's Workspace menu: New, Open, Save, Save as, the recent workspaces, and the bookmarks (add the
 * view, fly to one). Asks before unsaved changes are dropped; after opening, says which of the user's files
 * changed and asks where a moved one is now. FX thread only.
 */
final class WorkspaceMenu extends MenuButton {

    private final AtlasModel model;
    private final WorkspaceState workspace;
    private final ResourceBundle text;

    WorkspaceMenu(AtlasModel model, ResourceBundle text) {
        super(text.getString("workspace.menu"));
        this.model = model;
        this.workspace = model.workspace();
        this.text = text;
        setId("toolbar-workspace");
        setOnShowing(e -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        Menu recent = new Menu(text.getString("workspace.recent"));
        recent.setId("workspace-recent");
        for (Path p : workspace.recent()) {
            MenuItem i = item("workspace-recent-item", p.getFileName() == null ? p.toString() : p.getFileName() + "  \u2014  "
                    + (p.getParent() == null ? "" : p.getParent()), () -> open(p));
            recent.getItems().add(i);
        }
        recent.setDisable(workspace.recent().isEmpty());
        getItems().addAll(item("workspace-new", text.getString("workspace.new"), this::newWorkspace),
                item("workspace-open", text.getString("workspace.open"), this::chooseOpen),
                item("workspace-save", text.getString("workspace.save"), this::save),
                item("workspace-save-as", text.getString("workspace.saveAs"), this::saveAs), recent,
                new SeparatorMenuItem(),
                item("workspace-bookmark-add", text.getString("bookmark.add"), this::addBookmark));
        for (Workspace.Bookmark b : workspace.bookmarks()) {
            getItems().add(item("workspace-bookmark", "\u2605  " + b.name(), () -> workspace.flyTo(b)));
        }
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem i = new MenuItem(label);
        i.setId(id);
        i.setMnemonicParsing(false);
        i.setOnAction(e -> action.run());
        return i;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** True if there is nothing unsaved, or the user chose to save it or to drop it. */
    boolean confirmDiscard() {
        if (!workspace.dirtyProperty().get() || workspace.fileProperty().get() == null) {
            return true;
        }
        ButtonType saveB = new ButtonType(text.getString("workspace.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.getString("workspace.discard"), ButtonBar.ButtonData.NO);
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.CONFIRMATION, text, window(), String.format(Locale.ROOT,
                text.getString("workspace.unsaved"), workspace.fileProperty().get().getFileName()), saveB, discard,
                ButtonType.CANCEL);
        a.getDialogPane().setId("workspace-unsaved");
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == ButtonType.CANCEL) {
            return false;
        }
        return r.get() != saveB || save();
    }

    /** If a crashed session left an autosaved workspace, asks (once the data are read) whether to recover it. */
    void offerRecovery() {
        if (workspace.recoveryProperty().get() == null) {
            return;
        }
        if (model.content().phase() == org.briatlas.state.AtlasContent.Phase.LOADING) {
            javafx.beans.value.ChangeListener<org.briatlas.state.AtlasContent.Phase> once = new javafx.beans.value
                    .ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends org.briatlas.state.AtlasContent.Phase> o,
                                    org.briatlas.state.AtlasContent.Phase was,
                                    org.briatlas.state.AtlasContent.Phase now) {
                    if (now != org.briatlas.state.AtlasContent.Phase.LOADING) {
                        o.removeListener(this);
                        offerRecovery();
                    }
                }
            };
            model.content().phaseProperty().addListener(once);
            return;
        }
        ButtonType recover = new ButtonType(text.getString("workspace.recover"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.getString("workspace.recoverDiscard"), ButtonBar.ButtonData.NO);
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.CONFIRMATION, text, window(),
                text.getString("workspace.recoverText"), recover, discard);
        a.setHeaderText(text.getString("workspace.recoverHeader"));
        a.getDialogPane().setId("workspace-recovery");
        a.setOnHidden(e -> {
            if (a.getResult() == recover) {
                try {
                    workspace.recover().forEach(p -> warn(p.file() + ": " + p.kind()));
                    model.setStatus(StatusMessage.info("workspace.recovered"));
                } catch (IOException ex) {
                    error(text.getString("workspace.openFailed"), ex.getMessage());
                    workspace.discardRecovery();
                }
            } else {
                workspace.discardRecovery();
            }
        });
        a.show();
    }

    private void newWorkspace() {
        if (confirmDiscard()) {
            workspace.newWorkspace();
        }
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.getString("workspace.fileType"), "*.json"));
        Path current = workspace.fileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            c.setInitialDirectory(current.getParent().toFile());
        }
        return c;
    }

    private void chooseOpen() {
        if (!confirmDiscard()) {
            return;
        }
        File f = FileDialogs.open(chooser(), window());
        if (f != null) {
            open(f.toPath());
        }
    }

    private void open(Path p) {
        List<WorkspaceState.Problem> problems;
        try {
            problems = workspace.open(p);
        } catch (IOException e) {
            error(text.getString("workspace.openFailed"), e.getMessage());
            return;
        }
        model.setStatus(StatusMessage.info("workspace.opened", p));
        for (WorkspaceState.Problem problem : problems) {
            switch (problem.kind()) {
                case MOVED -> findMoved(problem);
                case CHANGED -> warn(String.format(Locale.ROOT, text.getString("workspace.changed"), problem.file()));
                case UNREADABLE -> warn(String.format(Locale.ROOT, text.getString("workspace.unreadable"),
                        problem.file()));
                case UNKNOWN_LAYER -> warn(String.format(Locale.ROOT, text.getString("workspace.unknownLayer"),
                        problem.file()));
            }
        }
    }

    /** A user file that is no longer where the workspace says: the user may show where it is now. */
    private void findMoved(WorkspaceState.Problem problem) {
        String file = problem.file();
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.WARNING, text, window(),
                String.format(Locale.ROOT, text.getString("workspace.moved"), file),
                ButtonType.OK, ButtonType.CANCEL);
        a.getDialogPane().setId("workspace-moved");
        if (a.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        FileChooser c = new FileChooser();
        c.setInitialFileName(Path.of(file).getFileName().toString());
        File f = FileDialogs.open(c, window());
        if (f != null) {
            workspace.locate(problem, f.toPath());
        }
    }

    private boolean save() {
        Path f = workspace.fileProperty().get();
        return f == null ? saveAs() : saveTo(f);
    }

    private boolean saveAs() {
        FileChooser c = chooser();
        Path current = workspace.fileProperty().get();
        c.setInitialFileName(current == null ? "workspace.json" : current.getFileName().toString());
        File f = FileDialogs.save(c, window());
        if (f == null) {
            return false;
        }
        Path p = f.toPath();
        return saveTo(p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".json"));
    }

    private boolean saveTo(Path p) {
        try {
            workspace.save(p);
            return true;
        } catch (IOException e) {
            error(text.getString("workspace.saveFailed"), p + ": " + e.getMessage());
            return false;
        }
    }

    private void addBookmark() {
        TextInputDialog d = new TextInputDialog(String.format(Locale.ROOT, text.getString("bookmark.defaultName"),
                workspace.bookmarks().size() + 1));
        d.initOwner(window());
        d.setHeaderText(text.getString("bookmark.add.header"));
        d.getDialogPane().setId("bookmark-name");
        d.showAndWait().ifPresent(workspace::addBookmark);
    }

    private void warn(String message) {
        model.setStatus(StatusMessage.warning(StatusMessage.RAW, message));
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.WARNING, text, window(), message);
        a.show();
    }

    private void error(String header, String message) {
        Alert a = org.briatlas.fx.Alerts.of(Alert.AlertType.ERROR, text, window(), message);
        a.setHeaderText(header);
        a.show();
    }
}
