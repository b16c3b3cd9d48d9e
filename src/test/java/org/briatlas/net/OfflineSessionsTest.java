package org.briatlas.net;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whole sessions of the atlas, each in a JVM of its own started the way a user starts it (the launcher's
 * {@code main}, with none of the test JVM's system properties), with an empty home folder: a headless
 * {@code render} of a view, a headless {@code render --tour} (the slides, the same drawing as the window's
 * slide export), and the window itself on Monocle until its first map is drawn. Each must
 * <ul>
 *   <li>ask no proxy and look no host name up, {@code InetAddress.getLocalHost()} included (recorded in the
 *       child by {@link RecordingMain});</li>
 *   <li>under strace (where it is installed and may trace), make no connect or send to an IP address and
 *       read none of the C library's host-lookup files (see {@link SyscallLog} for exactly what counts);
 *       without strace the test is skipped after its other checks, and fails when {@code CI=true};</li>
 *   <li>write nothing into its home folder but {@code .config/bri-atlas} and {@code .cache/bri-atlas}
 *       (no {@code ~/.java/fonts}, no {@code ~/.openjfx}).</li>
 * </ul>
 */
class OfflineSessionsTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path scratch;

    enum Session {
        RENDER_VIEW, RENDER_TOUR, WINDOW
    }

    @ParameterizedTest
    @EnumSource(Session.class)
    void aWholeSessionNeverReachesTheNetworkAndKeepsToItsFolders(Session session) throws Exception {
        Path home = Files.createDirectories(scratch.resolve("home"));
        Path out = Files.createDirectories(scratch.resolve("out"));
        Path log = scratch.resolve("strace.log");
        List<String> strace = SyscallLog.straceCommand(log, scratch);

        List<String> cmd = new ArrayList<>();
        if (strace != null) {
            cmd.addAll(strace);
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("--add-opens=java.base/java.net=ALL-UNNAMED", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path")));
        List<String> args = switch (session) {
            case RENDER_VIEW -> List.of("render", "--view", "heilongjiang", "--size", "640x400",
                    "--out", out.resolve("view.png").toString());
            case RENDER_TOUR -> List.of("render", "--tour",
                    Path.of("assets/tours/rivers-and-air.json").toAbsolutePath().toString(),
                    "--out", out.resolve("slides").toString(), "--size", "480x300", "--lang", "zh");
            case WINDOW -> {
                // Surefire's Monocle properties (pom.xml), and the probe that exits after the first full map.
                cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1280x800-32", "-Djava.awt.headless=true",
                        "-Dbriatlas.firstMapProbe=true"));
                yield List.of();
            }
        };
        cmd.add(RecordingMain.class.getName());
        cmd.addAll(args);

        ProcessBuilder pb = new ProcessBuilder(cmd).directory(scratch.toFile())
                .redirectOutput(scratch.resolve("stdout.txt").toFile())
                .redirectError(scratch.resolve("stderr.txt").toFile());
        Map<String, String> env = pb.environment();
        for (String v : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "XDG_CONFIG_HOME",
                "XDG_CACHE_HOME", "XDG_DATA_HOME", "DISPLAY", "WAYLAND_DISPLAY")) {
            env.remove(v);
        }
        env.put("HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail(session + " did not end within " + TIMEOUT_SECONDS + " s; stderr:\n" + read("stderr.txt"));
        }
        String stdout = read("stdout.txt");
        String stderr = read("stderr.txt");
        String context = session + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        assertEquals(0, p.exitValue(), context);
        switch (session) {
            case RENDER_VIEW -> assertTrue(Files.size(out.resolve("view.png")) > 10_000, context);
            case RENDER_TOUR -> assertTrue(Files.exists(out.resolve("slides/stop-03.png")), context);
            case WINDOW -> assertTrue(stdout.contains("first-map-ms="), context);
        }

        if (Runtime.version().feature() == 17) {
            assertTrue(stderr.contains(RecordingMain.HOOKED), "the lookup recorder must run on Java 17\n" + context);
        }
        List<String> recorded = stderr.lines().filter(l -> l.startsWith(RecordingMain.MARK)
                && !l.equals(RecordingMain.HOOKED)).toList();
        List<String> stray = strayFiles(home);
        List<String> traced = strace == null ? List.of() : Files.readAllLines(log, StandardCharsets.UTF_8);
        // A file the session writes, to show that strace followed it (-f: the window writes from other threads).
        String written = switch (session) {
            case RENDER_VIEW, RENDER_TOUR -> out.toString();
            case WINDOW -> home.resolve(".config/bri-atlas").toString();
        };
        // Reported together: each is a check of its own.
        assertAll(
                () -> assertEquals(List.of(), recorded, "proxy or name lookups made by the session\n" + context),
                () -> assertEquals(List.of(), stray, "written into the home folder outside .config/bri-atlas and "
                        + ".cache/bri-atlas"),
                () -> assertTrue(strace == null || traced.stream().anyMatch(l -> l.contains(written)),
                        "the strace log " + log + " shows no access to " + written),
                () -> assertEquals(List.of(), SyscallLog.violations(traced),
                        "network system calls of " + session + " (strace log " + log + ")"));

        if (strace == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("strace is not installed or may not trace here, and CI=true: .ci/run installs it");
            }
            Assumptions.abort("strace is not installed or may not trace here: the proxy, name-service and home "
                    + "checks passed, the system-call check did not run");
        }
    }

    private String read(String name) throws IOException {
        Path f = scratch.resolve(name);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }

    /** Everything under the home folder but .config/bri-atlas and .cache/bri-atlas (and those two parents). */
    static List<String> strayFiles(Path home) throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            return all.filter(f -> !f.equals(home)).map(f -> home.relativize(f).toString().replace('\\', '/'))
                    .filter(r -> !r.equals(".config") && !r.equals(".cache")
                            && !r.equals(".config/bri-atlas") && !r.startsWith(".config/bri-atlas/")
                            && !r.equals(".cache/bri-atlas") && !r.startsWith(".cache/bri-atlas/"))
                    .sorted().toList();
        }
    }
}
