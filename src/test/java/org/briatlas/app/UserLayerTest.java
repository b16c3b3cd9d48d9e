package org.briatlas.app;

import org.briatlas.model.AtlasLayer;
import org.briatlas.state.BackgroundTask;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A GeoJSON file of the user's on the map, with its bad feature reported. */
class UserLayerTest extends WindowTestBase {

    @Test
    void openingAUserLayerShowsItsValidFeaturesAndReportsTheBadOne() throws Exception {
        Path file = Path.of("src/test/resources/fixtures/user-layer.geojson").toAbsolutePath();
        int shipped = onFx(() -> model.content().data().features().size());
        BackgroundTask<?> task = onFx(() -> model.openUserLayer(file));
        waitUntil(() -> onFx(task::isDone));
        assertEquals(2, (int) onFx(() -> model.content().data().counts().get(AtlasLayer.USER)));
        String status = labelText("#status-message");
        assertTrue(status.contains("user-layer.geojson: 2 features shown; 1 could not be read")
                && status.contains("feature 1 (id swapped)") && status.contains("swapped?"), status);
        waitUntil(() -> dialog("data-problems") != null);
        javafx.scene.control.DialogPane problems = dialog("data-problems");
        assertTrue(onFx(() -> ((javafx.scene.control.ListView<?>) problems.lookup("#data-problems-list")).getItems().get(0).toString())
                .contains("swapped?"), "the problem is listed in the dialog");
        fx(() -> ((javafx.scene.control.Button) problems.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        waitUntil(() -> onFx(() -> model.notices().isEmpty()));
        // Opening it again adds a second layer of its own, over the first.
        BackgroundTask<?> again = onFx(() -> model.openUserLayer(file));
        waitUntil(() -> onFx(again::isDone));
        assertEquals(shipped + 4, (int) onFx(() -> model.content().data().features().size()));
        assertEquals(2, (int) onFx(() -> model.userLayers().list().size()));
        assertEquals(java.util.List.of("user-layer", "user-layer"), onFx(() -> model.userLayers().list().stream()
                .map(org.briatlas.model.UserLayer::name).toList()));
        // Closing the first leaves the second and its features.
        fx(() -> model.userLayers().remove(model.userLayers().list().get(0).id()));
        waitUntil(() -> onFx(() -> model.content().data().features().size()) == shipped + 2);
        assertEquals(1, (int) onFx(() -> model.userLayers().list().size()));
    }

    @Test
    void aFeatureWithoutALocationIsListedAndSaidSoButNotFlownTo(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("unlocated.geojson");
        java.nio.file.Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"id\":\"here\",\"properties\":{\"name\":\"Here\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[126.6,45.7]}},"
                + "{\"type\":\"Feature\",\"id\":\"nowhere\",\"properties\":{\"name\":\"Nowhere\"},"
                + "\"geometry\":null}]}");
        BackgroundTask<?> task = onFx(() -> model.openUserLayer(file));
        waitUntil(() -> onFx(task::isDone));
        String status = labelText("#status-message");
        assertTrue(status.contains("2 features, 1 of them without a location"), status);
        org.briatlas.state.ViewRequest before = onFx(() -> model.viewRequestProperty().get());
        fx(() -> model.focus(model.content().data().byId("nowhere").orElseThrow()));
        assertEquals("nowhere", onFx(() -> model.selected().id()));
        assertTrue(before == onFx(() -> model.viewRequestProperty().get()), "the map stays where it is");
    }
}
