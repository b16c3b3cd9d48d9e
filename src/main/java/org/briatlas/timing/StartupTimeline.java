package org.briatlas.timing;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * When each phase of the start-up ended, in milliseconds since the JVM started: marked by the code that ends
 * it (the toolkit's start, the fonts, the base map's band, the first tile, the corridors, the labels, the
 * statistics, the first full map) and printed by the benchmark's probe as one line per phase. The first mark
 * of a phase counts. Costs a map entry per phase; any thread.
 */
public final class StartupTimeline {

    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTimeline() {
    }

    /** Milliseconds since the JVM started. */
    public static long uptimeMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Marks the end of a phase now (the first mark of a phase counts). */
    public static void mark(String phase) {
        long now = uptimeMs();
        synchronized (MARKS) {
            MARKS.putIfAbsent(phase, now);
        }
    }

    /** The phases marked so far, in the order marked, with their times. */
    public static Map<String, Long> marks() {
        synchronized (MARKS) {
            return new LinkedHashMap<>(MARKS);
        }
    }

    /** "phase=ms phase=ms ..." in the order marked. */
    public static String line() {
        StringBuilder sb = new StringBuilder();
        marks().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** This process's resident and peak resident memory in kB, from /proc/self/status; -1 where unknown. */
    public static long[] rssKb() {
        long rss = -1;
        long hwm = -1;
        try {
            for (String l : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    rss = kb(l);
                } else if (l.startsWith("VmHWM:")) {
                    hwm = kb(l);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return new long[]{-1, -1};
        }
        return new long[]{rss, hwm};
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /**
     * The memory line the probes print: "rss-kb=N peak-rss-kb=N jvm-start-epoch-ms=N". The JVM's start (wall
     * clock) lets the benchmark add the time from its exec to the JVM's start (a launcher's own work) to the
     * phases, which are counted from the JVM's start.
     */
    public static String memoryLine() {
        long[] m = rssKb();
        return String.format(Locale.ROOT, "rss-kb=%d peak-rss-kb=%d jvm-start-epoch-ms=%d", m[0], m[1],
                ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
