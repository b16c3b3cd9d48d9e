package org.briatlas.app;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.model.Workspace;
import org.briatlas.state.SideTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14 (part): bookmarks kept in the window, and the Workspace menu's recent workspaces. */
class WorkspaceWindowTest extends WindowTestBase {

    @TempDir
    Path files;

    @Test
    void bookmarksAreAddedRenamedReorderedDeletedAndFlownTo() throws Exception {
        fx(() -> model.showTab(SideTab.PLANNER));
        javafx.scene.control.TitledPane pane = node("#planner-bookmarks-pane");
        fx(() -> pane.setExpanded(true));
        Button add = node("#bookmarks-add");
        goTo(131.15, 44.4, 8);
        fx(add::fire);
        goTo(127.5, 50.25, 8);
        fx(add::fire);
        ListView<Workspace.Bookmark> list = node("#planner-bookmarks");
        assertEquals(2, (int) onFx(() -> list.getItems().size()));
        fx(() -> list.getSelectionModel().select(1));
        TextField name = node("#bookmarks-name");
        fx(() -> {
            name.setText("Heihe bridge");
            name.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("Heihe bridge", onFx(() -> model.workspace().bookmarks().get(1).name()));
        Button up = node("#bookmarks-up");
        Button go = node("#bookmarks-go");
        Button delete = node("#bookmarks-delete");
        fx(up::fire);
        assertEquals(List.of("Heihe bridge", "View 1"), onFx(() -> model.workspace().bookmarks().stream()
                .map(Workspace.Bookmark::name).toList()));
        fx(() -> list.getSelectionModel().select(1));
        fx(go::fire);
        waitUntil(() -> Math.abs(view().lat() - 44.4) < 0.01, "flew to Suifenhe");
        fx(delete::fire);
        assertEquals(1, (int) onFx(() -> model.workspace().bookmarks().size()));
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> c, String what) throws Exception {
        waitUntil(c);
        assertTrue(c.call(), what);
    }

    @Test
    void theWorkspaceMenuListsRecentWorkspacesAndBookmarks() throws Exception {
        fx(() -> model.reportViewpoint(new MapViewpoint(131.15, 44.4, 8)));
        fx(() -> model.workspace().addBookmark("Suifenhe"));
        Path ws = files.resolve("lesson.json");
        onFx(() -> {
            model.workspace().save(ws);
            return null;
        });
        MenuButton menu = node("#toolbar-workspace");
        fx(() -> menu.getOnShowing().handle(null));
        List<String> ids = onFx(() -> menu.getItems().stream().map(MenuItem::getId).toList());
        assertTrue(ids.containsAll(List.of("workspace-new", "workspace-open", "workspace-save", "workspace-save-as",
                "workspace-recent", "workspace-bookmark-add", "workspace-bookmark")), ids.toString());
        javafx.scene.control.Menu recent = (javafx.scene.control.Menu) onFx(() -> menu.getItems().stream()
                .filter(i -> "workspace-recent".equals(i.getId())).findFirst().orElseThrow());
        assertTrue(onFx(() -> recent.getItems().get(0).getText()).startsWith("lesson.json"));
        // The bookmark in the menu flies there.
        goTo(100, 50, 4);
        MenuItem bookmark = onFx(() -> menu.getItems().stream().filter(i -> "workspace-bookmark".equals(i.getId()))
                .findFirst().orElseThrow());
        fx(bookmark::fire);
        waitUntil(() -> Math.abs(view().lon() - 131.15) < 0.01, "flew to the bookmark");
    }
}
