package org.briatlas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.briatlas.model.FeatureCollection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads RFC 7946 GeoJSON into JTS geometries with a streaming Jackson parser, one feature at a time.
 *
 * <p>Accepts a FeatureCollection, a single Feature or a bare geometry, and GeoJSON text sequences: RFC 8142
 * files (each text after an RS byte, 0x1E), files with one Feature or geometry per line, and Features
 * written one after another. A feature that cannot be read (bad geometry type, wrong coordinate nesting, a
 * position off the globe, an unclosed ring, an invalid polygon when validation is on, a value beyond a
 * per-feature limit below, bytes that are not UTF-8) is skipped and reported as a
 * {@link org.briatlas.model.ReadProblem}
 * naming the file, the feature index, its id and the line; every other feature still loads. A feature
 * with {@code "geometry": null} is kept, {@link org.briatlas.model.GeoFeature#isLocated() unlocated}.
 * Lines and polygons that cross 180 degrees are cut there ({@link Antimeridian}).
 *
 * <p>What ends the reading of a file (malformed JSON, a parser limit, content after the top-level object)
 * is reported once, in plain words with its line and column, with the number of features read before it,
 * which are kept. In a text sequence it ends only that text, and the next one is read.
 *
 * <p>Limits. Per feature (a value beyond one is a problem of its feature): {@value #FEATURE_MAX_DEPTH}
 * levels of nesting below the feature object, numbers of {@value #FEATURE_MAX_NUMBER_LENGTH} digits,
 * texts of {@value #FEATURE_MAX_STRING_LENGTH} characters, member names of
 * {@value #FEATURE_MAX_NAME_LENGTH} characters. Per file (Jackson's {@link StreamReadConstraints}; beyond
 * one the reading stops): {@value #MAX_DOCUMENT_BYTES} bytes (2 GiB), {@value #MAX_TOKENS} tokens (values
 * and brackets, per JSON text), {@value #MAX_DEPTH} levels of nesting, numbers of
 * {@value #MAX_NUMBER_LENGTH} characters, texts of {@value #MAX_STRING_LENGTH} characters, member names
 * of {@value #MAX_NAME_LENGTH} characters. A 2 GB layer of coordinates written to six decimals holds about
 * 350 million tokens.
 *
 * <p>Geometries use (x = longitude, y = latitude). Instances are immutable and thread-safe.
 */
public final class GeoJsonReader {

    /** Nesting of arrays and objects within one feature object that a feature may use. */
    public static final int FEATURE_MAX_DEPTH = 100;
    /** Characters of one number in a feature (digits of a whole number): BigInteger parsing is quadratic. */
    public static final int FEATURE_MAX_NUMBER_LENGTH = 1000;
    /** Characters of one text in a feature (a property value, say a description with an image in it). */
    public static final int FEATURE_MAX_STRING_LENGTH = 10_000_000;
    /** Characters of one member name in a feature. */
    public static final int FEATURE_MAX_NAME_LENGTH = 1000;

    /** Bytes of a file: the largest user layer the atlas reads. */
    public static final long MAX_DOCUMENT_BYTES = 2L * 1024 * 1024 * 1024;
    /** JSON tokens of one JSON text (a whole file, or one text of a sequence). */
    public static final long MAX_TOKENS = 500_000_000L;
    /** Nesting of the whole file; beyond it the parser cannot go on. */
    public static final int MAX_DEPTH = 10_000;
    /** Characters of a number the parser takes in at all. */
    public static final int MAX_NUMBER_LENGTH = 100_000;
    /** Characters of a text the parser takes in at all. */
    public static final int MAX_STRING_LENGTH = 50_000_000;
    /** Characters of a member name the parser takes in at all. */
    public static final int MAX_NAME_LENGTH = 100_000;

    /** The first line of a file decides whether it is one feature per line only if it is at most this long. */
    private static final int DETECTION_BYTES = 1 << 20;

    /** The reader's limits; package-private so that tests can lower them. */
    record Limits(int featureDepth, int featureNumber, int featureString, int featureName, long documentBytes,
                  long tokens, int depth, int number, int string, int name) {
        static final Limits DEFAULT = new Limits(FEATURE_MAX_DEPTH, FEATURE_MAX_NUMBER_LENGTH,
                FEATURE_MAX_STRING_LENGTH, FEATURE_MAX_NAME_LENGTH, MAX_DOCUMENT_BYTES, MAX_TOKENS, MAX_DEPTH,
                MAX_NUMBER_LENGTH, MAX_STRING_LENGTH, MAX_NAME_LENGTH);

        JsonFactory factory() {
            return JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(depth)
                            .maxNumberLength(number)
                            .maxStringLength(string)
                            .maxNameLength(name)
                            .maxDocumentLength(documentBytes)
                            .maxTokenCount(tokens)
                            .build())
                    // The bytes reach the parser checked as UTF-8 (CheckedInput): no guessing of UTF-16 or 32.
                    .disable(JsonFactory.Feature.CHARSET_DETECTION)
                    // Many distinct member names must not end the reading: stop sharing them instead.
                    .disable(JsonFactory.Feature.FAIL_ON_SYMBOL_HASH_OVERFLOW)
                    .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
                    // Jackson's own fast number parsing (FastDoubleParser): the same doubles, several times
                    // quicker than the JDK's parseDouble.
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_DOUBLE_PARSER)
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
                    .build();
        }
    }

    private static final JsonFactory DEFAULT_JSON = Limits.DEFAULT.factory();

    private final boolean validate;
    private final Limits limits;
    private final JsonFactory json;

    GeoJsonReader(boolean validate, Limits limits) {
        this.validate = validate;
        this.limits = limits;
        this.json = limits == Limits.DEFAULT ? DEFAULT_JSON : limits.factory();
    }

    /** A reader that also checks every polygon and line with JTS validity rules. */
    public static GeoJsonReader validating() {
        return new GeoJsonReader(true, Limits.DEFAULT);
    }

    /** A reader that checks structure and coordinate ranges only: for large, trusted base-map files. */
    public static GeoJsonReader trusting() {
        return new GeoJsonReader(false, Limits.DEFAULT);
    }

    /** Reads a file; problems are reported under its file name. */
    public FeatureCollection read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /**
     * Reads a whole stream; the caller closes it. Whatever is wrong in the content is reported among the
     * problems; only a failure to read the stream itself (or an interrupt of the reading thread, as an
     * {@link java.io.InterruptedIOException}) is thrown.
     */
    public FeatureCollection read(InputStream stream, String source) throws IOException {
        CheckedInput in = new CheckedInput(stream, limits.documentBytes());
        ReadSession session = new ReadSession(source, in, limits, new GeometryBuilder(validate));
        try {
            if (in.looksWide()) {
                session.problem(-1, null, 1, 1, "the file is UTF-16 or UTF-32 text, not UTF-8 as GeoJSON must be"
                        + " (RFC 7946): save it as UTF-8");
                return session.result();
            }
            if (in.peek(0) == 0xEF && in.peek(1) == 0xBB && in.peek(2) == 0xBF) {
                in.skip(3);
            }
            switch (layout(in)) {
                case RECORDS -> session.readRecords(json, false);
                case LINES -> session.readRecords(json, true);
                default -> session.readDocument(json);
            }
        } catch (CheckedInput.TooLongException e) {
            session.stopped(-1, -1, "the file is longer than " + limits.documentBytes() + " bytes, the reader's limit");
        } catch (ReadSession.NotTextException e) {
            session.stopped(e.line, -1, "not UTF-8 text: too many bytes are not valid UTF-8");
        }
        return session.result();
    }

    private enum Layout { DOCUMENT, RECORDS, LINES }

    /** What one line of a file holds, for {@link #layout}. */
    private enum Line { FEATURE, BROKEN, OTHER }

    /**
     * How the file is laid out. RFC 8142 if the first thing in it is an RS byte. One text per line if more
     * than one line has content and the first line is one complete Feature or geometry, or the first line
     * is broken (a syntax error, not merely unfinished) and the second is one. Else one JSON document (which
     * may still turn out to be Features written one after another).
     */
    private Layout layout(CheckedInput in) throws IOException {
        int i = skipBlank(in, 0);
        int c = i < 0 ? -1 : in.peek(i);
        if (c == CheckedInput.RS) {
            return Layout.RECORDS;
        }
        if (c != '{') {
            return Layout.DOCUMENT;
        }
        int end = in.peekLine(i, DETECTION_BYTES);
        Line first = end < 0 ? Line.OTHER : kind(in.buffer(), in.bufferPosition() + i, end - i);
        if (first == Line.OTHER) {
            return Layout.DOCUMENT;
        }
        int j = skipBlank(in, end);
        if (j < 0 || in.peek(j) < 0) {
            return Layout.DOCUMENT;
        }
        if (first == Line.FEATURE) {
            return Layout.LINES;
        }
        int secondEnd = in.peekLine(j, DETECTION_BYTES);
        return secondEnd >= 0 && kind(in.buffer(), in.bufferPosition() + j, secondEnd - j) == Line.FEATURE
                ? Layout.LINES : Layout.DOCUMENT;
    }

    /** The offset ahead of the first byte from {@code from} on that is not white space, or -1 if too far. */
    private static int skipBlank(CheckedInput in, int from) throws IOException {
        int i = from;
        int c;
        while ((c = in.peek(i)) == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (++i - from > DETECTION_BYTES) {
                return -1;
            }
        }
        return i;
    }

    /** Whether the bytes hold exactly one JSON object whose type is Feature or a geometry. */
    private Line kind(byte[] bytes, int offset, int length) {
        try (JsonParser p = json.createParser(bytes, offset, length)) {
            p.nextToken();
            String type = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("features".equals(name)) {
                    return Line.OTHER;
                }
                if ("type".equals(name) && t == JsonToken.VALUE_STRING) {
                    type = p.getText();
                    if ("FeatureCollection".equals(type)) {
                        return Line.OTHER;
                    }
                }
                p.skipChildren();
            }
            boolean one = p.nextToken() == null && type != null
                    && ("Feature".equals(type) || GeometryBuilder.isGeometryType(type));
            return one ? Line.FEATURE : Line.OTHER;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JsonErrors.isEndOfInput(e) ? Line.OTHER : Line.BROKEN;
        } catch (IOException | RuntimeException e) {
            return Line.OTHER;
        }
    }
}
