package org.briatlas.state;

import org.briatlas.io.TourFile;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tour editor's model without its window: stops, texts, order, the dirty flag and saving. */
class TourDraftTest {

    private static Tour.Stop at(double lon) {
        return new Tour.Stop(lon, 45, 6, List.of(), null, 2018, null, Map.of(), Map.of());
    }

    private static List<Double> lons(TourDraft d) {
        return d.tour().stops().stream().map(Tour.Stop::lon).toList();
    }

    @Test
    void stopsAreAddedMovedUpdatedAndRemovedAndEachChangeMakesTheDraftDirty() {
        TourDraft d = new TourDraft();
        assertFalse(d.dirtyProperty().get());
        assertEquals(0, d.add(at(1), 0));
        assertTrue(d.dirtyProperty().get());
        assertEquals(1, d.add(at(2), 99), "an index past the end appends");
        assertEquals(1, d.add(at(3), 1));
        assertEquals(List.of(1.0, 3.0, 2.0), lons(d));
        assertTrue(d.move(2, 0));
        assertEquals(List.of(2.0, 1.0, 3.0), lons(d));
        assertFalse(d.move(0, 3), "no such place");
        assertFalse(d.move(1, 1), "no move");
        d.update(0, at(9));
        assertEquals(9.0, lons(d).get(0));
        d.remove(1);
        assertEquals(List.of(9.0, 3.0), lons(d));
    }

    @Test
    void textsArePerLanguageAndBlankOnesAreLeftOut() {
        TourDraft d = new TourDraft();
        d.add(at(1), 0);
        d.setCaption(0, "en", "Harbin");
        d.setCaption(0, "zh", "  ");
        d.setNotes(0, "ru", "Спросите: почему здесь?");
        d.setTitle("en", "Border towns");
        Tour t = d.tour();
        assertEquals(Map.of("en", "Harbin"), t.stops().get(0).caption());
        assertEquals(Map.of("ru", "Спросите: почему здесь?"), t.stops().get(0).notes());
        assertEquals("border-towns.json", d.suggestedFileName());
        assertEquals("Harbin", d.stops().get(0).captionOrEnglish("zh"), "falls back to English");
    }

    @Test
    void aTourWithoutStopsOrWithAStopWithoutCaptionIsNotSavedAndTheProblemNamesTheStop(@TempDir Path dir) {
        TourDraft d = new TourDraft();
        assertEquals("editor.error.noStops", d.problem().key());
        d.add(at(1), 0);
        d.add(at(2), 1);
        d.setCaption(0, "en", "Harbin");
        assertEquals(List.of("2"), d.problem().args());
        Path file = dir.resolve("t.json");
        assertThrows(IllegalStateException.class, () -> d.save(file));
        assertTrue(Files.notExists(file));
    }

    @Test
    void savingWritesTheFileKeepsTheOldOneAndClearsTheDirtyFlag(@TempDir Path dir) throws Exception {
        TourDraft d = new TourDraft();
        d.add(at(1), 0);
        d.setCaption(0, "en", "First");
        Path file = dir.resolve("tour.json");
        d.save(file);
        assertFalse(d.dirtyProperty().get());
        assertEquals(file, d.fileProperty().get());
        String first = Files.readString(file);
        d.setCaption(0, "en", "Second");
        assertTrue(d.dirtyProperty().get());
        d.save(file);
        assertEquals(first, Files.readString(dir.resolve("tour.json.bak")));
        assertEquals("Second", TourFile.read(file).stops().get(0).caption().get("en"));
        TourDraft reopened = new TourDraft();
        reopened.open(file);
        assertEquals("Second", reopened.stops().get(0).caption("en"));
        assertFalse(reopened.dirtyProperty().get());
    }

    @Test
    void aFileThatCannotBeReadLeavesTheDraftAsItWas(@TempDir Path dir) throws Exception {
        TourDraft d = new TourDraft();
        d.add(at(1), 0);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ \"format\": \"bri-atlas-tour\", \"version\": 1, \"stops\": [ }");
        assertThrows(TourFile.TourFileException.class, () -> d.open(bad));
        assertEquals(1, d.stops().size());
        assertTrue(d.dirtyProperty().get());
        assertNull(d.fileProperty().get());
        d.clear();
        assertEquals(0, d.stops().size());
    }
}
