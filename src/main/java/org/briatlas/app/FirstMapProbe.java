package org.briatlas.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.briatlas.map.OfflineTiles;

import java.lang.management.ManagementFactory;

/**
 * For the benchmark: when the system property {@code briatlas.firstMapProbe} is {@code true}, prints
 * {@code first-map-ms=N} once the first view is fully drawn (every requested tile delivered and the
 * labels placed, measured from JVM start) and exits. Off in normal use.
 */
final class FirstMapProbe {

    private FirstMapProbe() {
    }

    static void attachIfRequested(MainWindow window) {
        if (!Boolean.getBoolean("briatlas.firstMapProbe")) {
            return;
        }
        OfflineTiles tiles = OfflineTiles.shared();
        new AnimationTimer() {
            private int quietFrames;

            @Override
            public void handle(long now) {
                boolean done = tiles.requestedCount() > 0 && tiles.pendingCount() == 0
                        && window.map().placedLabelCount() > 0;
                // Two quiet pulses in a row: the last tiles are on screen, not only delivered.
                quietFrames = done ? quietFrames + 1 : 0;
                if (quietFrames >= 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-map-ms=" + ms + " tiles=" + tiles.servedCount());
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
    }
}
