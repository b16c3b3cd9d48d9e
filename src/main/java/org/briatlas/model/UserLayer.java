package org.briatlas.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of the user's, opened as a layer: its id in this session (stable while it is open), the name the
 * user sees (the file's name until renamed), the file, its format, how it is drawn, whether it is shown, and
 * what was read from it: the features (each naming this layer's id) and the problems met. Immutable: a change
 * is a new value in the model's list.
 */
public record UserLayer(String id, String name, Path file, FeatureCollection.Format format, LayerStyle style,
                        boolean visible, List<AtlasFeature> features, List<ReadProblem> problems) {

    public UserLayer {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    public UserLayer withName(String n) {
        return new UserLayer(id, n, file, format, style, visible, features, problems);
    }

    public UserLayer withStyle(LayerStyle s) {
        return new UserLayer(id, name, file, format, s, visible, features, problems);
    }

    public UserLayer withVisible(boolean v) {
        return new UserLayer(id, name, file, format, style, v, features, problems);
    }

    /** A layer's name from its file: the file name without its extension. */
    public static String nameOf(Path file) {
        String n = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
