package org.briatlas.app;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.briatlas.carto.TileRenderer;
import org.briatlas.geo.MapViewpoint;
import org.briatlas.geo.NamedView;
import org.briatlas.geo.WebMercator;
import org.briatlas.io.SettingsStore;
import org.briatlas.map.AtlasMap;
import org.briatlas.map.OfflineTiles;
import org.briatlas.model.AppSettings;
import org.briatlas.model.AtlasFeature;
import org.briatlas.state.AtlasContent;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.AtlasSources;
import org.briatlas.state.TestModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real atlas window for each test (headless, on Monocle), over a fresh {@link AtlasModel} that loads the
 * shipped data in the background as the application does, with its settings in a folder of its own. Helpers
 * read the scene on the FX thread and wait with {@link WaitForAsyncUtils}, never by sleeping.
 */
abstract class WindowTestBase {

    protected final FxRobot robot = new FxRobot();
    protected AtlasModel model;
    protected MainWindow window;
    protected Stage stage;
    @TempDir
    protected Path configDir;
    private static ExecutorService workers;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        OfflineTiles.shared().install(new TileRenderer(TestModels.baseMap()));
        if (workers == null) {
            workers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "test-worker");
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** The settings the window starts with; a test may override it. */
    protected AppSettings settings() {
        return AppSettings.defaults().withWindow(Double.NaN, Double.NaN, 1400, 900, false);
    }

    @BeforeEach
    void openWindow() throws Exception {
        onFx(() -> {
            model = new AtlasModel(AtlasSources.shipped(TestModels.baseMap()), workers, Platform::runLater);
            model.setLanguage(settings().language());
            model.showNamedView(NamedView.HEILONGJIANG, false);
            model.load();
            stage = new Stage();
            window = new MainWindow(stage, model, new SettingsStore(configDir.resolve("settings.json")), settings());
            window.show();
            return null;
        });
        waitUntil(() -> onFx(() -> model.content().phase()) != AtlasContent.Phase.LOADING
                && onFx(() -> model.viewpoint()) != null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTiles.shared().pendingCount() == 0);
    }

    @AfterEach
    void closeWindows() throws Exception {
        onFx(() -> {
            model.classroom().draft().markSaved();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w.isShowing() && w != FxToolkit.toolkitContext().getRegisteredStage()) {
                    w.hide();
                }
            }
            window.views().dispose();
            stage.close();
            return null;
        });
    }

    protected static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits for it. */
    protected void fx(Runnable r) {
        robot.interact(r);
    }

    protected AtlasMap map() throws Exception {
        return onFx(() -> window.map());
    }

    protected MapViewpoint view() throws Exception {
        return onFx(() -> model.viewpoint());
    }

    /** Sets the view and waits until the map shows it. */
    protected void goTo(double lon, double lat, double zoom) throws Exception {
        fx(() -> model.goTo(new MapViewpoint(lon, lat, zoom), false, 0));
        waitUntil(() -> Math.abs(view().lon() - lon) < 0.01 && Math.abs(view().zoom() - zoom) < 1e-6);
    }

    /** Screen centre of a node found by CSS query, read on the FX thread. */
    protected Point2D centreOf(String query) throws Exception {
        return onFx(() -> {
            Node n = robot.from(stage.getScene().getRoot()).lookup(query).query();
            Bounds b = n.localToScreen(n.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    protected void click(String query) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(centreOf(query), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A node of this window (not of another test's), or null. */
    protected <T extends Node> T node(String query) throws Exception {
        return onFx(() -> robot.from(stage.getScene().getRoot()).lookup(query).<T>tryQuery().orElse(null));
    }

    protected boolean present(String query) throws Exception {
        return node(query) != null;
    }

    /** The dialog pane of a showing dialog with that id, or null. */
    protected javafx.scene.control.DialogPane dialog(String id) throws Exception {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof javafx.scene.control.DialogPane && id.equals(r.getId()))
                .map(r -> (javafx.scene.control.DialogPane) r).findFirst().orElse(null));
    }

    protected String labelText(String query) throws Exception {
        return onFx(() -> ((Label) robot.from(stage.getScene().getRoot()).lookup(query).query()).getText());
    }

    protected AtlasFeature feature(String id) throws Exception {
        return onFx(() -> model.content().data().byId(id).orElseThrow());
    }

    /** Screen position of a map point for the current view. */
    protected Point2D screenPointOf(double lon, double lat) throws Exception {
        MapViewpoint v = view();
        double world = WebMercator.worldSize(v.zoom());
        AtlasMap m = map();
        double x = (WebMercator.x(lon) - WebMercator.x(v.lon())) * world + onFx(m::getWidth) / 2;
        double y = (WebMercator.y(lat) - WebMercator.y(v.lat())) * world + onFx(m::getHeight) / 2;
        return onFx(() -> m.localToScreen(x, y));
    }

    /**
     * Screen position of the middle of a feature's longest segment as drawn in a bundle: moved sideways by
     * its slot's offset ({@code slot} of {@code count} lines sharing the path, 5 px apart at weight 1).
     */
    protected Point2D screenPointOnBundled(AtlasFeature f, int slot, int count) throws Exception {
        Coordinate[] cs = f.geometry().getCoordinates();
        int best = longestSegment(cs);
        Point2D a = screenPointOf(cs[best - 1].x, cs[best - 1].y);
        Point2D b = screenPointOf(cs[best].x, cs[best].y);
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        if (dx < 0 || (dx == 0 && dy < 0)) {
            dx = -dx;
            dy = -dy;
        }
        double len = Math.hypot(dx, dy);
        double o = (slot - (count - 1) / 2.0) * org.briatlas.carto.ThematicStyle.BUNDLE_SPACING;
        Point2D mid = screenPointOn(f);
        return new Point2D(mid.getX() - dy / len * o, mid.getY() + dx / len * o);
    }

    /** Index of the end of the longest segment that does not cross 180 degrees. */
    private static int longestSegment(Coordinate[] cs) {
        int best = 1;
        double bestLen = -1;
        for (int i = 1; i < cs.length; i++) {
            double len = cs[i].distance(cs[i - 1]);
            if (len > bestLen && Math.abs(cs[i].x - cs[i - 1].x) < 180) {
                bestLen = len;
                best = i;
            }
        }
        return best;
    }

    /** Screen position of the middle of a feature's longest segment, for the current view. */
    protected Point2D screenPointOn(AtlasFeature f) throws Exception {
        Coordinate[] cs = f.geometry().getCoordinates();
        int best = longestSegment(cs);
        double mx = (WebMercator.x(cs[best].x) + WebMercator.x(cs[best - 1].x)) / 2;
        double my = (WebMercator.y(cs[best].y) + WebMercator.y(cs[best - 1].y)) / 2;
        return screenPointOf(WebMercator.lon(mx), WebMercator.lat(my));
    }
}
