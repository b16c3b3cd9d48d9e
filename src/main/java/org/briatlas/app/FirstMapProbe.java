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

    private static final int PAN_FRAMES = 240;

    private FirstMapProbe() {
    }

    /**
     * Waits for the corridor layers, then pans the map a few pixels on every pulse with every layer on,
     * timing each pulse's layout pass (where the corridor canvas and the labels are redrawn), and prints
     * {@code pan-frame-ms median=... p95=...}.
     */
    private static void panProbe(MainWindow window) {
        javafx.scene.Scene scene = window.stage().getScene();
        java.util.List<Double> frames = new java.util.ArrayList<>();
        long[] start = new long[1];
        Runnable pre = () -> start[0] = System.nanoTime();
        java.util.List<Long> ends = new java.util.ArrayList<>();
        Runnable post = () -> {
            if (start[0] != 0) {
                long now = System.nanoTime();
                frames.add((now - start[0]) / 1e6);
                ends.add(now);
            }
        };
        new AnimationTimer() {
            private int frame;
            private long layersSince;

            @Override
            public void handle(long now) {
                if (window.model().content().data().features().isEmpty()
                        || window.model().userLayers().list().size() < Integer.getInteger("briatlas.panProbe.layers", 0)
                        || !window.model().tasks().isEmpty()
                        || frame == 0 && !window.model().userLayers().list().isEmpty()
                        && window.map().corridorLayer().userLayersBusy()) {
                    return;
                }
                if (frame == 0 && layersSince == 0) {
                    layersSince = System.nanoTime();
                    int n = window.model().userLayers().list().stream().mapToInt(l -> l.features().size()).sum();
                    System.out.printf(java.util.Locale.ROOT, "user-layers-ready-ms=%d features=%d%n",
                            ManagementFactory.getRuntimeMXBean().getUptime(), n);
                }
                if (frame == 0) {
                    scene.addPreLayoutPulseListener(pre);
                    scene.addPostLayoutPulseListener(post);
                }
                double dir = (frame / 60) % 2 == 0 ? 1 : -1;
                window.map().panBy(9 * dir, 4 * dir);
                if (++frame > PAN_FRAMES) {
                    stop();
                    scene.removePreLayoutPulseListener(pre);
                    scene.removePostLayoutPulseListener(post);
                    double[] ms = frames.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    double[] gaps = new double[Math.max(1, ends.size() - 1)];
                    for (int i = 1; i < ends.size(); i++) {
                        gaps[i - 1] = (ends.get(i) - ends.get(i - 1)) / 1e6;
                    }
                    java.util.Arrays.sort(gaps);
                    System.out.printf(java.util.Locale.ROOT, "pan-frame-ms median=%.2f p95=%.2f frames=%d "
                            + "between-frames-ms median=%.1f p95=%.1f corridor-draw-ms=%.2f "
                            + "user-layers-drawn-off-thread-ms=%.0f%n", ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                            ms.length, gaps[gaps.length / 2], gaps[(int) (gaps.length * 0.95)],
                            window.map().corridorLayer().lastDrawNanos() / 1e6,
                            window.map().corridorLayer().lastUserDrawNanos() / 1e6);
                    System.out.flush();
                    Platform.exit();
                }
            }
        }.start();
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
                // Fully drawn: every tile delivered, the labels placed and the corridor layers on the map.
                boolean done = FirstMap.drawn(window);
                // Two quiet pulses in a row: the last tiles are on screen, not only delivered.
                quietFrames = done ? quietFrames + 1 : 0;
                if (quietFrames >= 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    org.briatlas.timing.StartupTimeline.mark("first-map");
                    System.out.println("first-map-ms=" + ms + " tiles=" + tiles.servedCount());
                    Long shown = org.briatlas.timing.StartupTimeline.marks().get("shown");
                    System.out.println("window-shown-ms=" + (shown == null ? -1 : shown));
                    System.out.println("phases " + org.briatlas.timing.StartupTimeline.line());
                    System.out.flush();
                    if (Boolean.getBoolean("briatlas.panProbe")) {
                        panProbe(window);
                    } else {
                        // Memory at idle after the start: a second after the first full map.
                        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(
                                javafx.util.Duration.seconds(1));
                        idle.setOnFinished(e -> {
                            System.out.println(org.briatlas.timing.StartupTimeline.memoryLine());
                            System.out.flush();
                            Platform.exit();
                        });
                        idle.play();
                    }
                }
            }
        }.start();
    }
}
