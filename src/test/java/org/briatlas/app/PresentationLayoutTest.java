package org.briatlas.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.WebMercator;
import org.briatlas.model.AppSettings;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 10: in presentation, on a small Russian window at the largest type, the key docks away from
 * each stop's feature and covers at most a fifth of the map, the hint fits inside the map, and no place name
 * runs into the scale bar, the attribution, the key or the caption.
 */
class PresentationLayoutTest extends WindowTestBase {

    @Override
    protected AppSettings settings() {
        return AppSettings.defaults().withWindow(Double.NaN, Double.NaN, 1024, 700, false).withLanguage("ru");
    }

    @Test
    void theKeyHintAndLabelsKeepClearOfEachOtherAtEveryStop() throws Exception {
        Tour tour = TourPlaybackTest.fiveLinks();
        fx(() -> {
            model.classroom().play(tour, 0);
            model.setPresenting(true);
            model.adjustTypeSize(100);
        });
        waitUntil(() -> present("#map-key") && onFx(() -> map().hint()) != null);
        Bounds hint = bounds("#map-hint");
        Bounds map = onFx(() -> map().getLayoutBounds());
        assertTrue(map.contains(hint), "the hint " + hint + " fits inside the map " + map);
        assertTrue(onFx(() -> stage.getFullScreenExitHint()).isEmpty(), "JavaFX's own one-line hint is off");
        int freeCornersUsed = 0;
        int labelsChecked = 0;
        for (int i = 0; i < tour.stops().size(); i++) {
            int index = i;
            fx(() -> model.classroom().playback().go(index));
            Tour.Stop s = tour.stops().get(i);
            waitUntil(() -> Math.abs(view().lon() - s.lon()) < 0.01 && Math.abs(view().lat() - s.lat()) < 0.01
                    && Math.abs(view().zoom() - s.zoom()) < 1e-6);
            waitUntil(() -> onFx(() -> map().keyCorner()) != null);
            Bounds mapBox = onFx(() -> map().getLayoutBounds());
            Bounds key = bounds("#map-key");
            assertTrue(key.getWidth() * key.getHeight() <= 0.2 * mapBox.getWidth() * mapBox.getHeight() + 1,
                    "stop " + (i + 1) + ": the key " + key + " covers more than a fifth of " + mapBox);
            assertTrue(mapBox.contains(key), "stop " + (i + 1) + ": the key is inside the map");
            AtlasFeature f = onFx(() -> model.selected());
            if (f != null) {
                List<double[]> along = samples(f, mapBox);
                int covered = count(along, key);
                // If some corner box of the key's size is free of the feature, the key is in such a corner.
                if (anyCornerFree(along, key, mapBox)) {
                    assertEquals(0, covered, "stop " + (i + 1) + ": the key hides " + f.id() + " in "
                            + onFx(() -> map().keyCorner()));
                    freeCornersUsed++;
                }
            }
            List<Bounds> labels = onFx(() -> window.map().lookupAll(".place-label").stream()
                    .filter(Node::isVisible)
                    .map(n -> window.map().sceneToLocal(n.localToScene(n.getBoundsInLocal())))
                    .toList());
            labelsChecked += labels.size();
            for (String overlay : List.of("#scale-bar", "#map-attribution", "#map-key", "#tour-caption")) {
                Bounds o = bounds(overlay);
                for (Bounds l : labels) {
                    assertFalse(shrunk(l).intersects(o), "stop " + (i + 1) + ": a place name " + l + " under "
                            + overlay + " " + o);
                }
            }
        }
        assertTrue(freeCornersUsed > 0, "the tour's stops were checked against their features");
        assertTrue(labelsChecked > 20, "place names were checked: " + labelsChecked);
    }

    /** A label's box less its halo, which may touch. */
    private static Bounds shrunk(Bounds b) {
        return new javafx.geometry.BoundingBox(b.getMinX() + 2, b.getMinY() + 2, Math.max(0, b.getWidth() - 4),
                Math.max(0, b.getHeight() - 4));
    }

    /** A node's box in the map's coordinates. */
    private Bounds bounds(String query) throws Exception {
        return onFx(() -> {
            Node n = robot.from(window.map()).lookup(query).query();
            return window.map().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        });
    }

    private List<double[]> samples(AtlasFeature f, Bounds map) throws Exception {
        MapViewpoint v = view();
        double world = WebMercator.worldSize(v.zoom());
        List<double[]> out = new ArrayList<>();
        for (int g = 0; g < f.geometry().getNumGeometries(); g++) {
            Coordinate[] cs = f.geometry().getGeometryN(g).getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                double x = (WebMercator.x(cs[i].x) - WebMercator.x(v.lon())) * world + map.getWidth() / 2;
                double y = (WebMercator.y(cs[i].y) - WebMercator.y(v.lat())) * world + map.getHeight() / 2;
                if (i > 0) {
                    double[] p = out.isEmpty() ? new double[]{x, y} : out.get(out.size() - 1);
                    for (int k = 1; k < 40; k++) {
                        out.add(new double[]{p[0] + (x - p[0]) * k / 40, p[1] + (y - p[1]) * k / 40});
                    }
                }
                out.add(new double[]{x, y});
            }
        }
        out.removeIf(p -> !map.contains(p[0], p[1]));
        return out;
    }

    private static int count(List<double[]> points, Bounds box) {
        return (int) points.stream().filter(p -> box.contains(p[0], p[1])).count();
    }

    /** True if a box of the key's size fits in some corner of the map (inset 80 px) with none of the points. */
    private static boolean anyCornerFree(List<double[]> points, Bounds key, Bounds map) {
        double w = key.getWidth() + 80;
        double h = key.getHeight() + 160;
        double[][] origins = {{0, 0}, {map.getWidth() - w, 0}, {0, map.getHeight() - h},
                {map.getWidth() - w, map.getHeight() - h}};
        for (double[] o : origins) {
            Bounds b = new javafx.geometry.BoundingBox(o[0], o[1], w, h);
            if (count(points, b) == 0) {
                return true;
            }
        }
        return false;
    }
}
