package org.briatlas.app;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.briatlas.timing.StartupTimeline;

/**
 * The floor of any JavaFX program, for {@code bench}: a bare window of the atlas's default size with one
 * label. Prints when it is shown and when its first frame is drawn (two pulses after it is shown, as the
 * atlas's probe counts), then, after a second idle, its resident memory, and exits.
 */
public final class BareWindow extends Application {

    /**
     * The entry point: a class that is no Application of its own, since the java launcher refuses to start a
     * JavaFX Application class from the class path ("JavaFX runtime components are missing").
     */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("JavaFX")), 1400, 900));
        stage.setTitle("bare JavaFX window");
        stage.setOnShown(e -> {
            System.out.println("window-shown-ms=" + StartupTimeline.uptimeMs());
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses >= 2) {
                        stop();
                        System.out.println("first-frame-ms=" + StartupTimeline.uptimeMs());
                        PauseTransition idle = new PauseTransition(javafx.util.Duration.seconds(1));
                        idle.setOnFinished(x -> {
                            System.out.println(StartupTimeline.memoryLine());
                            System.out.flush();
                            Platform.exit();
                        });
                        idle.play();
                    }
                }
            }.start();
        });
        stage.show();
    }
}
