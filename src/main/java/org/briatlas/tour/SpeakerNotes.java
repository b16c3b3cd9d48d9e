package org.briatlas.tour;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.briatlas.fx.FxType;
import org.briatlas.fx.Subscriptions;
import org.briatlas.model.Tour;
import org.briatlas.state.AtlasModel;
import org.briatlas.state.TourPlayback;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The speaker's window: the stop number, the caption the class sees, the speaker notes, the next stop's
 * caption and the time since the tour began. Meant for the teacher's own screen while the atlas fills
 * the projector; the tour's keys (arrows, Page Up/Down, space, Esc) work in it too. A view of the model's
 * {@link TourPlayback}. FX thread only.
 */
public final class SpeakerNotes {

    private final Stage stage = new Stage();
    private final TourPlayback player;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ResourceBundle text;
    private final String language;
    private final Label position = new Label();
    private final Label clock = new Label();
    private final Label caption = new Label();
    private final Label notes = new Label();
    private final Label next = new Label();
    private final Timeline ticker;
    private long startedAt = System.nanoTime();

    /**
     * @param keys the atlas window's key handler, so the tour can be driven from this window
     */
    public SpeakerNotes(Window owner, ResourceBundle text, String language, AtlasModel model,
                        EventHandler<KeyEvent> keys) {
        this.text = text;
        this.language = language;
        this.player = model.classroom().playback();
        position.setId("notes-position");
        position.getStyleClass().add("panel-heading");
        clock.setId("notes-clock");
        caption.setId("notes-caption");
        caption.getStyleClass().add("notes-caption");
        notes.setId("notes-text");
        notes.getStyleClass().add("notes-text");
        next.setId("notes-next");
        next.getStyleClass().add("muted");
        for (Label l : new Label[]{position, caption, notes, next}) {
            l.setWrapText(true);
            FxType.fit(l);
        }
        BorderPane head = new BorderPane(null, null, clock, null, position);
        VBox body = new VBox(14, caption, notes, next);
        body.setPadding(new Insets(4, 0, 0, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, head, null, null, null);
        root.setId("speaker-notes");
        root.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.setTitle(text.getString("notes.window"));
        stage.setScene(new Scene(root, 560, 520));
        org.briatlas.fx.WindowSize.open(stage, 620, 560);
        FxType.dress(root, owner.getScene(), language);
        // A filter, not a handler: the tour's keys work whatever control of this window has the focus.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        subscriptions.invalid(this::update, player.indexProperty());
        subscriptions.change(player.tourProperty(), (was, now) -> {
            startedAt = System.nanoTime();
            update();
        });
        stage.setOnHidden(e -> ticker.stop());
        update();
    }

    /** Closes the window and stops following the tour (the window is being replaced). */
    public void dispose() {
        ticker.stop();
        stage.hide();
        subscriptions.dispose();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        ticker.play();
        update();
    }

    private void tick() {
        long s = (System.nanoTime() - startedAt) / 1_000_000_000L;
        clock.setText(String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60));
    }

    private void update() {
        Tour t = player.tourProperty().get();
        Tour.Stop s = player.currentStop();
        if (t == null || s == null) {
            position.setText(text.getString("notes.noTour"));
            caption.setText("");
            notes.setText("");
            next.setText("");
            return;
        }
        int i = player.indexProperty().get();
        position.setText(String.format(java.util.Locale.ROOT, text.getString("notes.position"), i + 1, t.stops().size(),
                Tour.text(t.title(), language)));
        caption.setText(org.briatlas.i18n.Texts.cap(Tour.text(s.caption(), language)));
        String n = s.notes().isEmpty() ? "" : Tour.text(s.notes(), language);
        notes.setText(n.isBlank() ? text.getString("notes.none") : org.briatlas.i18n.Texts.cap(n, 20000));
        next.setText(i + 1 < t.stops().size()
                ? String.format(java.util.Locale.ROOT, text.getString("notes.next"), Tour.text(t.stops().get(i + 1).caption(), language))
                : text.getString("notes.last"));
        tick();
    }
}
