package org.briatlas.app;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.text.Text;
import org.briatlas.model.AppSettings;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The side panel in a 1024-pixel window, in Russian: nothing cut, one width for every tab, remembered. */
class SidePanelTest extends WindowTestBase {

    @Override
    protected AppSettings settings() {
        return AppSettings.defaults().withWindow(Double.NaN, Double.NaN, 1024, 768, false).withLanguage("ru");
    }

    private double panelWidth() throws Exception {
        return onFx(() -> node("#side-panel").getBoundsInParent().getWidth());
    }

    @Test
    void layerNamesAreWholeAndTheWidthIsTheSameOnEveryTabAndRemembered() throws Exception {
        waitUntil(() -> panelWidth() > 200);
        // Every legend row shows its whole name (wrapped, not cut with an ellipsis).
        List<CheckBox> rows = onFx(() -> node("#legend").lookupAll(".check-box").stream()
                .map(n -> (CheckBox) n).toList());
        assertEquals(12, rows.size());
        for (CheckBox row : rows) {
            String shown = onFx(() -> row.lookupAll(".text").stream().filter(n -> n instanceof Text)
                    .map(n -> ((Text) n).getText()).filter(t -> !t.isEmpty()).findFirst().orElse(""));
            assertEquals(onFx(row::getText), shown.replace('\n', ' ').trim(), "cut: " + shown);
        }
        double details = panelWidth();
        fx(() -> model.showTab(SideTab.STATISTICS));
        waitUntil(() -> present("#stats-chart"));
        assertEquals(details, panelWidth(), 2, "the panel keeps its width for the charts");
        fx(() -> model.setSidePanelWidth(480));
        waitUntil(() -> Math.abs(panelWidth() - 480) < 8);
        Node divider = onFx(() -> node("#main-split").lookup(".split-pane-divider"));
        double before = panelWidth();
        robot.drag(onFx(() -> {
            javafx.geometry.Bounds b = divider.localToScreen(divider.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        }), javafx.scene.input.MouseButton.PRIMARY).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> panelWidth() > before + 40);
        assertEquals(panelWidth(), onFx(() -> model.sidePanelWidthProperty().get()), 8, "a drag sets the width");
        fx(() -> model.showTab(SideTab.DETAILS));
        assertEquals(onFx(() -> model.sidePanelWidthProperty().get()), panelWidth(), 8);
        onFx(window::saveSettings);
        String saved = Files.readString(configDir.resolve("settings.json"));
        assertTrue(saved.contains("\"panel\""), saved);
    }
}
