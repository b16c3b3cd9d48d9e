package org.briatlas.tour;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.Classroom;

import java.util.ResourceBundle;

/**
 * The classroom's windows beside the atlas window: the tour editor and the speaker notes, each open while
 * the model says so (closing one tells the model). Built in the window's language; a language switch
 * replaces this and the new one opens the same windows again over the same tour. FX thread only.
 */
public final class ClassroomWindows {

    private final Stage owner;
    private final ResourceBundle text;
    private final String language;
    private final AtlasModel model;
    private final EventHandler<KeyEvent> keys;
    private final Subscriptions subscriptions = new Subscriptions();
    private TourEditor editor;
    private SpeakerNotes notes;
    private boolean disposed;

    /**
     * @param keys the atlas window's key handler, so that the tour can be driven from the notes window
     */
    public ClassroomWindows(Stage owner, ResourceBundle text, String language, AtlasModel model,
                            EventHandler<KeyEvent> keys) {
        this.owner = owner;
        this.text = text;
        this.language = language;
        this.model = model;
        this.keys = keys;
        Classroom classroom = model.classroom();
        subscriptions.now(classroom.editorOpenProperty(), open -> {
            if (open) {
                editor().show();
            } else if (editor != null) {
                editor.stage().hide();
            }
        });
        subscriptions.now(classroom.notesOpenProperty(), open -> {
            if (open) {
                notes().show();
            } else if (notes != null) {
                notes.stage().hide();
            }
        });
    }

    /** The tour editor window (created on first use). */
    public TourEditor editor() {
        if (editor == null) {
            editor = new TourEditor(owner, text, language, model);
            editor.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                if (!disposed) {
                    model.classroom().closeEditor();
                }
            });
        }
        return editor;
    }

    /** The speaker notes window (created on first use). */
    public SpeakerNotes notes() {
        if (notes == null) {
            notes = new SpeakerNotes(owner, text, language, model, keys);
            notes.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                if (!disposed) {
                    model.classroom().setNotesOpen(false);
                }
            });
        }
        return notes;
    }

    /** Closes both windows without telling the model (they reopen in the next language) and stops following it. */
    public void dispose() {
        disposed = true;
        subscriptions.dispose();
        if (editor != null) {
            editor.dispose();
        }
        if (notes != null) {
            notes.dispose();
        }
    }
}
