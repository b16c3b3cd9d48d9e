package org.briatlas.app;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import org.briatlas.map.OfflineTiles;

import java.util.concurrent.CompletableFuture;

/**
 * Completes when the window's first view is fully drawn (every tile asked for delivered, the labels placed and
 * the corridors in, for two quiet pulses), or after {@link #AT_MOST_S} seconds, whichever comes first: the
 * moment work that the first map does not need (the routing network) may start. FX thread.
 */
final class FirstMap {

    static final double AT_MOST_S = 4;

    private FirstMap() {
    }

    /** Fully drawn now: every tile asked for delivered, the labels placed and the corridors in. */
    static boolean drawn(MainWindow window) {
        OfflineTiles tiles = OfflineTiles.shared();
        return tiles.requestedCount() > 0 && tiles.pendingCount() == 0 && window.map().placedLabelCount() > 0
                && !window.model().content().data().features().isEmpty();
    }

    static CompletableFuture<Void> watch(MainWindow window) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AnimationTimer timer = new AnimationTimer() {
            private int quiet;

            @Override
            public void handle(long now) {
                quiet = drawn(window) ? quiet + 1 : 0;
                if (quiet >= 2) {
                    stop();
                    done.complete(null);
                }
            }
        };
        timer.start();
        PauseTransition atMost = new PauseTransition(javafx.util.Duration.seconds(AT_MOST_S));
        atMost.setOnFinished(e -> {
            timer.stop();
            done.complete(null);
        });
        atMost.play();
        return done;
    }
}
