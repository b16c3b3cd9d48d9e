package org.briatlas.fx;

import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, item 14: a file dialog leaves the maximised windows it blocks maximised. The window manager's
 * part (openbox dropping the state of a window made unresizable) is played by the dialog stand-in.
 */
class FileDialogsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyMaximisedWindowOfTheOwnersChainIsMaximisedAgain() throws Exception {
        boolean[] result = WaitForAsyncUtils.asyncFx(() -> {
            Stage main = new Stage();
            main.setMaximized(true);
            main.show();
            Stage editor = new Stage();
            editor.initOwner(main);
            editor.show();
            Stage closed = new Stage();
            closed.setMaximized(true);
            String chosen = FileDialogs.keepingMaximised(editor, () -> {
                // What openbox does to the blocked window while the dialog shows.
                main.setMaximized(false);
                return "tour.json";
            });
            boolean[] r = {main.isMaximized(), editor.isMaximized(), "tour.json".equals(chosen)};
            editor.close();
            main.close();
            return r;
        }).get(20, TimeUnit.SECONDS);
        assertTrue(result[0], "the atlas window is maximised again");
        assertFalse(result[1], "a window that was not maximised stays as it was");
        assertTrue(result[2], "the dialog's answer is passed on");
    }

    @Test
    void aDialogThatFailsStillRestoresTheWindow() throws Exception {
        boolean maximised = WaitForAsyncUtils.asyncFx(() -> {
            Stage main = new Stage();
            main.setMaximized(true);
            main.show();
            try {
                FileDialogs.keepingMaximised(main, () -> {
                    main.setMaximized(false);
                    throw new IllegalStateException("no display");
                });
            } catch (IllegalStateException expected) {
                assertEquals("no display", expected.getMessage());
            }
            boolean m = main.isMaximized();
            main.close();
            return m;
        }).get(20, TimeUnit.SECONDS);
        assertTrue(maximised);
    }
}
