package org.briatlas.app;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.map.AtlasMap;
import org.briatlas.map.OfflineTiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole application as it starts (Monocle, headless): every tile from the offline retriever, nothing
 * that tries to reach the network, and the window and view saved atomically on exit.
 */
class ApplicationTest {

    private static final List<URI> proxyLookups = new CopyOnWriteArrayList<>();
    private static Path configDir;
    private static javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                proxyLookups.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        configDir = Path.of(System.getProperty("briatlas.config.dir", "target/test-config"));
        deleteTree(configDir);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApplication.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTiles.shared().servedCount() > 4
                && OfflineTiles.shared().pendingCount() == 0);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private MainWindow mainWindow() throws Exception {
        return onFx(() -> Window.getWindows().stream()
                .map(win -> (MainWindow) win.getProperties().get(MainWindow.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
    }

    @Test
    void neverTouchesTheNetwork() throws Exception {
        MainWindow w = mainWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !w.model().content().data().features()
                .isEmpty()));
        assertEquals(List.of(), proxyLookups, "proxy lookups mean a URL connection was attempted");
        assertNull(System.getProperty("http.agent"), "Gluon's OpenStreetMap retriever sets http.agent when it loads");
        assertTrue(OfflineTiles.shared().servedCount() > 0);
        assertNotEquals(0, OfflineTiles.shared().requestedCount());
    }

    @Test
    void theWindowShownBeforeItsViewsGivesTheMapTheKeysAndBuildsTheNetworkAfterTheFirstMap() throws Exception {
        MainWindow w = mainWindow();
        Stage stage = onFx(w::stage);
        // The application shows its window empty, then fills it: the scene then focuses its first control,
        // and the map must take the keys back (the arrows pan it).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
            javafx.scene.Node focus = stage.getScene().getFocusOwner();
            return focus == w.map();
        }));
        assertTrue(onFx(() -> stage.getScene().getFocusOwner() == w.map()), "the map has the keys");
        // The routing network waits for the first map (or 4 s after the start) and for the planner to be
        // needed: not built while the planner's tab has not shown, built once it shows.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> FirstMap.drawn(w)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> w.model().planner().whenNeeded().toCompletableFuture().isDone()),
                "nothing at the start asks for the network");
        assertTrue(onFx(() -> w.model().planner().planner() == null), "no network while nothing plans");
        robot.interact(() -> w.model().showTab(org.briatlas.state.SideTab.PLANNER));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.model().planner().planner() != null));
    }

    @Test
    void closingSavesWindowAndViewAtomically() throws Exception {
        MainWindow w = mainWindow();
        AtlasMap m = onFx(w::map);
        robot.interact(() -> w.model().goTo(new MapViewpoint(131.15, 44.4, 7.25), false, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(onFx(m::getViewpoint).zoom() - 7.25) < 1e-6);
        // The background work of the start (the network, the claims) done: nothing of it moves the view after.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.model().tasks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = onFx(w::stage);
        assertTrue(onFx(stage::isShowing));
        // What AtlasApplication.stop() does on exit.
        robot.interact(w::saveSettings);
        Path file = configDir.resolve("settings.json");
        assertTrue(Files.exists(file), "settings written to " + file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"zoom\" : 7.25"), json);
        assertTrue(json.contains("131.1"), json);
        // The shutdown hook saves again on exit: an unchanged view must not replace the backup with itself.
        Path backup = configDir.resolve("settings.json.bak");
        String backupBefore = Files.exists(backup) ? Files.readString(backup) : "";
        w.saveLatest();
        assertEquals(backupBefore, Files.exists(backup) ? Files.readString(backup) : "");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
