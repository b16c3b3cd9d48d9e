package org.briatlas.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.briatlas.carto.ThematicPainter;
import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.FeatureCollection;
import org.briatlas.model.GeoFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The readers' part of {@code bench}: each reader of users' files (GeoJSON, GeoJSON sequences, CSV, KML,
 * GeoPackage) over the same synthetic features, in MB/s and features/s, and as a ratio to the floor of any
 * Jackson-based reader: a raw streaming pass over the same GeoJSON that reads every number as a double, timed
 * interleaved with it in this process (a noisy machine slows both alike); then the heap that a million points
 * hold once read, drawn and indexed as the window holds them.
 */
final class ReaderBench {

    private static final int RUNS = 5;
    private final PrintStream out;

    ReaderBench(PrintStream out) {
        this.out = out;
    }

    /** The raw pass: every token, every number as a double; returns a checksum so nothing is skipped. */
    static double floor(Path file) throws IOException {
        double sum = 0;
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = new JsonFactory().createParser(in)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    sum += p.getDoubleValue();
                }
            }
        }
        return sum;
    }

    private interface Timed {
        int run() throws IOException;
    }

    private static double ms(Timed t, int[] count) throws IOException {
        long t0 = System.nanoTime();
        count[0] = t.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Times a reader over a file against the floor over its GeoJSON twin, interleaved, and prints one line. */
    private void compare(String label, Path file, Path geojsonTwin) throws IOException {
        double[] reader = new double[RUNS];
        double[] raw = new double[RUNS];
        int[] features = new int[1];
        int[] ignored = new int[1];
        AtlasDataReader r = new AtlasDataReader();
        // One warm-up of each, then runs in turn.
        floor(geojsonTwin);
        r.readUserCollection(file);
        double[] ratios = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            raw[i] = ms(() -> (int) floor(geojsonTwin), ignored);
            reader[i] = ms(() -> r.readUserCollection(file).features().size(), features);
            // Each run against the floor's run just before it: this machine's speed drifts by two or more.
            ratios[i] = raw[i] / reader[i];
        }
        Arrays.sort(reader);
        Arrays.sort(raw);
        Arrays.sort(ratios);
        double mb = Files.size(file) / 1e6;
        double twinMb = Files.size(geojsonTwin) / 1e6;
        double readerMs = BenchCommand.percentile(reader, 50);
        double rawMs = BenchCommand.percentile(raw, 50);
        out.printf(Locale.ROOT, "  %-28s %7.1f MB %8d features  %7.0f ms  %6.1f MB/s  %9.0f features/s   "
                        + "floor %6.1f MB/s on the GeoJSON  ratio %.2f%n", label, mb, features[0], readerMs,
                mb / readerMs * 1000, features[0] / readerMs * 1000, twinMb / rawMs * 1000,
                BenchCommand.percentile(ratios, 50));
    }

    void run(Path work) throws Cli.CommandFailure {
        try {
            out.println("readers of users' files (median of " + RUNS + ", after a warm-up; ratio = the raw Jackson"
                    + " pass over the same features as GeoJSON / the reader's time, run by run, the median of the "
                    + RUNS + " ratios; higher is faster):");
            int n = 100_000;
            Path geojson = SampleLayers.pointsGeoJson(work.resolve("points-1e5.geojson"), n, 1);
            compare("GeoJSON, 10^5 points", geojson, geojson);
            compare("GeoJSONSeq, 10^5 points", SampleLayers.pointsSeq(work.resolve("points-1e5.geojsons"), n, 1),
                    geojson);
            compare("CSV, 10^5 points", SampleLayers.pointsCsv(work.resolve("points-1e5.csv"), n, 1), geojson);
            compare("KML, 10^5 points", SampleLayers.pointsKml(work.resolve("points-1e5.kml"), n, 1), geojson);
            compare("GeoPackage, 10^5 points", SampleLayers.pointsGpkg(work.resolve("points-1e5.gpkg"), n, 1),
                    geojson);
            Path lines = SampleLayers.linesGeoJson(work.resolve("lines-1e5.geojson"), n, 20, 2);
            compare("GeoJSON, 10^5 lines x 20", lines, lines);
            Path million = SampleLayers.pointsGeoJson(work.resolve("points-1e6.geojson"), 1_000_000, 3);
            compare("GeoJSON, 10^6 points", million, million);
            jts("GeoJSON, 10^5 points", geojson);
            jts("GeoJSON, 10^5 lines x 20", lines);
            jts("GeoJSON, 10^6 points", million);
            memory(million);
        } catch (IOException e) {
            throw new Cli.CommandFailure("the reader benchmark failed: " + e.getMessage(), e);
        }
    }

    /** JTS's own GeoJSON reader (jts-io-common) over a file, against the atlas's, interleaved (median of 3). */
    private void jts(String label, Path file) throws IOException {
        double[] theirs = new double[RUNS];
        double[] ours = new double[RUNS];
        int[] ignored = new int[1];
        AtlasDataReader r = new AtlasDataReader();
        double[] ratios = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            theirs[i] = ms(() -> {
                try (java.io.Reader in = Files.newBufferedReader(file)) {
                    return new org.locationtech.jts.io.geojson.GeoJsonReader().read(in).getNumGeometries();
                } catch (org.locationtech.jts.io.ParseException e) {
                    throw new IOException(e);
                }
            }, ignored);
            ours[i] = ms(() -> r.readUserCollection(file).features().size(), ignored);
            ratios[i] = theirs[i] / ours[i];
        }
        Arrays.sort(theirs);
        Arrays.sort(ours);
        Arrays.sort(ratios);
        double mb = Files.size(file) / 1e6;
        out.printf(Locale.ROOT, "  %-28s JTS GeoJsonReader %6.1f MB/s, the atlas's %6.1f MB/s: %.1fx JTS (target >= 3)%n",
                label, mb / BenchCommand.percentile(theirs, 50) * 1000, mb / BenchCommand.percentile(ours, 50) * 1000,
                BenchCommand.percentile(ratios, 50));
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap a million points take read, then drawn and indexed as the window holds them. */
    private void memory(Path file) throws IOException {
        long before = usedAfterGc();
        FeatureCollection fc = new AtlasDataReader().readUserCollection(file);
        List<AtlasFeature> features = new ArrayList<>(fc.features().size());
        for (GeoFeature f : fc.features()) {
            features.add(new AtlasFeature(AtlasLayer.USER, f, "u1"));
        }
        long read = usedAfterGc();
        // As the window holds a user's layer: projected and cut into the painter's grid, which is also what
        // picks its features (user features are not in the R-tree of the atlas's own).
        ThematicPainter painter = new ThematicPainter(features);
        long drawn = usedAfterGc();
        out.printf(Locale.ROOT, "  memory for %d points: %.0f MB read (%.0f bytes a point), %.0f MB more projected "
                        + "and gridded for drawing and picking, %.0f MB in all (heap limit of this run %.0f MB)%n",
                features.size(),
                (read - before) / 1e6, (read - before) / (double) features.size(), (drawn - read) / 1e6,
                (drawn - before) / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        // Kept alive until measured.
        if (painter.userLayers() == null) {
            out.println();
        }
    }
}
