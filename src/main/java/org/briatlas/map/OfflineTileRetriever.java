package org.briatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import javafx.scene.image.Image;

import java.util.concurrent.CompletableFuture;

/**
 * Gluon Maps' tile source for the atlas, registered for {@code ServiceLoader} in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}. Because it is found there, Gluon never
 * falls back to its OpenStreetMap downloader: every tile is drawn locally by {@link OfflineTiles}.
 * Called on the JavaFX thread; returns at once.
 */
public final class OfflineTileRetriever implements TileRetriever {

    /** Public no-argument constructor for {@code ServiceLoader}. */
    public OfflineTileRetriever() {
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return OfflineTiles.shared().tile(zoom, i, j);
    }
}
