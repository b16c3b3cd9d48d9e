package org.briatlas.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps the rooms honest: the model, I/O, geography and cartography packages stay free of JavaFX
 * (they run headless on the command line), and nothing below the app depends on the app.
 */
class LayeringTest {

    private static final Path SRC = Path.of("src/main/java/org/briatlas");

    private static List<String> offending(String pkg, String forbidden) throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import " + forbidden)) {
                        bad.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        return bad;
    }

    @Test
    void headlessPackagesDoNotImportJavaFx() throws IOException {
        for (String pkg : new String[]{"model", "io", "geo", "carto", "cli"}) {
            assertEquals(List.of(), offending(pkg, "javafx."), pkg);
            assertEquals(List.of(), offending(pkg, "com.gluonhq."), pkg);
        }
    }

    @Test
    void lowerPackagesDoNotImportTheApp() throws IOException {
        for (String pkg : new String[]{"model", "io", "geo", "carto", "analysis", "state", "map", "layers", "panels",
                "fx", "tour", "cli"}) {
            assertEquals(List.of(), offending(pkg, "org.briatlas.app."), pkg);
        }
    }
}
