package org.briatlas.state;

import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.AtlasLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14: a workspace captured from the model, saved, and applied to a fresh model. */
class WorkspaceStateTest {

    @TempDir
    Path dir;

    private static final String LAYER = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "Our school"},
               "geometry": {"type": "Point", "coordinates": [126.63, 45.76]}}]}
            """;

    @Test
    void whatTheUserSetUpComesBackInAFreshAtlas() throws Exception {
        AtlasModel a = TestModels.loaded();
        a.reportViewpoint(new MapViewpoint(131.15, 44.4, 8.5));
        a.setYear(2016);
        a.setVisible(AtlasLayer.PIPELINE, false);
        a.select(a.content().data().byId("pipe-east-line-gas").orElseThrow());
        a.workspace().addBookmark("Suifenhe");
        a.reportViewpoint(new MapViewpoint(127.5, 50.25, 8));
        a.workspace().addBookmark("Heihe");
        a.planner().addRulerPoint(126.65, 45.75);
        a.planner().addRulerPoint(131.15, 44.4);
        Path layer = dir.resolve("data/school.geojson");
        Files.createDirectories(layer.getParent());
        Files.writeString(layer, LAYER);
        a.userLayers().open(layer);
        Path ws = dir.resolve("trip.json");
        assertTrue(a.workspace().dirtyProperty().get());
        a.workspace().save(ws);
        assertFalse(a.workspace().dirtyProperty().get(), "saved");
        assertTrue(Files.readString(ws).contains("\"file\" : \"data/school.geojson\""), "relative to the workspace");

        AtlasModel b = TestModels.loaded();
        List<WorkspaceState.Problem> problems = b.workspace().open(ws);
        assertEquals(List.of(), problems);
        assertEquals(2016, b.year());
        assertFalse(b.isVisible(AtlasLayer.PIPELINE));
        assertTrue(b.isVisible(AtlasLayer.RAILWAY));
        assertEquals("pipe-east-line-gas", b.selected().id());
        assertEquals(List.of("Suifenhe", "Heihe"), b.workspace().bookmarks().stream().map(x -> x.name()).toList());
        assertEquals(2, b.planner().ruler().size());
        assertEquals(1, b.content().data().layer(AtlasLayer.USER).size(), "the user's file is read again");
        assertEquals(layer.toAbsolutePath().normalize(), b.userLayers().list().get(0).file().toAbsolutePath()
                .normalize());
        assertFalse(b.workspace().dirtyProperty().get(), "as opened");
        b.setYear(2012);
        assertTrue(b.workspace().dirtyProperty().get(), "a change marks it");
        // Bookmarks: renamed, moved, and the map flies to one.
        b.workspace().renameBookmark(1, "Heihe bridge");
        b.workspace().moveBookmark(1, 0);
        assertEquals("Heihe bridge", b.workspace().bookmarks().get(0).name());
        b.workspace().flyTo(b.workspace().bookmarks().get(0));
        assertEquals(50.25, b.viewRequestProperty().get().view().lat(), 1e-9);
    }

    @Test
    void aUserFileThatMovedOrChangedIsReported() throws Exception {
        AtlasModel a = TestModels.loaded();
        a.reportViewpoint(new MapViewpoint(127, 47, 6));
        Path layer = dir.resolve("school.geojson");
        Files.writeString(layer, LAYER);
        a.userLayers().open(layer);
        Path ws = dir.resolve("w.json");
        a.workspace().save(ws);
        Files.writeString(layer, LAYER.replace("Our school", "Our new school"));
        assertEquals(List.of(new WorkspaceState.Problem("school.geojson", WorkspaceState.Problem.Kind.CHANGED)),
                TestModels.loaded().workspace().open(ws));
        Files.delete(layer);
        assertEquals(List.of("school.geojson MOVED"), TestModels.loaded().workspace().open(ws).stream()
                .map(p -> p.file() + " " + p.kind()).toList());
    }

    @Test
    void theLastTenWorkspacesAreRememberedAcrossStarts() throws Exception {
        Path recent = dir.resolve("config/recent-workspaces.txt");
        Files.createDirectories(recent.getParent());
        AtlasModel a = TestModels.loaded();
        a.workspace().keepRecentIn(recent);
        for (int i = 0; i < 12; i++) {
            a.workspace().save(dir.resolve("w" + i + ".json"));
        }
        a.workspace().save(dir.resolve("w5.json"));
        assertEquals(WorkspaceState.RECENT, a.workspace().recent().size());
        assertEquals(dir.resolve("w5.json").toAbsolutePath().normalize(), a.workspace().recent().get(0), "latest first");
        AtlasModel b = TestModels.loaded();
        b.workspace().keepRecentIn(recent);
        assertEquals(a.workspace().recent(), b.workspace().recent());
    }

    @Test
    void aSessionThatDidNotEndCleanlyIsRecovered() throws Exception {
        Path cache = dir.resolve("cache/autosave-workspace.json");
        Path saved = dir.resolve("lesson.json");
        AtlasModel a = TestModels.loaded();
        a.workspace().autosaveTo(cache);
        assertTrue(a.workspace().recoveryProperty().get() == null, "nothing to recover at a first start");
        a.reportViewpoint(new MapViewpoint(131.15, 44.4, 8.5));
        a.workspace().save(saved);
        a.setYear(2013);
        a.workspace().addBookmark("Suifenhe");
        a.setVisible(AtlasLayer.GRID, false);
        assertTrue(Files.isRegularFile(cache), "a change of layers autosaves");
        a.workspace().autosaveNow();
        // The atlas is killed here: no endSession. The next start finds the autosave and offers it.
        AtlasModel b = TestModels.loaded();
        b.workspace().autosaveTo(cache);
        assertEquals(cache, b.workspace().recoveryProperty().get());
        b.setVisible(AtlasLayer.RAILWAY, false);
        assertTrue(Files.readString(cache).contains("\"year\" : 2013"), "the offer is not overwritten meanwhile");
        b.workspace().recover();
        assertEquals(2013, b.year());
        assertFalse(b.isVisible(AtlasLayer.GRID));
        assertEquals(List.of("Suifenhe"), b.workspace().bookmarks().stream().map(x -> x.name()).toList());
        assertEquals(saved.toAbsolutePath(), b.workspace().fileProperty().get(), "as changes to the workspace it was");
        assertTrue(b.workspace().dirtyProperty().get(), "not yet saved");
        assertFalse(Files.readString(cache).contains("railway\" , \"visible\" : false"));
        // A clean end leaves nothing to recover.
        b.workspace().endSession();
        assertFalse(Files.exists(cache));
        AtlasModel c = TestModels.loaded();
        c.workspace().autosaveTo(cache);
        assertTrue(c.workspace().recoveryProperty().get() == null);
    }

    @Test
    void aRecoveryDeclinedIsGone() throws Exception {
        Path cache = dir.resolve("autosave.json");
        AtlasModel a = TestModels.loaded();
        a.workspace().autosaveTo(cache);
        a.setYear(2010);
        a.workspace().autosaveNow();
        AtlasModel b = TestModels.loaded();
        b.workspace().autosaveTo(cache);
        b.workspace().discardRecovery();
        assertTrue(b.workspace().recoveryProperty().get() == null);
        assertFalse(Files.readString(cache).contains("\"year\" : 2010"), "autosaving afresh");
    }
}
