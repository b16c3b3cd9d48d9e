package org.briatlas.fx;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opens a secondary window at a readable size on any window manager. A size given only to the scene is not
 * enough: openbox maps a window whose stage has no size of its own at 200 x 200, and one with a minimum size at
 * that minimum. The size goes to the stage, kept inside the screen's visible area, and is asked for once more
 * when the window is mapped. FX thread only.
 */
public final class WindowSize {

    private WindowSize() {
    }

    /** Gives {@code stage} a size of {@code width x height} (at most the screen's), held when it is shown. */
    public static void open(Stage stage, double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        // openbox may map an owned window at GTK's default 200 x 200 while JavaFX goes on believing in the size
        // it asked for, so the size cannot tell: once mapped, the window asks for its size again, by a nudge
        // that JavaFX cannot take for "no change". A window manager that gave the size sees nothing.
        // Over the middle of its owner the first time it shows, not in the screen's corner.
        // (Asked for once mapped: some window managers place a new window themselves, in a corner.)
        boolean[] placed = {false};
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (!placed[0] && stage.getOwner() != null) {
                placed[0] = true;
                javafx.stage.Window o = stage.getOwner();
                stage.setX(Math.max(screen.getMinX(), o.getX() + (o.getWidth() - stage.getWidth()) / 2));
                stage.setY(Math.max(screen.getMinY(), o.getY() + (o.getHeight() - stage.getHeight()) / 2));
            }
        }));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                double sw = stage.getWidth();
                double sh = stage.getHeight();
                stage.setWidth(sw - 1);
                stage.setHeight(sh - 1);
                stage.setWidth(sw);
                stage.setHeight(sh);
            }
        }));
    }
}
