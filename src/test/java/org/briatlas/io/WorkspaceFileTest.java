package org.briatlas.io;

import org.briatlas.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 1: the workspace file format. */
class WorkspaceFileTest {

    @TempDir
    Path dir;

    private static Workspace sample() {
        return new Workspace(new Workspace.View(131.15, 44.4, 7.25),
                List.of(Workspace.Layer.shipped("railway", true), Workspace.Layer.shipped("pipeline", false),
                        new Workspace.Layer(null, "data/ports.csv", "ab12", "Ports", true,
                                Map.of("colour", "#336699", "width", 2.5), Map.of())),
                2016, "pipe-east-line-gas", 4,
                List.of(new Workspace.Bookmark("Suifenhe", new Workspace.View(131.15, 44.4, 9)),
                        new Workspace.Bookmark("Heihe – Blagoveshchensk", new Workspace.View(127.5, 50.25, 8.5))),
                List.of(List.of(new double[]{126.65, 45.75}, new double[]{131.15, 44.4})),
                List.of(new Workspace.RouteQuery("place-harbin", "place-busan-port", List.of("place-suifenhe"),
                        List.of("rail", "sea"), 2)),
                Map.of());
    }

    @Test
    void aWorkspaceReadsBackAsItWasWrittenUnderAnyDefaultLocale() throws Exception {
        Locale before = Locale.getDefault();
        try {
            for (Locale l : List.of(Locale.ROOT, Locale.forLanguageTag("ru-RU"), Locale.forLanguageTag("zh-CN"),
                    Locale.forLanguageTag("de-DE"))) {
                Locale.setDefault(l);
                Path f = dir.resolve("w-" + l.toLanguageTag() + ".json");
                WorkspaceFile.write(f, sample());
                String text = Files.readString(f);
                assertTrue(text.contains("\"zoom\" : 7.25"), "numbers as JSON writes them, not as " + l + ": " + text);
                Workspace w = WorkspaceFile.read(f);
                assertEquals(sample().view(), w.view());
                assertEquals(sample().layers(), w.layers());
                assertEquals(2016, w.year());
                assertEquals("pipe-east-line-gas", w.selected());
                assertEquals(4, w.table());
                assertEquals(sample().bookmarks(), w.bookmarks());
                assertArrayEquals(new double[]{131.15, 44.4}, w.measurements().get(0).get(1));
                assertEquals(sample().routes(), w.routes());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void membersTheAtlasDoesNotKnowAreKeptOnSave() throws Exception {
        Path f = dir.resolve("w.json");
        Files.writeString(f, """
                {"format": "bri-atlas-workspace", "version": 1, "comment": "for the class of 2027",
                 "plugin": {"a": [1, 2, {"b": null}]}, "nothing": null,
                 "layers": [{"id": "railway", "visible": false, "colourBlindSafe": true}]}
                """);
        Workspace w = WorkspaceFile.read(f);
        assertEquals("for the class of 2027", w.extra().get("comment"));
        assertTrue(w.extra().containsKey("nothing"));
        assertEquals(Map.of("colourBlindSafe", true), w.layers().get(0).extra());
        WorkspaceFile.write(f, w);
        String again = Files.readString(f);
        assertTrue(again.contains("\"comment\" : \"for the class of 2027\""), again);
        assertTrue(again.contains("\"b\" : null"), again);
        assertTrue(again.contains("\"colourBlindSafe\" : true"), again);
        assertTrue(again.contains("\"nothing\" : null"), again);
    }

    @Test
    void missingMembersTakeDefaults() throws Exception {
        Path f = dir.resolve("w.json");
        Files.writeString(f, "{\"format\": \"bri-atlas-workspace\", \"version\": 1}");
        Workspace w = WorkspaceFile.read(f);
        assertEquals(WorkspaceFile.DEFAULT_YEAR, w.year());
        assertNull(w.selected());
        assertTrue(w.layers().isEmpty() && w.bookmarks().isEmpty() && w.routes().isEmpty());
        assertTrue(w.view().zoom() >= 2 && w.view().zoom() <= 10);
    }

    @Test
    void aFileThatCannotBeUsedIsRefusedWithTheReasonAndWhere() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\": \"bri-atlas-workspace\",\n \"version\": 1,\n \"view\": {\"lon\": }\n}");
        String json = assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f)).getMessage();
        assertTrue(json.contains("line 3") && json.contains("column"), json);
        Files.writeString(f, "{\"format\": \"bri-atlas-workspace\", \"version\": 2}");
        assertTrue(assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f)).getMessage()
                .contains("newer atlas"));
        Files.writeString(f, "{\"format\": \"geojson\", \"version\": 1}");
        assertTrue(assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f)).getMessage()
                .contains("not a workspace"));
        Files.writeString(f, "{\"format\": \"bri-atlas-workspace\", \"version\": 1, \"view\": {\"lon\": 500, \"lat\": 0,"
                + " \"zoom\": 5}}");
        assertTrue(assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f)).getMessage()
                .contains("off the map"));
        Files.writeString(f, "{\"format\": \"bri-atlas-workspace\", \"version\": 1, \"layers\": [{\"id\": \"a\","
                + " \"file\": \"b\"}]}");
        assertTrue(assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f)).getMessage()
                .contains("layer 1"));
        Files.writeString(f, "[1, 2, 3]");
        assertThrows(WorkspaceFile.WorkspaceException.class, () -> WorkspaceFile.read(f));
        // A folder is never read as a workspace.
        assertThrows(java.io.IOException.class, () -> WorkspaceFile.read(dir));
    }

    @Test
    void savingKeepsTheVersionBefore() throws Exception {
        Path f = dir.resolve("w.json");
        WorkspaceFile.write(f, sample());
        String first = Files.readString(f);
        WorkspaceFile.write(f, sample().withBookmarks(List.of()));
        assertEquals(first, Files.readString(AtomicFiles.backupOf(f)));
        assertTrue(WorkspaceFile.read(f).bookmarks().isEmpty());
    }

    @Test
    void layerFilesAreNamedRelativeToTheWorkspaceAndHashed() throws Exception {
        Path ws = dir.resolve("class/trip.json");
        Files.createDirectories(ws.getParent().resolve("data"));
        Path layer = ws.getParent().resolve("data/ports.csv");
        Files.writeString(layer, "abc", StandardCharsets.UTF_8);
        assertEquals("data/ports.csv", WorkspaceFile.relativize(ws, layer));
        assertEquals(layer.toAbsolutePath().normalize(), WorkspaceFile.resolve(ws, "data/ports.csv"));
        Path outside = dir.resolve("elsewhere.geojson");
        assertEquals(outside.toAbsolutePath().normalize().toString(), WorkspaceFile.relativize(ws, outside));
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", WorkspaceFile.sha256(layer));
    }
}
