package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.ReadProblem;
import org.locationtech.jts.geom.Envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;

/**
 * {@code inspect FILE [--json]}: reads a user's GeoJSON file with the reader the window uses and prints, as
 * ogrinfo does, its format, its features by geometry type, its bounds (longitude, latitude), its property
 * names with their JSON types and every problem with line, feature index, id and reason.
 *
 * <p>Exit status 0 when the file was read, problems or not; 1 with a one-line reason when it could not be
 * read at all (missing, not a regular file, over the size limit, not GeoJSON, or too slow: the reading runs
 * on a worker thread and is stopped after {@link #timeLimit(long) a time that grows with the file's size});
 * 2 for bad arguments. Runs on the calling thread apart from that worker.
 */
final class InspectCommand {

    /** How a file's content becomes features: the window's reader, or a stand-in in tests. */
    @FunctionalInterface
    interface Reading {
        FeatureCollection read(InputStream in, String name) throws IOException;
    }

    private final PrintStream out;
    private final Reading reading;
    private final LongFunction<Duration> timeLimit;
    private final long maxBytes;

    InspectCommand(PrintStream out) {
        this(out, new AtlasDataReader()::readUserCollection, InspectCommand::timeLimit,
                GeoJsonReader.MAX_DOCUMENT_BYTES);
    }

    InspectCommand(PrintStream out, Reading reading, LongFunction<Duration> timeLimit, long maxBytes) {
        this.out = out;
        this.reading = reading;
        this.timeLimit = timeLimit;
        this.maxBytes = maxBytes;
    }

    /** The time a file of {@code bytes} may take to read: 10 s, plus 1 s per 10 MB. */
    static Duration timeLimit(long bytes) {
        return Duration.ofSeconds(10 + (bytes + 9_999_999) / 10_000_000);
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        List<String> files = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("--") ? options : files).add(a);
        }
        Options o = Options.parse(options, Set.of(), Set.of("json"));
        if (files.isEmpty()) {
            throw new UsageException("inspect needs a FILE");
        }
        if (files.size() > 1) {
            throw new UsageException("inspect reads one FILE, not " + files.size());
        }
        Path file = Path.of(files.get(0));
        long size;
        try {
            AtlasDataReader.checkUserFile(file, maxBytes);
            size = Files.size(file);
        } catch (IOException e) {
            throw new Cli.CommandFailure(e.getMessage(), e);
        }
        FeatureCollection fc = read(file, size);
        List<ReadProblem> fatal = fc.problems().stream().filter(p -> p.featureIndex() < 0).toList();
        if (fc.features().isEmpty() && !fatal.isEmpty()) {
            throw new Cli.CommandFailure(fatal.get(0).describe(), null);
        }
        Summary s = new Summary(fc);
        if (o.has("json")) {
            printJson(s);
        } else {
            printText(file, s);
        }
        return 0;
    }

    private FeatureCollection read(Path file, long size) throws Cli.CommandFailure {
        Duration limit = timeLimit.apply(size);
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new Cli.CommandFailure(file + ": cannot be opened (" + e.getMessage() + ")", e);
        }
        CompletableFuture<FeatureCollection> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                // SQLite reads a file, not a stream: a GeoPackage is read where it is.
                result.complete(org.briatlas.io.GeoPackageReader.accepts(file.getFileName().toString())
                        ? new org.briatlas.io.GeoPackageReader().read(file)
                        : reading.read(in, file.getFileName().toString()));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "inspect-reader");
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new Cli.CommandFailure("timed out after " + seconds(limit) + " s reading " + file, e);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new Cli.CommandFailure("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getSimpleName();
            throw new Cli.CommandFailure(file + ": cannot be read (" + why + ")", cause);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing is also what stops a reading that is blocked in the file.
            }
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    /** What the file holds, counted once for both outputs. */
    private static final class Summary {
        final FeatureCollection fc;
        final Map<String, Integer> byGeometry = new TreeMap<>();
        final Map<String, Set<String>> properties = new LinkedHashMap<>();
        final Envelope bounds = new Envelope();
        int unlocated;

        Summary(FeatureCollection fc) {
            this.fc = fc;
            for (GeoFeature f : fc.features()) {
                if (f.isLocated()) {
                    byGeometry.merge(f.geometry().getGeometryType(), 1, Integer::sum);
                    bounds.expandToInclude(f.geometry().getEnvelopeInternal());
                } else {
                    unlocated++;
                }
                f.properties().forEach((k, v) -> properties.computeIfAbsent(k, x -> new TreeSet<>()).add(type(v)));
            }
        }

        /** The JSON type of a value: integer and number together are number. */
        static String type(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
                return "integer";
            }
            if (v instanceof Number) {
                return "number";
            }
            if (v instanceof Boolean) {
                return "boolean";
            }
            if (v instanceof Map) {
                return "object";
            }
            if (v instanceof List) {
                return "array";
            }
            return "string";
        }

        static String types(Set<String> types) {
            Set<String> t = new TreeSet<>(types);
            if (t.contains("number")) {
                t.remove("integer");
            }
            return String.join("|", t);
        }
    }

    private void printText(Path file, Summary s) {
        FeatureCollection fc = s.fc;
        out.println("File: " + file);
        out.println("Format: " + switch (fc.format()) {
            case GEOJSON -> "GeoJSON (RFC 7946)";
            case GEOJSON_SEQ -> "GeoJSON text sequence (RFC 8142)";
            case CSV -> "CSV table (longitude and latitude columns, or WKT)";
            case KML -> "KML (Google Earth)";
            case KMZ -> "KMZ (Google Earth, zipped KML)";
            case GPKG -> "GeoPackage (OGC; its vector tables)";
        });
        out.println("Features: " + fc.features().size());
        s.byGeometry.forEach((type, n) -> out.println("  " + type + ": " + n));
        if (s.unlocated > 0) {
            out.println("  no location: " + s.unlocated);
        }
        out.println(s.bounds.isNull() ? "Bounds: none (no feature has a location)"
                : "Bounds: (" + num(s.bounds.getMinX()) + ", " + num(s.bounds.getMinY()) + ") - ("
                        + num(s.bounds.getMaxX()) + ", " + num(s.bounds.getMaxY()) + ")  [longitude, latitude]");
        out.println("Properties (" + s.properties.size() + "):");
        s.properties.forEach((name, types) -> out.println("  " + name + ": " + Summary.types(types)));
        out.println("Problems (" + fc.problems().size() + "):");
        for (ReadProblem p : fc.problems()) {
            String d = p.describe();
            out.println("  " + d.substring(Math.min(d.length(), p.source().length() + 2)));
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private void printJson(Summary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", s.fc.format().id());
        json.put("features", s.fc.features().size());
        json.put("unlocated", s.unlocated);
        json.put("byGeometry", s.byGeometry);
        json.put("bounds", s.bounds.isNull() ? null
                : List.of(s.bounds.getMinX(), s.bounds.getMinY(), s.bounds.getMaxX(), s.bounds.getMaxY()));
        Map<String, String> props = new LinkedHashMap<>();
        s.properties.forEach((name, types) -> props.put(name, Summary.types(types)));
        json.put("properties", props);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ReadProblem p : s.fc.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", p.line() > 0 ? p.line() : null);
            m.put("column", p.column() > 0 ? p.column() : null);
            m.put("index", p.featureIndex() >= 0 ? p.featureIndex() : null);
            m.put("id", p.featureId());
            m.put("reason", p.message());
            problems.add(m);
        }
        json.put("problems", problems);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } catch (IOException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }
}
