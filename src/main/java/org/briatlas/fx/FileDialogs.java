package org.briatlas.fx;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The system's file dialogs, owned by the window that opens them, without costing the atlas its maximised
 * windows. On Linux, JavaFX 21 makes the windows a modal dialog blocks unresizable (their minimum and maximum
 * size are both set to the size they had before they were maximised), and some window managers then drop the
 * maximised state (JDK-8332222, fixed in JavaFX 23). Every window in the owner's chain that was maximised and
 * that JavaFX reports as no longer maximised is maximised again as soon as the dialog closes. Under openbox this
 * is not enough: the window manager refuses JavaFX 21's request, and only JavaFX 23 (which needs Java 21)
 * cures it there. FX thread only.
 */
public final class FileDialogs {

    private FileDialogs() {
    }

    /** An open dialog over {@code owner}; null if the user cancelled. */
    public static File open(FileChooser chooser, Window owner) {
        return keepingMaximised(owner, () -> chooser.showOpenDialog(owner));
    }

    /** An open dialog over {@code owner} for several files; empty if the user cancelled. */
    public static List<File> openMany(FileChooser chooser, Window owner) {
        List<File> chosen = keepingMaximised(owner, () -> chooser.showOpenMultipleDialog(owner));
        return chosen == null ? List.of() : chosen;
    }

    /** A save dialog over {@code owner}; null if the user cancelled. */
    public static File save(FileChooser chooser, Window owner) {
        return keepingMaximised(owner, () -> chooser.showSaveDialog(owner));
    }

    /** A folder dialog over {@code owner}; null if the user cancelled. */
    public static File folder(DirectoryChooser chooser, Window owner) {
        return keepingMaximised(owner, () -> chooser.showDialog(owner));
    }

    /**
     * Runs a modal dialog and maximises again every window of the owner's chain that was maximised before it
     * and is no longer.
     */
    static <T> T keepingMaximised(Window owner, Supplier<T> dialog) {
        List<Stage> maximised = new ArrayList<>();
        for (Window w = owner; w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w instanceof Stage s && s.isMaximized()) {
                maximised.add(s);
            }
        }
        try {
            return dialog.get();
        } finally {
            for (Stage s : maximised) {
                if (s.isShowing() && !s.isMaximized()) {
                    s.setMaximized(true);
                }
            }
        }
    }
}
