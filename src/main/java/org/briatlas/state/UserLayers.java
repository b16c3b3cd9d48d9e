package org.briatlas.state;

import javafx.collections.ObservableList;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's layers, as the window and the workspace change them: any number of files, each opened as a
 * layer over the others, renamed, styled, shown or hidden, moved in the order and closed. Renaming, styling,
 * showing and moving only draw the map anew; opening and closing rebuild the map's index off the interface
 * thread. Interface thread only.
 */
public final class UserLayers {

    private final AtlasModel model;
    private final AtlasContent content;
    private final ContentLoader loader;

    UserLayers(AtlasModel model, AtlasContent content, ContentLoader loader) {
        this.model = model;
        this.content = content;
        this.loader = loader;
    }

    /** The layers, bottom first (read-only). */
    public ObservableList<UserLayer> list() {
        return content.userLayers();
    }

    public Optional<UserLayer> get(String id) {
        return content.userLayer(id);
    }

    /** Reads a file (any format the atlas reads) as a new layer over the others; returns the task. */
    public BackgroundTask<?> open(Path file) {
        return loader.openUserLayer(file, null);
    }

    /** Reads a file as a new layer with this name, style and visibility (a workspace's). */
    public BackgroundTask<?> open(Path file, String name, LayerStyle style, boolean shown) {
        return loader.openUserLayer(file, new ContentLoader.LayerRequest(name, style, shown));
    }

    /** Closes a layer (the file is not touched). */
    public void remove(String id) {
        loader.removeUserLayer(id);
    }

    /** Renames a layer (a blank name is ignored). */
    public void rename(String id, String name) {
        if (name != null && !name.isBlank()) {
            get(id).ifPresent(l -> loader.updateUserLayer(l.withName(org.briatlas.i18n.Texts.cap(name.strip(), 200))));
        }
    }

    public void setStyle(String id, LayerStyle style) {
        get(id).ifPresent(l -> loader.updateUserLayer(l.withStyle(style)));
    }

    public void setVisible(String id, boolean shown) {
        get(id).ifPresent(l -> loader.updateUserLayer(l.withVisible(shown)));
    }

    /** Moves a layer to another place in the drawing order (0 is the bottom). */
    public void move(String id, int to) {
        loader.moveUserLayer(id, to);
    }

    /** Fits the map to a layer's located features. */
    public void zoomTo(String id) {
        get(id).ifPresent(l -> {
            org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
            for (AtlasFeature f : l.features()) {
                if (f.feature().isLocated()) {
                    e.expandToInclude(f.geometry().getEnvelopeInternal());
                }
            }
            if (!e.isNull()) {
                model.showExtent(e);
            }
        });
    }

    /** Closes every layer. */
    public void clear() {
        for (UserLayer l : java.util.List.copyOf(list())) {
            remove(l.id());
        }
    }
}
