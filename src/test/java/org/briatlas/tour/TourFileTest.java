package org.briatlas.tour;

import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.TourFile;
import org.briatlas.model.AtlasData;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TourFileTest {

    /** The tours the atlas offers (a test below checks them against the folder). */
    static final List<String> SHIPPED = org.briatlas.state.Classroom.SHIPPED_TOURS;

    private static Tour shipped(String name) throws Exception {
        try (InputStream in = TourFileTest.class.getResourceAsStream("/tours/" + name)) {
            assertNotNull(in, name);
            return TourFile.read(in, name);
        }
    }

    @Test
    void shippedToursReadAndPointAtRealFeaturesInAllThreeLanguages() throws Exception {
        AtlasData data = new AtlasDataReader().read(AtlasDataReader.shipped());
        for (String name : SHIPPED) {
            Tour t = shipped(name);
            assertTrue(t.stops().size() >= 3, name);
            for (Tour.Stop s : t.stops()) {
                for (String lang : List.of("en", "zh", "ru")) {
                    assertTrue(s.caption().containsKey(lang), name + " caption in " + lang);
                }
                if (s.feature() != null) {
                    assertTrue(data.byId(s.feature()).isPresent(), name + ": no feature " + s.feature());
                }
            }
        }
        assertEquals(9, shipped("five-links.json").stops().size());
        try (var files = java.nio.file.Files.list(Path.of("assets/tours"))) {
            assertEquals(new java.util.TreeSet<>(SHIPPED), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), "every tour file is shipped");
        }
    }

    @Test
    void theChannelToursTogetherShowEveryChannelOfTable2() throws Exception {
        java.util.Set<String> shown = new java.util.TreeSet<>();
        for (String name : SHIPPED) {
            if (!name.equals("five-links.json")) {
                shipped(name).stops().forEach(s -> shown.addAll(s.layers()));
            }
        }
        for (org.briatlas.model.AtlasLayer l : org.briatlas.model.AtlasLayer.values()) {
            if (l.isChannel()) {
                assertTrue(shown.contains(l.id()), l.id() + " has no channel tour");
            }
        }
    }

    @Test
    void toursRoundTripAndKeepTheirBackup(@TempDir Path dir) throws Exception {
        Tour t = shipped("five-links.json");
        Path file = dir.resolve("my-tour.json");
        TourFile.write(file, t);
        assertEquals(t, TourFile.read(file));
        Tour shorter = new Tour(t.title(), t.stops().subList(0, 2));
        TourFile.write(file, shorter);
        assertEquals(shorter, TourFile.read(file));
        assertEquals(t, TourFile.read(AtomicFiles.backupOf(file)), "the previous version is kept");
    }

    private static void checkBad(Path dir, String json, String expected) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        TourFile.TourFileException e = assertThrows(TourFile.TourFileException.class, () -> TourFile.read(f));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTourFileThatCannotBeReadIsReportedWithTheReason(@TempDir Path dir) throws IOException {
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[", "line 1, column ");
        checkBad(dir, "{\"format\":\"something\"}", "not a tour file");
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":2,\"stops\":[]}", "unknown tour format version 2");
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[]}", "at least one stop");
        String stop = "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[{\"view\":{\"lon\":127,\"lat\":48,"
                + "\"zoom\":%s},\"caption\":{\"en\":\"x\"}%s}]}";
        checkBad(dir, String.format(stop, "14", ""), "stop 1: \"zoom\" = 14.0 is outside 2.0 to 10.0");
        checkBad(dir, String.format(stop, "6", ",\"layers\":[\"teleport\"]"), "stop 1: unknown layer \"teleport\"");
        checkBad(dir, String.format(stop, "6", ",\"year\":1999"), "\"year\" = 1999.0 is outside");
        assertThrows(TourFile.TourFileException.class, () -> TourFile.read(dir.resolve("missing.json")));
    }
}
