package org.briatlas.carto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the base-map files come from: the application's own class path (the shipped data) or a folder.
 * Paths are relative to geo/basemap/, for example {@code mid/land.geojson}.
 */
@FunctionalInterface
public interface BaseMapSource {

    /** Opens one file; throws {@link NoSuchFileException} if it does not exist. */
    InputStream open(String relativePath) throws IOException;

    /** The base map shipped inside the application. */
    static BaseMapSource shipped() {
        return relativePath -> {
            String resource = "/geo/basemap/" + relativePath;
            InputStream in = BaseMapSource.class.getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource, null, "not found in the application");
            }
            return in;
        };
    }

    /** A base map in a folder laid out like geo/basemap/. */
    static BaseMapSource folder(Path root) {
        return relativePath -> Files.newInputStream(root.resolve(relativePath));
    }
}
