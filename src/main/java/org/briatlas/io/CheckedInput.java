package org.briatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The bytes of a file on their way to the JSON parser, checked to be UTF-8 as they pass and counted against
 * the reader's length limit.
 *
 * <p>Every byte that is not part of a well-formed UTF-8 sequence (RFC 3629: no overlong forms, no encoded
 * surrogates, nothing beyond U+10FFFF, no NUL) is replaced by {@code '?'}, so that offsets do not move, and
 * remembered as an {@link Invalid} with its offset, line and column. The reader asks for them by offset and
 * reports them with the feature that holds them; a replaced byte outside a text breaks the JSON there.
 *
 * <p>It also serves one record of a GeoJSON text sequence at a time ({@link #record}), for RFC 8142 files
 * and files with one feature per line, and counts the lines it serves that way. Reading checks the thread's
 * interrupt flag, so a reading that takes too long can be stopped. One reading thread.
 */
final class CheckedInput extends InputStream {

    /** Record separator of RFC 8142. */
    static final int RS = 0x1E;
    private static final java.lang.invoke.VarHandle WORDS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** Invalid places kept at most before the file counts as not being text at all. */
    private static final int MAX_INVALID = 10_000;

    /** A run of bytes that are not UTF-8; {@code what} says why, in plain words. */
    record Invalid(long offset, int length, int line, int column, String what) {
        long end() {
            return offset + length;
        }
    }

    /** The file is longer than the reader's limit. */
    static final class TooLongException extends IOException {
        TooLongException(long limit) {
            super("longer than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private byte[] buf = new byte[64 * 1024];
    /** Next byte to serve; end of the checked bytes; end of the bytes read (an unfinished sequence follows end). */
    private int pos;
    private int end;
    private int rawEnd;
    /** File offset of buf[0]. */
    private long bufStart;
    private boolean eof;
    /** The first two bytes of the file as read, before any was replaced. */
    private final int[] head = new int[2];
    private int headCount;
    private boolean wide;
    /** Line and line start at the checking frontier (for invalid bytes). */
    private int checkLine = 1;
    private long checkLineStart;
    /** Line and line start at the serving position, kept up to date by record reading only. */
    private int servedLine = 1;
    private long servedLineStart;
    private final ArrayDeque<Invalid> invalid = new ArrayDeque<>();
    private boolean tooManyInvalid;

    CheckedInput(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** File offset of the next byte served. */
    long position() {
        return bufStart + pos;
    }

    /** True if the file starts like UTF-16 or UTF-32 text (a byte order mark, or zero bytes among the first two). */
    boolean looksWide() throws IOException {
        ensure(2);
        return wide;
    }

    /** True once so many bytes were invalid that the file is evidently not UTF-8 text. */
    boolean tooManyInvalid() {
        return tooManyInvalid;
    }

    /** Removes and returns the invalid places that start before a file offset, oldest first. */
    java.util.List<Invalid> invalidBefore(long offset) {
        if (invalid.isEmpty() || invalid.peekFirst().offset() >= offset) {
            // Asked once a feature: nothing to hand over in a file of valid text, and nothing to allocate.
            return java.util.List.of();
        }
        java.util.List<Invalid> out = new java.util.ArrayList<>();
        while (!invalid.isEmpty() && invalid.peekFirst().offset() < offset) {
            out.add(invalid.pollFirst());
        }
        return out;
    }

    /** The next byte without consuming it, or -1 at the end. */
    int peek() throws IOException {
        return ensure(1) ? buf[pos] & 0xFF : -1;
    }

    /** Byte {@code i} ahead of the serving position, or -1 if the file ends before it. */
    int peek(int i) throws IOException {
        return ensure(i + 1) ? buf[pos + i] & 0xFF : -1;
    }

    /**
     * Makes the line that starts {@code from} bytes ahead available in {@link #buffer()} (from
     * {@link #bufferPosition()}), if it is at most {@code max} bytes long. Returns the offset ahead of its line
     * feed (or of the end of the file), or -1 if the line is longer.
     */
    int peekLine(int from, int max) throws IOException {
        int scanned = from;
        while (true) {
            for (int i = pos + scanned; i < end; i++) {
                if (buf[i] == '\n') {
                    return i - pos;
                }
            }
            scanned = Math.max(scanned, end - pos);
            if (scanned - from > max) {
                return -1;
            }
            if (!ensure(scanned + 1)) {
                return scanned;
            }
        }
    }

    byte[] buffer() {
        return buf;
    }

    int bufferPosition() {
        return pos;
    }

    @Override
    public int read() throws IOException {
        return ensure(1) ? buf[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!ensure(1)) {
            return -1;
        }
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---- records -----------------------------------------------------------------------------------

    /** Line of the serving position (while reading records). */
    int servedLine() {
        return servedLine;
    }

    /** Column of the serving position (while reading records), 1-based, in bytes. */
    int servedColumn() {
        return (int) (position() - servedLineStart + 1);
    }

    /**
     * Consumes white space, record separators and, with {@code lines}, line feeds, and a byte order mark at
     * the very start; returns false at the end of the file, else true with the next record's first byte ahead.
     */
    boolean skipToRecord(boolean lines) throws IOException {
        if (position() == 0 && peek() == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
            pos += 3;
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                return false;
            }
            if (c == '\n') {
                pos++;
                servedLine++;
                servedLineStart = position();
            } else if (c == ' ' || c == '\t' || c == '\r' || c == RS) {
                pos++;
            } else {
                return true;
            }
        }
    }

    /**
     * The bytes from here to the next record separator (RS, and with {@code lines} also a line feed), as a
     * stream of its own; closing it skips what is left of the record. Lines served through it are counted.
     */
    InputStream record(boolean lines) {
        return new InputStream() {
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (done || len == 0) {
                    return done ? -1 : 0;
                }
                if (!ensure(1)) {
                    done = true;
                    return -1;
                }
                int stop = Math.min(end, pos + len);
                int i = pos;
                for (; i < stop; i++) {
                    byte c = buf[i];
                    if (c == RS || (lines && c == '\n')) {
                        done = true;
                        break;
                    }
                    if (c == '\n') {
                        servedLine++;
                        servedLineStart = bufStart + i + 1;
                    }
                }
                int n = i - pos;
                System.arraycopy(buf, pos, b, off, n);
                pos = i;
                return n == 0 && done ? -1 : n;
            }

            @Override
            public void close() throws IOException {
                byte[] skip = new byte[8192];
                while (read(skip, 0, skip.length) >= 0) {
                    // what is left of the record
                }
            }
        };
    }

    // ---- filling and checking ----------------------------------------------------------------------

    /** True if at least {@code n} checked bytes are ahead of the serving position (reading more if needed). */
    private boolean ensure(int n) throws IOException {
        while (end - pos < n) {
            if (eof) {
                if (rawEnd > end) {
                    // A sequence cut short by the end of the file.
                    markInvalid(end, rawEnd - end, "a sequence cut short by the end of the file");
                    end = rawEnd;
                    continue;
                }
                return false;
            }
            fill(n);
        }
        return true;
    }

    private void fill(int wanted) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("reading was stopped");
        }
        if (pos > 0 && (pos >= buf.length / 2 || rawEnd + 4096 > buf.length)) {
            System.arraycopy(buf, pos, buf, 0, rawEnd - pos);
            bufStart += pos;
            end -= pos;
            rawEnd -= pos;
            pos = 0;
        }
        if (rawEnd + 4096 > buf.length || wanted > buf.length - pos) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + wanted + 4096));
        }
        int n = in.read(buf, rawEnd, buf.length - rawEnd);
        if (n < 0) {
            eof = true;
            return;
        }
        for (int k = rawEnd; k < rawEnd + n && headCount < 2; k++) {
            head[headCount++] = buf[k] & 0xFF;
            if (headCount == 2) {
                int b0 = head[0];
                int b1 = head[1];
                wide = b0 == 0 || b1 == 0 || (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE);
            }
        }
        rawEnd += n;
        if (bufStart + rawEnd > maxBytes) {
            throw new TooLongException(maxBytes);
        }
        check();
    }

    /** Checks bytes from end towards rawEnd, stopping before a sequence that may continue in the next read. */
    private void check() {
        byte[] b = buf;
        int i = end;
        int limit = rawEnd;
        while (i < limit) {
            if (i + 8 <= limit) {
                // Eight ASCII bytes at once when none is a line feed or a NUL: most of a GeoJSON file.
                long w = (long) WORDS.get(b, i);
                long lf = w ^ 0x0A0A0A0A0A0A0A0AL;
                if (((w | ((w - ONES) & ~w) | ((lf - ONES) & ~lf)) & HIGHS) == 0) {
                    i += 8;
                    continue;
                }
            }
            int c = b[i];
            if (c > 0) {
                if (c == '\n') {
                    checkLine++;
                    checkLineStart = bufStart + i + 1;
                }
                i++;
                continue;
            }
            if (c == 0) {
                markInvalid(i, 1, "a NUL byte (is the file UTF-16 or UTF-32? GeoJSON must be UTF-8)");
                i++;
                continue;
            }
            c &= 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            String bad = null;
            if (c < 0xC0) {
                markInvalid(i, 1, "a continuation byte without a lead byte");
                i++;
                continue;
            } else if (c < 0xC2) {
                markInvalid(i, 1, "an overlong encoding");
                i++;
                continue;
            } else if (c < 0xE0) {
                length = 2;
            } else if (c < 0xF0) {
                length = 3;
                if (c == 0xE0) {
                    low = 0xA0;
                    bad = "an overlong encoding";
                } else if (c == 0xED) {
                    high = 0x9F;
                    bad = "an encoded surrogate (U+D800 to U+DFFF)";
                }
            } else if (c < 0xF5) {
                length = 4;
                if (c == 0xF0) {
                    low = 0x90;
                    bad = "an overlong encoding";
                } else if (c == 0xF4) {
                    high = 0x8F;
                    bad = "a code point beyond U+10FFFF";
                }
            } else if (c < 0xF8) {
                markInvalid(i, 1, "a code point beyond U+10FFFF");
                i++;
                continue;
            } else {
                markInvalid(i, 1, String.format("byte 0x%02X, which never occurs in UTF-8", c));
                i++;
                continue;
            }
            if (i + 1 >= limit && !eof) {
                break;
            }
            int second = i + 1 < limit ? b[i + 1] & 0xFF : -1;
            if (second < 0x80 || second > 0xBF) {
                markInvalid(i, 1, "a sequence cut short");
                i++;
                continue;
            }
            if (second < low || second > high) {
                markInvalid(i, 1, bad);
                i++;
                continue;
            }
            int k = 2;
            while (k < length && i + k < limit && (b[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (k < length) {
                if (i + k >= limit && !eof) {
                    break;
                }
                markInvalid(i, k, "a sequence cut short");
            }
            i += k;
        }
        end = i;
    }

    private void markInvalid(int index, int length, String what) {
        Arrays.fill(buf, index, index + length, (byte) '?');
        long offset = bufStart + index;
        Invalid last = invalid.peekLast();
        if (last != null && last.end() == offset) {
            invalid.pollLast();
            invalid.addLast(new Invalid(last.offset(), last.length() + length, last.line(), last.column(),
                    last.what()));
            return;
        }
        if (invalid.size() >= MAX_INVALID) {
            tooManyInvalid = true;
            return;
        }
        invalid.addLast(new Invalid(offset, length, checkLine, (int) (offset - checkLineStart + 1), what));
    }
}
