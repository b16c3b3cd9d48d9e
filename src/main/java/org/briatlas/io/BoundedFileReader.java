package org.briatlas.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads small files that the user may have replaced with anything: it opens only regular files (after following
 * symbolic links) of at most a given size, so that a link to {@code /dev/zero}, a named pipe or a file of
 * hundreds of megabytes is refused with a message instead of exhausting memory or hanging the start.
 * A file that grows after the check is still read only up to the limit. Stateless; safe on any thread.
 *
 * <p>The type is checked before the file is opened; a file swapped for a named pipe in between can still block
 * the open (Java cannot open a file without blocking on a pipe), which only someone racing the atlas can do.
 */
public final class BoundedFileReader {

    /** A file refused unread, or a stream that went past its limit; the message names the file and the reason. */
    public static final class RefusedFileException extends IOException {
        public RefusedFileException(String message) {
            super(message);
        }
    }

    private BoundedFileReader() {
    }

    /**
     * All the bytes of a regular file of at most {@code limit} bytes.
     *
     * @param what what the file is, for messages: "a settings file"
     * @throws java.nio.file.NoSuchFileException if there is no such file (or the link points nowhere)
     * @throws RefusedFileException if it is not a regular file or is larger than {@code limit}
     */
    public static byte[] readAll(Path file, long limit, String what) throws IOException {
        try (InputStream in = open(file, limit, what)) {
            return in.readAllBytes();
        }
    }

    /** A stream over a regular file of at most {@code limit} bytes; refused as by {@link #readAll}. */
    public static InputStream open(Path file, long limit, String what) throws IOException {
        check(file, limit, what);
        return limit(Files.newInputStream(file), limit, file.toString(), what);
    }

    /** Checks without opening that {@code file} is a regular file of at most {@code limit} bytes. */
    public static void check(Path file, long limit, String what) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new RefusedFileException(file + linkNote(file) + " is " + kind(file, a) + ", not a regular file");
        }
        if (a.size() > limit) {
            throw new RefusedFileException(file + linkNote(file) + " is " + a.size() + " bytes; " + what
                    + " may have at most " + size(limit));
        }
    }

    /**
     * A stream that fails with {@link RefusedFileException} ("NAME is larger than LIMIT, the most WHAT may
     * have") as soon as more than {@code limit} bytes are read from it.
     */
    public static InputStream limit(InputStream in, long limit, String name, String what) {
        return new FilterInputStream(in) {
            private long left = limit;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                // Asks for one byte more than is allowed, so that a file of exactly the limit reads to its end.
                int n = super.read(b, off, (int) Math.min(len, left + 1));
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(Math.min(n, left + 1));
                count(skipped);
                return skipped;
            }

            private void count(long n) throws RefusedFileException {
                left -= n;
                if (left < 0) {
                    throw new RefusedFileException(name + " is larger than " + size(limit) + ", the most " + what
                            + " may have");
                }
            }
        };
    }

    private static String linkNote(Path file) {
        try {
            return Files.isSymbolicLink(file) ? " (a link to " + Files.readSymbolicLink(file) + ")" : "";
        } catch (IOException e) {
            return " (a link)";
        }
    }

    /** What a file that is not a regular file is, in words. */
    private static String kind(Path file, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a folder";
        }
        try {
            int type = ((Integer) Files.getAttribute(file, "unix:mode")) & 0170000;
            String name = switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> null;
            };
            if (name != null) {
                return name;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // No "unix" view here (Windows): say it generally.
        }
        return "a device, pipe or socket";
    }

    /** A limit in words: whole mebibytes or kibibytes where it is one, bytes otherwise. */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return bytes / (1 << 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return bytes / (1 << 10) + " KiB";
        }
        return String.format(Locale.ROOT, "%d bytes", bytes);
    }
}
