package org.briatlas.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Starting the window from the launcher, as a process of its own (the launcher ends the JVM with its exit
 * status), without Monocle: what a user sees when the window cannot open, or is asked for a language the atlas
 * does not have.
 */
class WindowStartTest {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path scratch;

    private record Result(int status, String stdout, String stderr) {
    }

    private Result launch(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("home"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Djavafx.cachedir=" + scratch.resolve("fx"),
                "-cp", System.getProperty("java.class.path"), "org.briatlas.app.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(scratch.toFile())
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        for (String v : List.of("DISPLAY", "WAYLAND_DISPLAY", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS")) {
            env.remove(v);
        }
        env.put("HOME", home.toString());
        env.putAll(extraEnv);
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("the launcher did not end within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), Files.readString(scratch.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(scratch.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void assertNoStackTrace(Result r) {
        assertFalse(r.stderr().lines().anyMatch(l -> l.contains("Exception") || l.contains("\tat ")
                || l.contains("at org.") || l.contains("at java.")), r.stderr());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndNamesTheHeadlessCommands() throws Exception {
        Result r = launch(Map.of());
        assertEquals(1, r.status(), r.stderr());
        List<String> lines = r.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.stderr());
        String line = lines.get(0);
        assertTrue(line.startsWith("bri-atlas: no display found; the atlas window needs a graphical desktop"), line);
        assertTrue(line.contains("DISPLAY") && line.contains("render") && line.contains("check-data"), line);
        assertNoStackTrace(r);
    }

    @Test
    void aDisplayThatCannotBeOpenedIsReportedTheSameWayWithoutAStackTrace() throws Exception {
        // JavaFX's own check: DISPLAY names an X server that is not there.
        Assumptions.assumeTrue(gtk3Installed(), "JavaFX reports an unreachable display only where GTK 3 is installed");
        Result r = launch(Map.of("DISPLAY", ":4711"));
        assertEquals(1, r.status(), r.stderr());
        assertTrue(r.stderr().contains("bri-atlas: no display found; the atlas window needs a graphical desktop"),
                r.stderr());
        assertNoStackTrace(r);
    }

    @Test
    void anUnknownWindowLanguageIsRefusedWithTheLanguagesTheAtlasHas() throws Exception {
        Result r = launch(Map.of(), "--lang=de");
        assertEquals(Cli.EXIT_USAGE, r.status(), r.stderr());
        assertTrue(r.stderr().startsWith("bri-atlas: unknown language 'de'; the atlas has en, zh, ru"), r.stderr());
        assertTrue(r.stderr().contains("Usage:"), r.stderr());
        assertNoStackTrace(r);
    }

    private static boolean gtk3Installed() {
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")) {
            if (Files.exists(Path.of(dir, "libgtk-3.so.0"))) {
                return true;
            }
        }
        return false;
    }
}
