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
        BackgroundTask<?> task = onFx(() -> model.userLayers().open(file));
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
        BackgroundTask<?> again = onFx(() -> model.userLayers().open(file));
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
        BackgroundTask<?> task = onFx(() -> model.userLayers().open(file));
        waitUntil(() -> onFx(task::isDone));
        String status = labelText("#status-message");
        assertTrue(status.contains("2 features, 1 of them without a location"), status);
        org.briatlas.state.ViewRequest before = onFx(() -> model.viewRequestProperty().get());
        fx(() -> model.focus(model.content().data().byId("nowhere").orElseThrow()));
        assertEquals("nowhere", onFx(() -> model.selected().id()));
        assertTrue(before == onFx(() -> model.viewRequestProperty().get()), "the map stays where it is");
    }

    /** The colour of the user layers' picture at a map point (its image read where the point is drawn). */
    private javafx.scene.paint.Color userColourAt(double lon, double lat) throws Exception {
        org.briatlas.geo.MapViewpoint v = view();
        double world = org.briatlas.geo.WebMercator.worldSize(v.zoom());
        return onFx(() -> {
            double x = (org.briatlas.geo.WebMercator.x(lon) - org.briatlas.geo.WebMercator.x(v.lon())) * world
                    + map().getWidth() / 2;
            double y = (org.briatlas.geo.WebMercator.y(lat) - org.briatlas.geo.WebMercator.y(v.lat())) * world
                    + map().getHeight() / 2;
            javafx.scene.image.ImageView iv = (javafx.scene.image.ImageView) robot.from(stage.getScene().getRoot())
                    .lookup("#user-layers-image").query();
            if (iv.getImage() == null || !iv.isVisible()) {
                return javafx.scene.paint.Color.TRANSPARENT;
            }
            double k = iv.getImage().getWidth() / iv.getFitWidth();
            int px = (int) ((x - iv.getLayoutX()) * k);
            int py = (int) ((y - iv.getLayoutY()) * k);
            if (px < 0 || py < 0 || px >= iv.getImage().getWidth() || py >= iv.getImage().getHeight()) {
                return javafx.scene.paint.Color.TRANSPARENT;
            }
            return iv.getImage().getPixelReader().getColor(px, py);
        });
    }

    private boolean near(javafx.scene.paint.Color c, double r, double g, double b) {
        return c.getOpacity() > 0.9 && Math.abs(c.getRed() - r) < 0.05 && Math.abs(c.getGreen() - g) < 0.05
                && Math.abs(c.getBlue() - b) < 0.05;
    }

    @Test
    void aUserLayerIsDrawnOffTheInterfaceThreadAndFollowsThePanItsStyleAndItsCheckBox(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("zone.geojson");
        java.nio.file.Files.writeString(file, "{\"type\":\"Feature\",\"properties\":{\"name\":\"Zone\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[126,45],[129,45],[129,47],[126,47],"
                + "[126,45]]]}}");
        goTo(127.5, 46, 6);
        BackgroundTask<?> task = onFx(() -> model.userLayers().open(file));
        waitUntil(() -> onFx(task::isDone));
        String id = onFx(() -> model.userLayers().list().get(0).id());
        fx(() -> model.userLayers().setStyle(id, org.briatlas.model.LayerStyle.defaultFor(0).withColour(0x00ff00)
                .withFill(0x00ff00, 1)));
        waitUntil(() -> near(userColourAt(127.5, 46), 0, 1, 0));
        // Panned so that the zone's centre is far from where it was drawn: the picture follows, or is drawn anew.
        goTo(124, 44, 6);
        waitUntil(() -> !onFx(() -> map().corridorLayer().userLayersBusy()) && near(userColourAt(128.5, 46.5), 0, 1, 0));
        assertTrue(near(userColourAt(128.5, 46.5), 0, 1, 0), "the zone, after the pan");
        assertEquals(0, userColourAt(125, 44).getOpacity(), 1e-9, "nothing outside it");
        fx(() -> model.userLayers().setStyle(id, org.briatlas.model.LayerStyle.defaultFor(0).withColour(0x0000ff)
                .withFill(0x0000ff, 1)));
        waitUntil(() -> near(userColourAt(127.5, 46), 0, 0, 1));
        fx(() -> model.userLayers().setVisible(id, false));
        waitUntil(() -> userColourAt(127.5, 46).getOpacity() == 0);
    }

    @Test
    void thePresentationKeyNamesEachShownLayerOfTheUsersInItsOwnStyle(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path a = dir.resolve("schools.csv");
        java.nio.file.Files.writeString(a, "name,lon,lat\nNo. 1 School,126.63,45.75\n");
        Path b = dir.resolve("clinics.csv");
        java.nio.file.Files.writeString(b, "name,lon,lat\nClinic,126.7,45.7\n");
        BackgroundTask<?> ta = onFx(() -> model.userLayers().open(a));
        waitUntil(() -> onFx(ta::isDone));
        BackgroundTask<?> tb = onFx(() -> model.userLayers().open(b));
        waitUntil(() -> onFx(tb::isDone));
        String schools = onFx(() -> model.userLayers().list().get(0).id());
        String clinics = onFx(() -> model.userLayers().list().get(1).id());
        fx(() -> model.userLayers().setVisible(clinics, false));
        fx(() -> model.setPresenting(true));
        try {
            waitUntil(() -> onFx(() -> stage.getScene().getRoot().lookup("#map-key-user-" + schools) != null));
            assertEquals("schools", onFx(() -> ((javafx.scene.control.Label) stage.getScene().getRoot()
                    .lookup("#map-key-user-" + schools)).getText()));
            assertTrue(onFx(() -> stage.getScene().getRoot().lookup("#map-key-user-" + clinics) == null),
                    "a hidden layer is not in the key");
        } finally {
            fx(() -> model.setPresenting(false));
        }
    }
}
