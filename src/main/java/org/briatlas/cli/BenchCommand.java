package org.briatlas.cli;

import org.briatlas.carto.BaseMapData;
import org.briatlas.carto.BaseMapSource;
import org.briatlas.carto.TileRenderer;
import org.briatlas.carto.ZoomBand;
import org.briatlas.geo.GeoBounds;
import org.briatlas.geo.NamedView;
import org.briatlas.geo.TileId;
import org.briatlas.geo.WebMercator;
import org.briatlas.io.AtlasDataReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench}: prints how long the base map takes to draw one tile at zooms 4, 6 and 8 (median and
 * 95th percentile over random tiles of the atlas region, after a warm-up), and how long the atlas window
 * takes from process start to its first fully drawn map (median of several cold starts, each a new JVM).
 * A command that prints figures, not a test: it asserts nothing.
 */
final class BenchCommand {

    private static final int[] ZOOMS = {4, 6, 8};
    private final PrintStream out;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of("samples", "startup-runs", "app"), Set.of("no-readers", "startup-only"));
        int samples = (int) RenderCommand.parseNumber("samples", o.get("samples").orElse("200"), 10, 100000);
        int runs = (int) RenderCommand.parseNumber("startup-runs", o.get("startup-runs").orElse("5"), 0, 50);

        java.util.Optional<Path> app = o.get("app").map(Path::of);
        if (app.isPresent() && !Files.isExecutable(app.get())) {
            throw new UsageException("--app must name the installed atlas launcher, e.g. "
                    + "/opt/bri-atlas/bin/bri-atlas; not executable: " + app.get());
        }
        out.printf(Locale.ROOT, "BRI Corridors Atlas benchmark (%d cores, Java %s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (o.has("startup-only")) {
            // The start-up against the bare window and the timeline alone, for work on the start-up.
            Path work = tempDir();
            try {
                versusBareWindow(Math.max(1, runs), work, app);
            } finally {
                deleteTree(work);
            }
            return 0;
        }
        BaseMapData data = new BaseMapData(BaseMapSource.shipped(), Runnable::run);
        for (ZoomBand band : ZoomBand.values()) {
            long t0 = System.nanoTime();
            data.bandNow(band);
            out.printf(Locale.ROOT, "base map band %-4s loaded in %7.1f ms%n", band.name().toLowerCase(Locale.ROOT),
                    (System.nanoTime() - t0) / 1e6);
        }
        double[] loads = new double[5];
        int features = 0;
        for (int i = 0; i < loads.length; i++) {
            long t0 = System.nanoTime();
            features = new AtlasDataReader().read(AtlasDataReader.shipped()).features().size();
            loads[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(loads);
        out.printf(Locale.ROOT, "corridor layers (%d features, all 11 files, validated): first load %.1f ms, "
                + "median of %d %.1f ms%n", features, loads[loads.length - 1], loads.length, percentile(loads, 50));
        new PlannerBench(out).run();
        Path scratch = tempDir();
        try {
            if (!o.has("no-readers")) {
                new ReaderBench(out).run(scratch);
            }
            return tilesAndStartup(app, samples, runs, data, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private int tilesAndStartup(java.util.Optional<Path> app, int samples, int runs, BaseMapData data, Path scratch)
            throws UsageException, Cli.CommandFailure {
        TileRenderer renderer = new TileRenderer(data);
        GeoBounds region = NamedView.EURASIA.bounds();
        Random random = new Random(42);
        out.println("tile drawing, 256 px tiles at scale 1, random tiles over the atlas region:");
        for (int zoom : ZOOMS) {
            List<TileId> tiles = randomTiles(region, zoom, samples + 30, random);
            for (TileId t : tiles.subList(0, 30)) {
                renderer.render(t, 1);
            }
            double[] ms = new double[samples];
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                renderer.render(tiles.get(30 + i), 1);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "  zoom %d: median %6.2f ms   p95 %6.2f ms   max %6.2f ms   (n=%d)%n",
                    zoom, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1], samples);
        }
        if (runs > 0) {
            startup(runs, app);
            userLayerPanning(scratch);
        }
        return 0;
    }

    static List<TileId> randomTiles(GeoBounds region, int zoom, int count, Random random) {
        TileId nw = WebMercator.tileAt(region.west(), region.north(), zoom);
        TileId se = WebMercator.tileAt(region.east(), region.south(), zoom);
        List<TileId> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long col = nw.col() + (long) (random.nextDouble() * (se.col() - nw.col() + 1));
            long row = nw.row() + (long) (random.nextDouble() * (se.row() - nw.row() + 1));
            out.add(new TileId(zoom, col, row));
        }
        return out;
    }

    static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /** Removes a scratch folder of the benchmark and everything in it. */
    static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("bench: scratch folder not removed: " + dir + " (" + e.getMessage() + ")");
        }
    }

    static Path tempDir() throws Cli.CommandFailure {
        try {
            return Files.createTempDirectory("bri-atlas-bench");
        } catch (IOException e) {
            throw new Cli.CommandFailure("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    /** One start's figures: window shown, first full frame, resident and peak memory (kB), phases. */
    private record Start(double shownMs, double drawnMs, double rssKb, double peakKb, String phases) {
    }

    private static double number(List<String> lines, String key) {
        for (String l : lines) {
            for (String part : l.split(" ")) {
                if (part.startsWith(key + "=")) {
                    try {
                        return Double.parseDouble(part.substring(key.length() + 1));
                    } catch (NumberFormatException e) {
                        return Double.NaN;
                    }
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Starts one contender, waits for it to end, and returns its figures counted from exec: the child counts
     * its phases from its JVM's start and prints the JVM's start on the wall clock, so the time a launcher
     * takes before the JVM starts is added here.
     */
    private static Start start(Contender c) throws Cli.CommandFailure {
        long spawned = System.currentTimeMillis();
        List<String> lines = runAtlasLines(c.command(), c.env(), List.of("window-shown-ms=", "first-map-ms=",
                "first-frame-ms=", "rss-kb=", "phases "));
        double jvmStart = number(lines, "jvm-start-epoch-ms");
        double offset = Double.isNaN(jvmStart) ? 0 : Math.max(0, jvmStart - spawned);
        StringBuilder phases = new StringBuilder("jvm-start=").append(Math.round(offset));
        lines.stream().filter(l -> l.startsWith("phases ")).findFirst().ifPresent(l -> {
            for (String part : l.substring(7).split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    phases.append(' ').append(part, 0, eq).append('=')
                            .append(Math.round(Double.parseDouble(part.substring(eq + 1)) + offset));
                }
            }
        });
        return new Start(number(lines, "window-shown-ms") + offset, number(lines, c.drawnKey()) + offset,
                number(lines, "rss-kb"), number(lines, "peak-rss-kb"), phases.toString());
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> f) {
        double[] v = starts.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? Double.NaN : percentile(v, 50);
    }

    private static double p95(List<Start> starts, java.util.function.ToDoubleFunction<Start> f) {
        double[] v = starts.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? Double.NaN : percentile(v, 95);
    }

    /** A program the start-up part times: its label, command, environment and the line of its full frame. */
    private record Contender(String label, List<String> command, Map<String, String> env, String drawnKey) {
    }

    /** The README's start: C1 only, with the class-data archive {@code mvn package} writes beside the jar. */
    static List<String> readmeOptions() {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        readmeArchive().ifPresent(a -> options.add("-XX:SharedArchiveFile=" + a));
        return options;
    }

    /** target/bri-atlas.jsa beside the running jar, where {@code mvn package} made it. */
    static java.util.Optional<Path> readmeArchive() {
        String first = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        Path jar = Path.of(first).toAbsolutePath();
        Path archive = jar.resolveSibling("bri-atlas.jsa");
        return first.endsWith(".jar") && Files.isRegularFile(archive) ? java.util.Optional.of(archive)
                : java.util.Optional.empty();
    }

    /**
     * The atlas (the README's start, and the installed launcher where {@code --app} names it) against a bare
     * JavaFX window, started in turn run by run, so that a noisy machine slows all alike: medians and p95 of
     * the time from exec to the window being shown and to the first fully drawn frame, the resident and peak
     * memory at idle a second later, their ratios to the bare window, and each atlas's phase timeline (its
     * median run's).
     */
    private void versusBareWindow(int runs, Path work, java.util.Optional<Path> app) throws Cli.CommandFailure {
        List<String> bare = new ArrayList<>();
        bare.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        bare.addAll(List.of("-XX:TieredStopAtLevel=1", "-Djavafx.cachedir=" + work.resolve("fx"), "-cp",
                System.getProperty("java.class.path"), "org.briatlas.app.BareWindow$Main"));
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("bare JavaFX window", bare, Map.of(), "first-frame-ms"));
        contenders.add(new Contender(readmeArchive().isPresent() ? "atlas, README start (C1, AppCDS)"
                : "atlas, README start (C1; no archive)", javaCommand(readmeOptions(), work), Map.of(), "first-map-ms"));
        app.ifPresent(a -> contenders.add(new Contender("atlas, installed launcher", List.of(a.toString()),
                probeEnv(work), "first-map-ms")));
        List<List<Start>> starts = new ArrayList<>();
        for (Contender c : contenders) {
            start(c);
            starts.add(new ArrayList<>());
        }
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < contenders.size(); k++) {
                starts.get(k).add(start(contenders.get(k)));
            }
        }
        out.printf(Locale.ROOT, "start-up against a bare JavaFX window, interleaved (n=%d each, after one warm-up "
                + "of each; ms from exec; memory at idle 1 s after the first full frame):%n", runs);
        out.printf(Locale.ROOT, "  %-36s %14s %14s %8s %12s%n", "", "window shown", "fully drawn", "RSS MB",
                "peak RSS MB");
        for (int k = 0; k < contenders.size(); k++) {
            List<Start> l = starts.get(k);
            out.printf(Locale.ROOT, "  %-36s %6.0f (p95 %4.0f) %5.0f (p95 %4.0f) %8.0f %12.0f%n",
                    contenders.get(k).label(), median(l, Start::shownMs), p95(l, Start::shownMs),
                    median(l, Start::drawnMs), p95(l, Start::drawnMs), median(l, Start::rssKb) / 1024,
                    median(l, Start::peakKb) / 1024);
        }
        List<Start> bares = starts.get(0);
        for (int k = 1; k < contenders.size(); k++) {
            List<Start> atlases = starts.get(k);
            out.printf(Locale.ROOT, "  ratios %s / bare window: shown %.2f (target <= 1.2), fully drawn %.2f, "
                            + "peak RSS %.2f (target <= 1.3)%n", contenders.get(k).label(),
                    median(atlases, Start::shownMs) / median(bares, Start::shownMs),
                    median(atlases, Start::drawnMs) / median(bares, Start::drawnMs),
                    median(atlases, Start::peakKb) / median(bares, Start::peakKb));
        }
        for (int k = 1; k < contenders.size(); k++) {
            List<Start> byDrawn = new ArrayList<>(starts.get(k));
            byDrawn.sort(java.util.Comparator.comparingDouble(Start::drawnMs));
            if (byDrawn.isEmpty()) {
                continue;
            }
            out.printf(Locale.ROOT, "  the start-up timeline of the %s (ms from exec, the median run; phases end "
                    + "in this order):%n", contenders.get(k).label());
            long before = 0;
            for (String part : byDrawn.get(byDrawn.size() / 2).phases().split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    long at = Long.parseLong(part.substring(eq + 1));
                    out.printf(Locale.ROOT, "    %-14s %6d ms  (+%d)%n", part.substring(0, eq), at, at - before);
                    before = at;
                }
            }
        }
    }

    /**
     * The interleaved comparison, then cold starts in three JVM configurations: plain {@code java}, the C1
     * compiler only, and C1 with the README's class-data archive (or one made by a training start here).
     */
    private void startup(int runs, java.util.Optional<Path> app) throws Cli.CommandFailure {
        Path work = tempDir();
        versusBareWindow(runs, work, app);
        out.printf(Locale.ROOT, "start-up to first fully drawn map (new JVM each run, window at its default size):%n");
        startupSeries("plain java", List.of(), runs, work);
        startupSeries("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), runs, work);
        Path archive = readmeArchive().orElse(work.resolve("atlas.jsa"));
        if (readmeArchive().isEmpty()) {
            // No archive beside the jar (built with -DskipCds): one training start makes one here.
            firstMap(javaCommand(List.of("-XX:ArchiveClassesAtExit=" + archive), work), work, false);
        }
        startupSeries("AppCDS + TieredStopAtLevel=1", List.of("-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1"), runs, work);
        panning(work);
    }

    private void startupSeries(String label, List<String> jvmOptions, int runs, Path work) throws Cli.CommandFailure {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = firstMap(javaCommand(jvmOptions, work), work, false);
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "  %-30s median %5.0f ms   p95 %5.0f ms   (n=%d)%n", label + ":", percentile(ms, 50),
                percentile(ms, 95), runs);
    }

    /** Pans the window with every layer on and prints the layout-and-draw time per frame. */
    private void panning(Path work) throws Cli.CommandFailure {
        Probe p = runAtlas(javaCommand(List.of("-Dbriatlas.panProbe=true"), work), Map.of(), "pan-frame-ms");
        if (p.line() != null) {
            out.println("panning with every layer on, layout-and-draw per frame: " + p.line());
        }
    }

    /**
     * Pans the window over a user's layer of 10^4 and 10^5 lines and of 10^6 points (each a new atlas with a
     * heap of at most 1 GB, the layer named on its command line), and prints the frame times and when the
     * layer was read and drawn.
     */
    private void userLayerPanning(Path scratch) throws Cli.CommandFailure {
        try {
            Path[] files = {SampleLayers.linesGeoJson(scratch.resolve("pan-lines-1e4.geojson"), 10_000, 20, 5),
                    SampleLayers.linesGeoJson(scratch.resolve("pan-lines-1e5.geojson"), 100_000, 20, 6),
                    SampleLayers.pointsGeoJson(scratch.resolve("pan-points-1e6.geojson"), 1_000_000, 7)};
            String[] labels = {"10^4 lines x 20", "10^5 lines x 20", "10^6 points"};
            out.println("panning over a user's layer (-Xmx1g, every layer on, the layer over the Heilongjiang view):");
            for (int i = 0; i < files.length; i++) {
                List<String> cmd = new ArrayList<>(javaCommand(List.of("-Xmx1g", "-Dbriatlas.panProbe=true",
                        "-Dbriatlas.panProbe.layers=1"), scratch));
                cmd.add(files[i].toString());
                List<String> lines = runAtlasLines(cmd, Map.of(), List.of("user-layers-ready-ms=", "pan-frame-ms"));
                out.printf(Locale.ROOT, "  %-18s %s%n", labels[i] + ":", lines.isEmpty() ? "no figures (did the "
                        + "atlas run out of memory?)" : String.join("   ", lines));
            }
        } catch (IOException e) {
            throw new Cli.CommandFailure("cannot write the sample layers: " + e.getMessage(), e);
        }
    }

    /** Starts the atlas, waits for it to end, and returns the lines it printed with any of the prefixes. */
    private static List<String> runAtlasLines(List<String> cmd, Map<String, String> env, List<String> prefixes)
            throws Cli.CommandFailure {
        List<String> found = new ArrayList<>();
        run(cmd, env, 300, l -> {
            if (prefixes.stream().anyMatch(l::startsWith)) {
                found.add(l);
            }
        });
        return found;
    }

    /** The first line a started atlas printed with a prefix, and the milliseconds until it came. */
    private record Probe(String line, double elapsedMs) {
    }

    /** Starts the atlas, waits for it to end, and returns the first line it printed with the prefix. */
    private static Probe runAtlas(List<String> cmd, Map<String, String> env, String prefix) throws Cli.CommandFailure {
        long t0 = System.nanoTime();
        String[] line = {null};
        double[] elapsed = {-1};
        run(cmd, env, 120, l -> {
            if (line[0] == null && l.startsWith(prefix)) {
                elapsed[0] = (System.nanoTime() - t0) / 1e6;
                line[0] = l;
            }
        });
        return new Probe(line[0], elapsed[0]);
    }

    /** Starts a process, hands each line it prints to {@code onLine} as it comes, and waits for it to end. */
    private static void run(List<String> cmd, Map<String, String> env, int seconds,
                            java.util.function.Consumer<String> onLine) throws Cli.CommandFailure {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    onLine.accept(l);
                }
            }
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new Cli.CommandFailure("cannot start the atlas: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cli.CommandFailure("interrupted", e);
        }
    }

    /** This JVM's java, with the options, starting the atlas from this class path. */
    private static List<String> javaCommand(List<String> jvmOptions, Path work) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-Dbriatlas.firstMapProbe=true", "-Dbriatlas.config.dir=" + work.resolve("config"),
                "-Djavafx.cachedir=" + work.resolve("fx"), "-cp", System.getProperty("java.class.path"),
                "org.briatlas.app.Launcher"));
        return cmd;
    }

    /**
     * Starts the atlas once and returns the milliseconds from process start to its first full map. An
     * installed launcher gets the probe through JAVA_TOOL_OPTIONS, which every JVM reads.
     */
    private double firstMap(List<String> cmd, Path work, boolean launcher) throws Cli.CommandFailure {
        Probe p = runAtlas(cmd, launcher ? probeEnv(work) : Map.of(), "first-map-ms=");
        if (p.line() == null) {
            throw new Cli.CommandFailure("the atlas window did not report a drawn map; is there a display "
                    + "(run under xvfb-run)?", null);
        }
        return p.elapsedMs();
    }

    /** The probe for an installed launcher, through JAVA_TOOL_OPTIONS, which every JVM reads. */
    private static Map<String, String> probeEnv(Path work) {
        return Map.of("JAVA_TOOL_OPTIONS", "-Dbriatlas.firstMapProbe=true -Dbriatlas.config.dir=" + work.resolve("config"));
    }
}
