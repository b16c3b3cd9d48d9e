package org.briatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a reader finds its files: the data shipped inside the application, or a folder laid out the
 * same way (for a regenerated base map, a damaged copy in a test, ...). Paths are relative and use "/".
 */
@FunctionalInterface
public interface DataSource {

    /** Opens one file; throws {@link NoSuchFileException} (naming it) if there is no such file. */
    InputStream open(String path) throws IOException;

    /**
     * Files shipped on the class path under a root, for example {@code /geo/}; a missing file is reported
     * under {@code shownAs} + path, as the user would find it in the repository.
     */
    static DataSource shipped(String root, String shownAs) {
        return path -> {
            InputStream in = DataSource.class.getResourceAsStream(root + path);
            if (in == null) {
                throw new NoSuchFileException(shownAs + path, null, "not found in the application");
            }
            return in;
        };
    }

    /** Files in a folder. */
    static DataSource folder(Path root) {
        return path -> Files.newInputStream(root.resolve(path));
    }
}
