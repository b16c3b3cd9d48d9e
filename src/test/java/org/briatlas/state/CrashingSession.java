package org.briatlas.state;

import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryTest}: makes a user's session with three files, autosaving to the
 * given file, says "ready" and waits to be killed (with kill -9, SIGKILL: no shutdown hook runs).
 */
public final class CrashingSession {

    private CrashingSession() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        AtlasModel m = TestModels.loaded();
        m.workspace().autosaveTo(Path.of(args[1]));
        OwnData.makeSession(m, OwnData.write(dir.resolve("data")), dir.resolve("lesson.json"));
        System.out.println("ready");
        System.out.flush();
        // Waits for the kill: the parent never writes.
        System.in.read();
    }
}
