package org.briatlas.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The atlas's headless commands, run from the same jar as the window:
 * {@code java -jar bri-atlas.jar <command> [options]}. Opens no window and needs no display.
 */
public final class Cli {

    /** Exit status for a command line the atlas does not understand. */
    public static final int EXIT_USAGE = 2;
    /** Exit status for a command that understood its arguments but failed. */
    public static final int EXIT_FAILURE = 1;

    static final String USAGE = """
            Usage: java -jar bri-atlas.jar [window options] [FILE...]  start the atlas window, each file a layer
                   java -jar bri-atlas.jar render [options]  draw a map view to a PNG file, without a window
                   java -jar bri-atlas.jar bench [options]   print base-map drawing and start-up timings
                   java -jar bri-atlas.jar render --tour FILE --out FOLDER [--lang en|zh|ru]  one slide per tour stop
                   java -jar bri-atlas.jar check-data        list the paper's printed figures that do not add up
                   java -jar bri-atlas.jar inspect FILE [--json]  describe a GeoJSON file and list its problems
                   java -jar bri-atlas.jar route --from PLACE --to PLACE [options]  shortest ways over the corridors
                   java -jar bri-atlas.jar measure --points LON,LAT;LON,LAT;... [--json]  geodesic lengths
                   java -jar bri-atlas.jar near (--feature ID | --point LON,LAT) --km N [--json]  what lies near
                   java -jar bri-atlas.jar crossings [--json]  the corridors' border crossings
                   java -jar bri-atlas.jar claims [--json]   the paper's distance savings beside the atlas's
                   java -jar bri-atlas.jar help              show this text

            window options:
              --lang=en|zh|ru    the interface language for this start (saved when chosen in the window)
              --tour=NAME|FILE   play a tour at once: five-links, transport, energy-and-information,
                                 rivers-and-air or a tour file
              --present          start in presentation mode (full screen, large type; Esc leaves)

            render options:
              --view NAME        a named view: %s (default heilongjiang)
              --center LON,LAT   centre of the view in degrees, instead of --view (needs --zoom)
              --zoom Z           zoom level 2 to 10 (with --center; with --view it overrides the fitted zoom)
              --size WxH         image size in pixels, 64x64 to 8192x8192 (default 1600x1000)
              --scale S          pixel density, 1 to 4 (default 1; 2 for HiDPI slides)
              --out FILE         the PNG file to write (required; its folder must exist)
              --no-labels        leave out the city and water names
              --lang en|zh|ru    the language of the names, the legend and the source line (default en)
              --layers all|none|ID,ID...  the layers to draw, ids as in tour files: land-sea, railway, highway,
                                 water, aviation, pipeline, grid, cable, places, confucius-institutes,
                                 ecommerce (default all)
              --year Y           2006 to 2018: countries shaded by that year's trade, routes not yet open
                                 faint (default 2018)
              --select ID        halo a feature, e.g. pipe-east-line-gas (its layer must be drawn)
              --legend           draw a legend of the layers and the shading
              --title TEXT       a title at the top (at most 160 characters; longer is cut)
              --workspace FILE   draw a saved workspace: its view, layers, user files, year and selection
                                 (--view, --center, --zoom, --layers, --year and --select override it)
              --add-layer FILE   draw a GeoJSON file of your own over the map (may be given more than once)
            The source line is always drawn.

            route options:
              --from PLACE, --to PLACE  a place id or any of its names (English, Chinese, Russian), e.g. Harbin,
                                 Busan, 绥芬河; a word that names one place is enough; or a point LON,LAT,
                                 snapped to the network's nearest node within 50 km
              --via PLACE        a place to pass on the way (may be given more than once, in order)
              --modes LIST       the modes allowed: rail, road, sea, river, air (default all)
              --alternatives K   up to K other routes beside the shortest, 0 to 3 (default 0)
              --json             print JSON instead of a table (also for measure)

            bench options:
              --samples N        tiles drawn per zoom level (default 200)
              --startup-runs N   timed starts of the atlas window (default 5; 0 to skip; needs a display)
              --app LAUNCHER     also time an installed atlas, e.g. /opt/bri-atlas/bin/bri-atlas
            """;

    private Cli() {
    }

    /** True if the first argument names a headless command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].isEmpty() && !isLayerFile(args[0]);
    }

    /** True for an argument that names a file to open in the window: one that exists, or a layer's ending. */
    static boolean isLayerFile(String arg) {
        if (org.briatlas.io.AtlasDataReader.isLayerFile(arg)) {
            return true;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Runs a command and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "render" -> new RenderCommand(out).run(rest);
                case "bench" -> new BenchCommand(out).run(rest);
                case "check-data" -> new CheckDataCommand(out).run(rest);
                case "inspect" -> new InspectCommand(out).run(rest);
                case "route" -> new RouteCommand(out).run(rest);
                case "measure" -> new MeasureCommand(out).run(rest);
                case "near" -> new NearCommand(out).run(rest);
                case "crossings" -> new CrossingsCommand(out).run(rest);
                case "claims" -> new ClaimsCommand(out).run(rest);
                case "help", "--help", "-h" -> {
                    out.print(usage());
                    yield 0;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        } catch (CommandFailure e) {
            err.println("bri-atlas: " + e.getMessage());
            return EXIT_FAILURE;
        }
    }

    /** Prints why a command line cannot be acted on, then the usage, and returns {@link #EXIT_USAGE}. */
    public static int usageError(String message, PrintStream err) {
        err.println("bri-atlas: " + message);
        err.println();
        err.print(usage());
        return EXIT_USAGE;
    }

    /** Why {@code lang} is not a language of the atlas (for {@code --lang}), or null if it is one. */
    public static String languageProblem(String lang) {
        List<String> known = org.briatlas.model.AppSettings.LANGUAGES;
        return known.contains(lang) ? null : "unknown language '" + lang + "'; the atlas has " + String.join(", ", known);
    }

    static String usage() {
        return String.format(USAGE, org.briatlas.geo.NamedView.ids());
    }

    /** A command that could not do its work; the message is for the user. */
    static final class CommandFailure extends Exception {
        CommandFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
