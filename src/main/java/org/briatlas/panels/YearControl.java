package org.briatlas.panels;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.briatlas.fx.Subscriptions;
import org.briatlas.state.AtlasModel;

import java.util.ResourceBundle;

/**
 * The one year control of the window: a slider over the years of the paper's tables and a play button
 * that steps through them. Writes the year of {@link AtlasModel}; map and charts follow it.
 * FX thread only.
 */
public final class YearControl extends HBox {

    /** Time each year stays on screen while playing. */
    static final Duration STEP = Duration.millis(1200);
    private Timeline player;
    private final Subscriptions subscriptions = new Subscriptions();

    public YearControl(AtlasModel model, ResourceBundle text) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        setId("year-control");
        Slider slider = new Slider(AtlasModel.FIRST_YEAR, AtlasModel.LAST_YEAR, model.year());
        slider.setId("year-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setPrefWidth(200);
        slider.valueProperty().addListener((o, was, now) -> model.setYear((int) Math.round(now.doubleValue())));
        Label value = new Label();
        value.setId("year-value");
        value.getStyleClass().add("year-value");
        subscriptions.now(model.yearProperty(), y -> {
            slider.setValue(y.intValue());
            value.setText(Integer.toString(y.intValue()));
        });
        ToggleButton play = new ToggleButton(text.getString("toolbar.play"));
        play.setId("year-play");
        org.briatlas.fx.Tips.set(play, text.getString("toolbar.play.tip"));
        play.selectedProperty().addListener((o, was, on) -> {
            if (player != null) {
                player.stop();
            }
            play.setText(text.getString(on ? "toolbar.pause" : "toolbar.play"));
            if (on) {
                if (model.year() >= AtlasModel.LAST_YEAR) {
                    model.setYear(AtlasModel.FIRST_YEAR);
                }
                player = new Timeline(new KeyFrame(STEP, e -> {
                    if (model.year() >= AtlasModel.LAST_YEAR) {
                        play.setSelected(false);
                    } else {
                        model.setYear(model.year() + 1);
                    }
                }));
                player.setCycleCount(Animation.INDEFINITE);
                player.play();
            }
        });
        Label name = new Label(text.getString("toolbar.year"));
        // The slider gives way when space is short; the words and the year keep their width.
        slider.setMinWidth(90);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[]{name, value, play}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(name, slider, value, play);
        subscriptions.add(() -> play.setSelected(false));
    }

    /** Stops playing and following the model. */
    public void dispose() {
        subscriptions.dispose();
    }
}
