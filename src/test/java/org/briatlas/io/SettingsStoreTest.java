package org.briatlas.io;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AppSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        checkCorrupt("{\"format\":1,\"view\":{\"lon\":500,\"lat\":1,\"zoom\":3}}",
                "centre 500.0000,1.0000 is off the map");
        checkCorrupt("{\"format\":1,\"window\":{\"height\":1e400}}", "\"height\" = Infinity is not a finite number");
        checkCorrupt("{\"format\":1,\"window\":{\"x\":NaN}}", "not valid JSON");
        checkCorrupt("{\"format\":1,\"window\":{\"maximized\":\"yes\"}}", "\"maximized\" must be true or false");
        checkCorrupt("{\"format\":1,\"window\":[]}", "\"window\" must be an object");
        checkCorrupt("{\"format\":1,\"language\":\"fr\"}", "\"language\" must be one of");
        checkCorrupt("{\"format\":1,\"language\":7}", "\"language\" must be one of");
        checkCorrupt("{\"format\":1,\"language\":null}", "\"language\" must be one of");
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

    /** Loads a file with a view and checks the map accepts what was loaded, as the application does at start. */
    private void checkView(String view, double lon, double lat, double zoom) throws IOException {
        SettingsStore.Loaded loaded = loadText("{\"format\":1,\"view\":" + view + "}");
        assertTrue(loaded.problem().isEmpty(), view + ": " + loaded.problem());
        AppSettings s = loaded.settings();
        MapViewpoint v = new MapViewpoint(s.viewLon(), s.viewLat(), s.viewZoom());
        assertEquals(new MapViewpoint(lon, lat, zoom), v, view);
    }

    private void checkViewRejected(String view, String expectedWords) throws IOException {
        checkCorrupt("{\"format\":1,\"view\":" + view + "}", expectedWords);
    }

    @Test
    void aViewIsTakenOnlyAsTheMapWouldTakeIt() throws IOException {
        // The file from the issue: inside the old check (85.06), off the Mercator map (85.0511).
        checkViewRejected("{\"lon\":128,\"lat\":85.06,\"zoom\":6}", "centre 128.0000,85.0600 is off the map");
        checkViewRejected("{\"lon\":128,\"lat\":-85.06,\"zoom\":6}", "off the map (longitude -180 to 180, latitude");
        checkViewRejected("{\"lon\":180.000001,\"lat\":0,\"zoom\":6}", "off the map");
        checkViewRejected("{\"lon\":1e308,\"lat\":0,\"zoom\":6}", "off the map");
        checkViewRejected("{\"lon\":1e400,\"lat\":0,\"zoom\":6}", "\"lon\" = Infinity is not a finite number");
        checkViewRejected("{\"lon\":128,\"lat\":-1e400,\"zoom\":6}", "\"lat\" = -Infinity is not a finite");
        checkViewRejected("{\"lon\":128,\"lat\":45}", "\"view\" needs \"lon\", \"lat\" and \"zoom\"");
        checkViewRejected("{\"lon\":\"128\",\"lat\":45,\"zoom\":6}", "\"lon\" must be a number");
        checkViewRejected("[128,45,6]", "\"view\" must be an object");
        double edge = WebMercator.MAX_LATITUDE;
        checkView("{\"lon\":128,\"lat\":" + edge + ",\"zoom\":6}", 128, edge, 6);
        checkView("{\"lon\":-180,\"lat\":-" + edge + ",\"zoom\":6}", -180, -edge, 6);
        // Zoom is brought into the atlas's range, as the map does.
        checkView("{\"lon\":128,\"lat\":45,\"zoom\":0}", 128, 45, MapViewpoint.MIN_ZOOM);
        checkView("{\"lon\":128,\"lat\":45,\"zoom\":22}", 128, 45, MapViewpoint.MAX_ZOOM);
        checkView("{\"lon\":128,\"lat\":45,\"zoom\":1e308}", 128, 45, MapViewpoint.MAX_ZOOM);
        checkView("{\"lon\":128,\"lat\":45,\"zoom\":-1e308}", 128, 45, MapViewpoint.MIN_ZOOM);
        assertFalse(loadText("{\"format\":1,\"view\":null}").settings().hasView());
    }

    private void checkWindow(String window, double x, double y, double width, double height) throws IOException {
        SettingsStore.Loaded loaded = loadText("{\"format\":1,\"window\":" + window + "}");
        assertTrue(loaded.problem().isEmpty(), window + ": " + loaded.problem());
        AppSettings s = loaded.settings();
        assertEquals(x, s.windowX(), window + " x");
        assertEquals(y, s.windowY(), window + " y");
        assertEquals(width, s.windowWidth(), window + " width");
        assertEquals(height, s.windowHeight(), window + " height");
    }

    @Test
    void windowSizesAndPlacesAreBroughtIntoSaneBounds() throws IOException {
        double max = AppSettings.MAX_WINDOW_SIZE;
        double far = AppSettings.MAX_WINDOW_POSITION;
        checkWindow("{\"x\":-5,\"y\":20,\"width\":1280,\"height\":800}", -5, 20, 1280, 800);
        checkWindow("{\"width\":-5,\"height\":-1e308}", Double.NaN, Double.NaN, AppSettings.MIN_WINDOW_WIDTH,
                AppSettings.MIN_WINDOW_HEIGHT);
        checkWindow("{\"width\":0,\"height\":10}", Double.NaN, Double.NaN, AppSettings.MIN_WINDOW_WIDTH,
                AppSettings.MIN_WINDOW_HEIGHT);
        checkWindow("{\"width\":1e308,\"height\":30000}", Double.NaN, Double.NaN, max, max);
        checkWindow("{\"x\":1e308,\"y\":-1e308}", far, -far, 1400, 900);
        checkWindow("{\"x\":null,\"y\":null}", Double.NaN, Double.NaN, 1400, 900);
        AppSettings made = AppSettings.defaults().withWindow(Double.POSITIVE_INFINITY, 1e300, Double.NaN, -1, false);
        assertEquals(Double.NaN, made.windowX());
        assertEquals(far, made.windowY());
        assertEquals(AppSettings.defaults().windowWidth(), made.windowWidth());
        assertEquals(AppSettings.MIN_WINDOW_HEIGHT, made.windowHeight());
    }

    private void checkRefused(Path file, String expectedWords) {
        SettingsStore.Loaded loaded = new SettingsStore(file).load();
        assertEquals(AppSettings.defaults(), loaded.settings(), file.toString());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains(file.toString()) && problem.contains(expectedWords), problem);
    }

    @Test
    void aFileThatIsNotARegularFileOrTooLargeIsNotReadAndTheDefaultsAreUsed() throws IOException {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        checkRefused(zero, "is a character device, not a regular file");
        checkRefused(Files.createDirectories(dir.resolve("folder.json")), "is a folder, not a regular file");
        Path large = dir.resolve("large.json");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        checkRefused(large, "is 3221225472 bytes; a settings file may have at most 1 MiB");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(SettingsStore.MAX_BYTES + 1);
        }
        checkRefused(large, "is 1048577 bytes; a settings file may have at most 1 MiB");
    }

    @Test
    void aNamedPipeIsNotOpened() throws Exception {
        Path fifo = dir.resolve("settings.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor(20, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        SettingsStore.Loaded[] loaded = new SettingsStore.Loaded[1];
        Thread reader = new Thread(() -> loaded[0] = new SettingsStore(fifo).load(), "load-fifo");
        reader.setDaemon(true);
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(20));
        if (reader.isAlive()) {
            // Opening the pipe for writing releases the blocked reader with an end of file.
            Files.newOutputStream(fifo).close();
            reader.join(TimeUnit.SECONDS.toMillis(20));
            throw new AssertionError("load() opened the named pipe and waited for a writer");
        }
        assertEquals(AppSettings.defaults(), loaded[0].settings());
        String problem = loaded[0].problem().orElseThrow();
        assertTrue(problem.contains(fifo.toString()), problem);
        assertTrue(problem.contains("is a named pipe, not a regular file"), problem);
    }

    @Test
    void loadingSweepsTheTemporaryFilesOfAnEarlierKilledSave() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(SAVED);
        Path stale = Files.writeString(dir.resolve(".settings.json.tmp-" + ProcessHandle.current().pid() + "-zz"), "{");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        assertEquals(SAVED, new SettingsStore(file).load().settings());
        assertFalse(Files.exists(stale), "the stale temporary file is swept");
    }
}
