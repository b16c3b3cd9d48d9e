package org.briatlas.io;

import org.briatlas.model.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private static final AppSettings SAVED = new AppSettings(40, 30, 1280, 800, false, 131.15, 44.4, 7.5, "ru");

    @Test
    void savesAndLoadsEveryField() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        store.save(SAVED);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(SAVED, loaded.settings());
        assertTrue(loaded.problem().isEmpty());
    }

    @Test
    void aMissingFileGivesDefaultsSilently() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("none.json")).load();
        assertEquals(AppSettings.defaults(), loaded.settings());
        assertTrue(loaded.problem().isEmpty());
        assertFalse(loaded.settings().hasView());
    }

    private SettingsStore.Loaded loadText(String text) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new SettingsStore(file).load();
    }

    private void checkCorrupt(String text, String expectedWords) throws IOException {
        SettingsStore.Loaded loaded = loadText(text);
        assertEquals(AppSettings.defaults(), loaded.settings(), text);
        assertTrue(loaded.problem().orElseThrow().contains(expectedWords), loaded.problem().orElseThrow());
    }

    @Test
    void aCorruptFileGivesDefaultsAndSaysWhy() throws IOException {
        checkCorrupt("{\"format\":1,\"window\":{\"width\":", "not valid JSON");
        checkCorrupt("", "is empty");
        checkCorrupt("   ", "expected a JSON object");
        checkCorrupt("[]", "expected a JSON object");
        checkCorrupt("{\"format\":99}", "unknown settings format");
        checkCorrupt("{\"format\":1,\"window\":{\"width\":\"wide\"}}", "\"width\" must be a number");
        checkCorrupt("{\"format\":1,\"view\":{\"lon\":500,\"lat\":1,\"zoom\":3}}", "\"lon\" = 500.0 is outside");
        checkCorrupt("{\"format\":1,\"window\":{\"height\":-5}}", "\"height\"");
        checkCorrupt("{\"format\":1,\"language\":\"fr\"}", "\"language\" must be one of");
    }

    @Test
    void saveKeepsThePreviousVersionAsBackup() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(SAVED);
        String first = Files.readString(file);
        store.save(SAVED.withView(126.65, 45.75, 5));
        assertEquals(first, Files.readString(AtomicFiles.backupOf(file)));
        assertEquals(5, store.load().settings().viewZoom());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aFailedWriteLeavesTheFileUntouched() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "original");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("original", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "temporary file removed");
        }
    }
}
