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
        // --lang=zh (or ru, en) chooses the interface language of the window for this start.
        if (args.length > 0 && args[0].startsWith("--lang=")) {
            System.setProperty("briatlas.lang", args[0].substring("--lang=".length()));
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        if (Cli.isCommand(args)) {
            System.setProperty("java.awt.headless", "true");
            System.exit(Cli.run(args, System.out, System.err));
        }
        Startup.begin();
        Application.launch(AtlasApplication.class, args);
    }
}
