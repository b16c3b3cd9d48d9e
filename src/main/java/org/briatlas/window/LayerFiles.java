package org.briatlas.window;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.briatlas.state.AtlasModel;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Adding the user's files as layers: the open dialog (several files at once, every format the atlas reads)
 * and files dropped on the window. Each file becomes a layer of its own, read in the background; a file the
 * atlas cannot read is refused with a message naming what it can read. FX thread only.
 */
public final class LayerFiles {

    /** The file names the atlas reads as layers, as the open dialog filters them. */
    public static final List<String> PATTERNS = org.briatlas.io.AtlasDataReader.LAYER_ENDINGS.stream()
            .map(e -> "*" + e).toList();

    private LayerFiles() {
    }

    /** True if a file's name says it is in a format the atlas reads. */
    public static boolean readable(File f) {
        return org.briatlas.io.AtlasDataReader.isLayerFile(f.getName());
    }

    /** Asks for files and opens each as a layer. */
    public static void choose(AtlasModel model, ResourceBundle text, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.getString("open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(text.getString("open.filter"), PATTERNS),
                new FileChooser.ExtensionFilter(text.getString("open.filter.csv"), "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter(text.getString("open.filter.all"), "*"));
        open(model, text, org.briatlas.fx.FileDialogs.openMany(chooser, owner));
    }

    /** Opens each file as a layer; those of a format the atlas does not read are named in the status bar. */
    public static void open(AtlasModel model, ResourceBundle text, List<File> files) {
        List<String> refused = new java.util.ArrayList<>();
        for (File f : files) {
            if (readable(f)) {
                model.userLayers().open(f.toPath());
            } else {
                refused.add(f.getName());
            }
        }
        if (!refused.isEmpty()) {
            model.setStatus(org.briatlas.state.StatusMessage.warning("open.unknownFormat",
                    String.join(", ", refused)));
        }
    }

    /** Lets files be dropped on a node (the window's root) to be opened as layers. */
    public static void acceptDrops(Node target, AtlasModel model, ResourceBundle text) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                open(model, text, e.getDragboard().getFiles());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
