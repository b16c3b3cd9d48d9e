package org.briatlas.fx;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not when the control is made. A JavaFX
 * tooltip is a popup window with a style of its own: the start made some thirty of them for the toolbar, the
 * legend, the layer buttons and the status line, a tenth of the interface thread's work before the first map
 * (measured with JFR), for tips most starts never show. The tooltip appears as before: it is in place by the
 * time the pointer moves on the control, and JavaFX waits for a pause in that movement to show it. FX thread.
 */
public final class Tips {

    private static final String TEXT = "briatlas.tip.text";
    private static final String HANDLER = "briatlas.tip.handler";
    /** The widest a tip's column grows, in ems of its type. */
    static final double TIP_EMS = 34;

    private Tips() {
    }

    /**
     * Gives the control a tooltip of this text (none for null). A tooltip already made takes the new text at
     * once; otherwise the text is kept until the pointer enters the control.
     */
    public static void set(Control control, String text) {
        control.getProperties().put(TEXT, text);
        Tooltip made = control.getTooltip();
        if (made != null || text == null) {
            if (text == null) {
                control.setTooltip(null);
            } else {
                made.setText(text);
            }
            return;
        }
        if (!control.getProperties().containsKey(HANDLER)) {
            EventHandler<MouseEvent> entered = e -> make(control);
            control.getProperties().put(HANDLER, entered);
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, entered);
        }
    }

    /** The text set for the control's tooltip, made or not yet; null for none. */
    public static String text(Control control) {
        return (String) control.getProperties().get(TEXT);
    }

    private static void make(Control control) {
        String text = text(control);
        if (text != null && control.getTooltip() == null) {
            Tooltip tip = new Tooltip(text);
            // A long tip (the measuring tool's runs to a hundred words in Russian) wraps into a readable
            // column instead of one line across the screen; in large type the column widens with it.
            tip.setWrapText(true);
            tip.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> TIP_EMS * tip.getFont().getSize(), tip.fontProperty()));
            control.setTooltip(tip);
        }
    }
}
