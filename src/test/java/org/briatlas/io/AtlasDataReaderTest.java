package org.briatlas.io;

import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's layer and the shipped layers, read through the reader the window uses. */
class AtlasDataReaderTest {

    @TempDir
    Path dir;

    @Test
    void aUserFileKeepsItsUnlocatedFeaturesWithoutDrawingThem() throws IOException {
        Path f = dir.resolve("mine.geojson");
        Files.writeString(f, GeoJsonLimitsTest.collection(GeoJsonLimitsTest.point("a", ""),
                "{\"type\":\"Feature\",\"id\":\"office\",\"properties\":{\"name\":\"Head office\"},"
                        + "\"geometry\":null}"));
        AtlasData data = new AtlasDataReader().readUserFile(f);
        assertEquals(List.of(), data.problems());
        List<AtlasFeature> user = data.layer(AtlasLayer.USER);
        assertEquals(List.of("a", "office"), user.stream().map(AtlasFeature::id).toList());
        AtlasFeature office = user.get(1);
        assertFalse(office.feature().isLocated());
        assertTrue(office.geometry().isEmpty());
        assertFalse(office.isPoint());
        assertEquals("Head office", office.name("en"));
    }

    @Test
    void aUserPathThatIsNoFileIsRefused() throws IOException {
        IOException folder = assertThrows(IOException.class, () -> new AtlasDataReader().readUserFile(dir));
        assertEquals(dir + " is a folder, not a file", folder.getMessage());
        Path big = dir.resolve("big.geojson");
        Files.write(big, new byte[2500]);
        IOException tooBig = assertThrows(IOException.class, () -> AtlasDataReader.checkUserFile(big, 1000));
        assertEquals(big + " is 2.5 KB; files of up to 1.0 KB are read", tooBig.getMessage());
    }

    @Test
    void aShippedFeatureWithoutLocationIsReported() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode grid;
        try (InputStream in = AtlasDataReader.shipped().open(AtlasLayer.GRID.file())) {
            grid = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) grid.get("features").get(0)).putNull("geometry");
        String unlocated = json.writeValueAsString(grid);
        DataSource source = path -> path.equals(AtlasLayer.GRID.file())
                ? new ByteArrayInputStream(unlocated.getBytes(StandardCharsets.UTF_8))
                : AtlasDataReader.shipped().open(path);
        AtlasData shipped = new AtlasDataReader().read(AtlasDataReader.shipped());
        AtlasData data = new AtlasDataReader().read(source);
        assertEquals(shipped.counts().get(AtlasLayer.GRID) - 1, data.counts().get(AtlasLayer.GRID));
        assertEquals(1, data.problems().size(), data.problems().toString());
        assertTrue(data.problems().get(0).describe().startsWith("corridors/grid.geojson, feature 0 (id "),
                data.problems().get(0).describe());
        assertTrue(data.problems().get(0).message().contains("no location"), data.problems().toString());
    }
}
