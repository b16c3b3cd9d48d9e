package org.briatlas.app;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.briatlas.i18n.Texts;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.panels.FeatureListPanel;
import org.briatlas.state.BackgroundTask;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files that used to freeze the window for minutes: a name of a hundred thousand right-to-left characters,
 * a hundred thousand invalid features, a hundred thousand valid ones. The window shows what it can lay out
 * quickly and offers the rest another way. (How long the interface thread waits is measured under Xvfb with
 * {@code -Dbriatlas.stallProbe=true}, not here: a test does not time.)
 */
class HostileLayerTest extends WindowTestBase {

    @TempDir
    Path files;

    /** Writes n point features (valid, or with latitude and longitude swapped), each bounded in size. */
    private Path points(String name, int n, boolean swapped) throws IOException {
        Path p = files.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                double lon = 120 + (i % 1000) * 0.01;
                double lat = 40 + (i / 1000) * 0.01;
                w.write(String.format(Locale.ROOT, "%s{\"type\":\"Feature\",\"id\":\"p%d\",\"properties\":"
                        + "{\"name\":\"Point %d\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.4f,%.4f]}}\n",
                        i == 0 ? "" : ",", i, i, swapped ? lat + 60 : lon, swapped ? lon : lat));
            }
            w.write("]}\n");
        }
        return p;
    }

    private void open(Path file) throws Exception {
        BackgroundTask<?> task = onFx(() -> model.userLayers().open(file));
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> onFx(task::isDone));
    }

    @Test
    void aHundredThousandCharacterRightToLeftNameIsShownCutWithTheWholeTextOneClickAway() throws Exception {
        String name = "\u0637\u0631\u064a\u0642 ".repeat(25_000);
        Path file = files.resolve("rtl.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"long\","
                + "\"properties\":{\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + "[126.6,45.7]}}]}");
        open(file);
        AtlasFeature f = onFx(() -> model.content().data().byId("long").orElseThrow());
        fx(() -> model.select(f));
        waitUntil(() -> present("#details-title"));
        String shown = labelText("#details-title");
        assertTrue(shown.length() <= Texts.COMPLEX_LIMIT && shown.endsWith("\u2026"), "cut: " + shown.length());
        assertNotNull(node("#details-title-copy"), "the whole text one click away");
        fx(() -> ((javafx.scene.control.Hyperlink) robot.from(stage.getScene().getRoot())
                .lookup("#details-title-copy").query()).fire());
        assertEquals(name.length(), (int) onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()
                .length()), "copied whole");
    }

    @Test
    void aHundredThousandInvalidFeaturesAreCountedAndListedWithoutClaimingTheRestIsOnTheMap() throws Exception {
        open(points("swapped.geojson", 100_000, true));
        String status = labelText("#status-message");
        assertTrue(status.contains("no feature could be read") && status.contains("100000"), status);
        waitUntil(() -> dialog("data-problems") != null);
        DialogPane d = dialog("data-problems");
        assertTrue(onFx(d::getHeaderText).startsWith("No feature could be read"), onFx(d::getHeaderText));
        assertEquals(100_000, (int) onFx(() -> ((ListView<?>) d.lookup("#data-problems-list")).getItems().size()),
                "every problem in a list that draws only the rows in view");
        assertEquals("100000 problems", onFx(() -> ((Label) d.lookup("#data-problems-count")).getText()));
        fx(() -> ((javafx.scene.control.Button) d.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }

    @Test
    void aHundredThousandFeaturesAreCountedInTheLegendAndListedUpToTheLimit() throws Exception {
        open(points("many.geojson", 100_000, false));
        assertEquals(100_000, (int) onFx(() -> model.content().data().counts().get(AtlasLayer.USER)));
        javafx.scene.control.CheckBox legend = node("#legend-user");
        assertTrue(onFx(legend::getText).contains("100000"), onFx(legend::getText));
        fx(() -> model.showTab(SideTab.LIST));
        TreeView<Object> tree = node("#feature-tree");
        TreeItem<Object> user = onFx(() -> tree.getRoot().getChildren().get(tree.getRoot().getChildren().size() - 1));
        assertEquals(FeatureListPanel.LIST_LIMIT + 1, (int) onFx(() -> user.getChildren().size()));
        assertTrue(onFx(() -> user.getChildren().get(FeatureListPanel.LIST_LIMIT).getValue().toString())
                .contains("search"), "a last row points to the search");
        // The search still finds a feature beyond the first rows.
        fx(() -> ((javafx.scene.control.TextField) robot.from(stage.getScene().getRoot()).lookup("#feature-search")
                .query()).setText("point 99999"));
        TreeItem<Object> found = onFx(() -> tree.getRoot().getChildren().get(0));
        assertEquals(1, (int) onFx(() -> found.getChildren().size()));
    }
}
