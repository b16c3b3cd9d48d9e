package org.briatlas.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test helper run as a separate process by {@link AtomicFilesKillTest}: saves a settings-like file over and
 * over with {@link AtomicFiles} until it is killed. Each version is one JSON object naming its generation,
 * with a padding whose length and letter follow from the generation, so that a reader can tell a complete
 * version from a truncated, empty or mixed one.
 *
 * <p>Arguments: the file, the first generation to write, and {@code link} or {@code copy} (how the
 * backup is made). Prints {@code ready} once it is about to begin saving (after one save of
 * {@code warm-up.json} beside the file).
 */
public final class SaveLoop {

    /** Versions grow by this many bytes per generation, up to {@link #MAX_PADDING}, then start small again. */
    static final int GROWTH = 997;
    static final int MAX_PADDING = 48 * 1024;

    private SaveLoop() {
    }

    /** The padding length of a generation. */
    static int paddingLength(long generation) {
        return (int) (64 + (generation * GROWTH) % MAX_PADDING);
    }

    /** The padding letter of a generation. */
    static char paddingLetter(long generation) {
        return (char) ('a' + generation % 26);
    }

    /** The complete text of a generation. */
    static byte[] version(long generation) {
        int n = paddingLength(generation);
        StringBuilder b = new StringBuilder(n + 120);
        b.append("{\"format\":1,\"generation\":").append(generation).append(",\"size\":").append(n)
                .append(",\"padding\":\"");
        char c = paddingLetter(generation);
        for (int i = 0; i < n; i++) {
            b.append(c);
        }
        b.append("\",\"end\":true}\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long generation = Long.parseLong(args[1]);
        boolean link = !"copy".equals(args[2]);
        // What the atlas does at start: clear what an earlier, killed run left behind.
        AtomicFiles.sweepStaleTemporaries(file);
        // One save of another file first, so that the kills fall among saves rather than class loading.
        AtomicFiles.write(file.resolveSibling("warm-up.json"), version(0));
        System.out.println("ready");
        System.out.flush();
        while (true) {
            byte[] v = version(generation);
            AtomicFiles.write(file, out -> out.write(v), link);
            generation++;
        }
    }
}
