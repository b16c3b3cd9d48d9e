package org.briatlas.app;

import javafx.application.Application;
import org.briatlas.cli.Cli;

/**
 * Entry point of the jar. With a command ({@code render}, {@code bench}, {@code help}) it runs headless
 * and exits with the command's status; with no arguments it opens the atlas window.
 * (A class that extends {@link Application} cannot start from the class path, hence this launcher.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
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
                System.setProperty("briatlas.lang", a.substring("--lang=".length()));
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
        Startup.begin();
        Application.launch(AtlasApplication.class, args);
    }
}
