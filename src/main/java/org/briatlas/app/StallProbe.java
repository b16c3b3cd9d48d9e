package org.briatlas.app;

import javafx.application.Platform;

import java.util.Locale;

/**
 * For checks and the benchmark: with {@code -Dbriatlas.stallProbe=true}, measures how long the interface
 * thread keeps a small task waiting (posted every 20 ms from a thread of its own) and prints, once a
 * second, the longest wait of that second when it exceeds 50 ms ({@code fx-stall-ms max=... at=...}).
 * A responsive window stays under 100 ms. Off in normal use.
 */
final class StallProbe {

    private static final long PERIOD_MS = 20;

    private StallProbe() {
    }

    static void startIfRequested() {
        if (!Boolean.getBoolean("briatlas.stallProbe")) {
            return;
        }
        long started = System.nanoTime();
        Thread t = new Thread(() -> {
            long worst = 0;
            long second = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(ran::countDown);
                try {
                    ran.await();
                    // The probe's own pace: a timed wait on a latch nobody counts down.
                    new java.util.concurrent.CountDownLatch(1).await(PERIOD_MS,
                            java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                long waited = (System.nanoTime() - posted) / 1_000_000 - PERIOD_MS;
                worst = Math.max(worst, waited);
                if (System.nanoTime() - second > 1_000_000_000L) {
                    if (worst > 50) {
                        System.out.printf(Locale.ROOT, "fx-stall-ms max=%d at=%.1fs%n", worst,
                                (System.nanoTime() - started) / 1e9);
                        System.out.flush();
                    }
                    worst = 0;
                    second = System.nanoTime();
                }
            }
        }, "fx-stall-probe");
        t.setDaemon(true);
        t.start();
    }
}
