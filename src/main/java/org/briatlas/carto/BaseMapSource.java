package org.briatlas.carto;

import org.briatlas.io.DataSource;

import java.nio.file.Path;

/**
 * Where the base-map files come from: the application's own class path (the shipped data) or a folder.
 * Paths are relative to geo/basemap/, for example {@code mid/land.geojson}.
 */
public final class BaseMapSource {

    private BaseMapSource() {
    }

    /** The base map shipped inside the application. */
    public static DataSource shipped() {
        return DataSource.shipped("/geo/basemap/", "geo/basemap/");
    }

    /** A base map in a folder laid out like geo/basemap/. */
    public static DataSource folder(Path root) {
        return DataSource.folder(root);
    }
}
