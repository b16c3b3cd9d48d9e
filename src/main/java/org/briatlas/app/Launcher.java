package org.briatlas.app;

import javafx.application.Application;
import org.briatlas.cli.Cli;

import java.util.Locale;

/**
 * Entry point of the jar. With a command ({@code render}, {@code bench}, {@code help}) it runs headless
 * and exits with the command's status; with no arguments it opens the atlas window.
 * (A class that extends {@link Application} cannot start from the class path, hence this launcher.)
 */
public final class Launcher {

    /** What a start of the window without a display prints, on one line, before it exits with status 1. */
    static final String NO_DISPLAY = "bri-atlas: no display found; the atlas window needs a graphical desktop "
            + "(on Linux, an X11 or XWayland display named by DISPLAY). The headless commands work without one: "
            + "bri-atlas render, check-data, help.";

    private Launcher() {
    }

    public static void main(String[] args) {
        org.briatlas.timing.StartupTimeline.mark("main");
        // Before any JavaFX, AWT or Java2D class loads: the JVM's font and native-library caches go into the
        // atlas's cache folder, and Java2D never looks the host name up.
        OfflineJvm.prepare();
        // Options of the window, before any command:
        //   --lang=zh (or ru, en)  the interface language for this start;
        //   --tour=NAME|FILE       play a tour at once (a shipped one by name, e.g. five-links, or a tour file);
        //   --present              start in presentation mode (full screen, large type).
        int used = 0;
        while (used < args.length && args[used].startsWith("--")) {
            String a = args[used];
            if (a.startsWith("--lang=")) {
                String lang = a.substring("--lang=".length());
                String problem = Cli.languageProblem(lang);
                if (problem != null) {
                    System.exit(Cli.usageError(problem, System.err));
                }
                System.setProperty("briatlas.lang", lang);
            } else if (a.startsWith("--tour=")) {
                System.setProperty("briatlas.tour", a.substring("--tour=".length()));
            } else if (a.equals("--present")) {
                System.setProperty("briatlas.present", "true");
            } else {
                break;
            }
            used++;
        }
        args = java.util.Arrays.copyOfRange(args, used, args.length);
        if (Cli.isCommand(args)) {
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (displayMissing()) {
            System.err.println(NO_DISPLAY);
            System.exit(Cli.EXIT_FAILURE);
        }
        Startup.begin();
        try {
            Application.launch(AtlasApplication.class, args);
        } catch (UnsupportedOperationException e) {
            // GTK could not open the display that DISPLAY names (JavaFX: "Unable to open DISPLAY").
            if (e.getMessage() == null || !e.getMessage().contains("DISPLAY")) {
                throw e;
            }
            System.err.println(NO_DISPLAY);
            System.exit(Cli.EXIT_FAILURE);
        }
    }

    /**
     * True on Linux and the other X11 systems when no display is named: JavaFX's GTK window needs an X11 display
     * (XWayland on a Wayland desktop), whatever WAYLAND_DISPLAY says. Another glass platform (Monocle, in the
     * tests) needs none.
     */
    private static boolean displayMissing() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String platform = System.getProperty("glass.platform");
        if (os.contains("win") || os.contains("mac") || (platform != null && !platform.equalsIgnoreCase("gtk"))) {
            return false;
        }
        String display = System.getenv("DISPLAY");
        return display == null || display.isBlank();
    }
}
