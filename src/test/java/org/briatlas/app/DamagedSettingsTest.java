package org.briatlas.app;

import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.briatlas.map.OfflineTiles;
import org.briatlas.state.AtlasContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application started over a damaged settings file: it starts, and says so until the user has seen it. */
class DamagedSettingsTest {

    private static javafx.application.Application app;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Path.of(System.getProperty("briatlas.config.dir", "target/test-config"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.json"), "{ \"format\": 1, \"view\": { \"lon\": ");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApplication.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> OfflineTiles.shared().pendingCount() == 0);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static DialogPane notice() throws Exception {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane && "settings-reset".equals(r.getId()))
                .map(r -> (DialogPane) r).findFirst().orElse(null));
    }

    @Test
    void theResetIsShownAndStaysAfterLoading() throws Exception {
        MainWindow w = onFx(() -> Window.getWindows().stream()
                .map(win -> (MainWindow) win.getProperties().get(MainWindow.class))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> w.model().content().phase())
                != AtlasContent.Phase.LOADING);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane d = notice();
        assertNotNull(d, "the reset is in a dialog, not in a status line that loading overwrites");
        assertTrue(onFx(d::getContentText).length() > 0, "with the reason");
        onFx(() -> {
            ((javafx.scene.control.Button) d.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notice() == null && onFx(() -> w.model().notices()
                .isEmpty()));
    }
}
