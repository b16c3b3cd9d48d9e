package org.briatlas.fx;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tooltip is made when the pointer first comes over its control, and then shows as any tooltip does. */
class TipsTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Button button;
    private Label away;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    @BeforeEach
    void show() throws Exception {
        fx(() -> {
            button = new Button("Measure");
            away = new Label("elsewhere");
            VBox box = new VBox(40, away, button);
            stage = new Stage();
            stage.setScene(new Scene(box, 300, 200));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void madeOnTheFirstEntryAndThenShown() throws Exception {
        fx(() -> {
            Tips.set(button, "Measure a distance");
            return null;
        });
        assertNull(fx(button::getTooltip), "no tooltip is made with the control");
        assertEquals("Measure a distance", fx(() -> Tips.text(button)));
        robot.moveTo(away).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Measure a distance", fx(() -> button.getTooltip().getText()));
        // It shows as a tooltip does, after the pointer rests on the control.
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> button.getTooltip().isShowing());
    }

    @Test
    void aLongTipWrapsIntoAColumnRatherThanOneLineAcrossTheScreen() throws Exception {
        String longTip = ("Measuring on the map: a click adds a point (it snaps to corridors and places), "
                + "with Alt it does not; a point can be dragged, Backspace removes the last one. ").repeat(3);
        fx(() -> {
            Tips.set(button, longTip);
            return null;
        });
        robot.moveTo(away).moveTo(button).moveBy(2, 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> button.getTooltip().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        double[] size = fx(() -> new double[] {button.getTooltip().getWidth(), button.getTooltip().getHeight(),
                button.getTooltip().getFont().getSize()});
        assertTrue(size[0] <= (Tips.TIP_EMS + 3) * size[2], "width " + size[0] + " at " + size[2] + " px type");
        assertTrue(size[1] > 3 * size[2], "several lines: height " + size[1]);
    }

    @Test
    void aNewTextReachesATooltipAlreadyMadeAndNullTakesItAway() throws Exception {
        fx(() -> {
            Tips.set(button, "first");
            return null;
        });
        robot.moveTo(away).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        var made = fx(button::getTooltip);
        fx(() -> {
            Tips.set(button, "second");
            return null;
        });
        assertSame(made, fx(button::getTooltip));
        assertEquals("second", fx(() -> made.getText()));
        fx(() -> {
            Tips.set(button, null);
            return null;
        });
        assertNull(fx(button::getTooltip));
        assertNull(fx(() -> Tips.text(button)));
        robot.moveTo(away).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(fx(button::getTooltip), "no text, no tooltip");
        fx(() -> {
            Tips.set(button, "third");
            return null;
        });
        assertNull(fx(button::getTooltip), "made on the next entry, not at once");
        robot.moveTo(away).moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("third", fx(() -> button.getTooltip().getText()));
    }
}
