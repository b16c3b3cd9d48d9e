package org.briatlas.tour;

import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import org.briatlas.fx.FxType;
import org.briatlas.state.TourDraft;

import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A row of the tour editor's list of stops: the stop's number and caption. Rows can be dragged to a new
 * place. FX thread only.
 */
final class StopCell extends ListCell<TourDraft.DraftStop> {

    private final Function<TourDraft.DraftStop, String> label;

    /**
     * @param label what a stop's row says after its number
     * @param move  moves a stop from one index to another (-1: to the end); true if it moved
     */
    StopCell(Function<TourDraft.DraftStop, String> label, BiPredicate<Integer, Integer> move) {
        this.label = label;
        FxType.fit(this);
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent c = new ClipboardContent();
                c.putString(Integer.toString(getIndex()));
                startDragAndDrop(TransferMode.MOVE).setContent(c);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getGestureSource() instanceof StopCell && e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = false;
            if (e.getDragboard().hasString()) {
                int from = Integer.parseInt(e.getDragboard().getString());
                done = move.test(from, getItem() == null ? -1 : getIndex());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(TourDraft.DraftStop s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : (getIndex() + 1) + ". " + label.apply(s));
    }
}
