package org.briatlas.state;

import org.briatlas.model.LayerStyle;
import org.briatlas.model.UserLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, done when (headless): a user adds three files of different formats, styles them, saves a
 * workspace and bookmarks; the atlas is killed with kill -9; the next start recovers everything as it was.
 * The session runs in a child JVM that is killed with SIGKILL; the recovery runs here.
 */
class CrashRecoveryTest {

    @TempDir
    Path dir;

    /** Asserts the model holds the session {@link OwnData#makeSession} made. */
    static void assertSessionBack(AtlasModel m, Path saved) {
        List<UserLayer> l = m.userLayers().list();
        assertEquals(List.of("Study areas", "schools", "trip"), l.stream().map(UserLayer::name).toList(),
                "the layers, renamed and in their order");
        assertEquals(List.of("geojson", "csv", "kml"), l.stream().map(x -> x.format().id()).toList());
        assertEquals(List.of(false, true, true), l.stream().map(UserLayer::visible).toList(), "the hidden one hidden");
        assertEquals(OwnData.schoolsStyle(), l.get(1).style(), "categories and symbol");
        assertEquals(OwnData.tripStyle(), l.get(2).style(), "the change made after the save");
        assertEquals(List.of(1, 3, 1), l.stream().map(x -> x.features().size()).toList());
        assertEquals(List.of("Suifenhe", "Heihe"), m.workspace().bookmarks().stream().map(b -> b.name()).toList());
        assertEquals(2016, m.year());
        assertNotNull(m.selected(), "the user's own feature selected");
        assertEquals("leg-1", m.selected().id());
        assertEquals(saved.toAbsolutePath(), m.workspace().fileProperty().get().toAbsolutePath(),
                "recovered as the workspace it came from");
        assertTrue(m.workspace().dirtyProperty().get(), "with its unsaved change");
    }

    @Test
    void aSessionKilledWithSigkillIsRecoveredAsItWas() throws Exception {
        Path autosave = dir.resolve("cache/autosave-workspace.json");
        Files.createDirectories(autosave.getParent());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx512m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), CrashingSession.class.getName(), dir.toString(),
                autosave.toString()).redirectErrorStream(true).start();
        String line;
        StringBuilder said = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            while ((line = r.readLine()) != null && !line.equals("ready") && said.length() < 100_000) {
                said.append(line).append('\n');
            }
            assertEquals("ready", line, "the child's session: " + said);
            // kill -9: on Linux, destroyForcibly sends SIGKILL.
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
        assertTrue(Files.isRegularFile(autosave), "the autosave survives the kill");

        AtlasModel next = TestModels.loaded();
        next.workspace().autosaveTo(autosave);
        assertNotNull(next.workspace().recoveryProperty().get(), "the next start offers to recover");
        assertEquals(List.of(), next.workspace().recover(), "no file moved or changed");
        assertSessionBack(next, dir.resolve("lesson.json"));
        // The saved workspace has the state before the last change, the styles and names included.
        AtlasModel fromSaved = TestModels.loaded();
        assertEquals(List.of(), fromSaved.workspace().open(dir.resolve("lesson.json")));
        assertEquals(List.of("Study areas", "schools", "trip"), fromSaved.userLayers().list().stream()
                .map(UserLayer::name).toList());
        assertEquals(LayerStyle.defaultFor(1), fromSaved.userLayers().list().get(2).style());
        assertFalse(fromSaved.workspace().dirtyProperty().get(), "as saved");
    }
}
