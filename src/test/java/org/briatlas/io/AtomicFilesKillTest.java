package org.briatlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills a process that saves a file in a loop ({@link SaveLoop}) with SIGKILL at random moments, and after each
 * kill checks that the file and its backup are each a complete version, one generation apart at most, and that
 * what the killed process left behind is bounded and swept away.
 */
class AtomicFilesKillTest {

    /** Kills in all, half with hard-linked backups and half with copied ones. */
    private static final int KILLS = 200;
    /** The longest random delay between the child's "ready" and its kill. */
    private static final int MAX_DELAY_MS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A version as read back: its generation, or an assertion failure saying why it is not complete. */
    private static long generationOf(Path file, String what) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError(what + " is not a complete version (" + bytes.length + " bytes): "
                    + e.getMessage(), e);
        }
        assertTrue(root != null && root.path("end").asBoolean(false), what + " has no end: " + bytes.length + " bytes");
        long g = root.path("generation").asLong(-1);
        String padding = root.path("padding").asText();
        assertEquals(SaveLoop.paddingLength(g), padding.length(), what + " padding of generation " + g);
        assertEquals(SaveLoop.paddingLength(g), root.path("size").asInt(), what + " size");
        assertTrue(padding.chars().allMatch(c -> c == SaveLoop.paddingLetter(g)), what + " mixes versions");
        return g;
    }

    private List<Path> temporaries() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    private static long pidOf(Path temporary) {
        String name = temporary.getFileName().toString();
        String rest = name.substring(name.indexOf(".tmp-") + ".tmp-".length());
        return Long.parseLong(rest.substring(0, rest.indexOf('-')));
    }

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void aSaveKilledAtAnyMomentLeavesTheFileAndItsBackupComplete() throws Exception {
        Path file = dir.resolve("settings.json");
        Path backup = AtomicFiles.backupOf(file);
        Files.write(file, SaveLoop.version(0));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        Random random = new Random(20240601L);
        long fileGeneration = 0;
        long saves = 0;
        int killedBeforeFirstSave = 0;
        // Where the kills fell, as far as what they left shows it.
        int leftTemporary = 0;
        int leftBackupTemporary = 0;
        int leftTwins = 0;
        long started = System.nanoTime();
        long startingNanos = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            String mode = kill % 2 == 0 ? "link" : "copy";
            long launched = System.nanoTime();
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m",
                    "-XX:-UsePerfData", "-cp", classpath, SaveLoop.class.getName(), file.toString(),
                    Long.toString(fileGeneration + 1), mode)
                    .redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                String line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return "cannot read the child's output: " + e;
                    }
                }).get(20, TimeUnit.SECONDS);
                if (!"ready".equals(line)) {
                    fail("the saving process did not start: " + line);
                }
                startingNanos += System.nanoTime() - launched;
                // Lets it save for a random while; returns early only if it died by itself.
                if (child.waitFor(random.nextInt(MAX_DELAY_MS + 1), TimeUnit.MILLISECONDS)) {
                    fail("the saving process ended by itself with status " + child.exitValue() + ": "
                            + new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                child.destroyForcibly();
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), "killed process did not end");
            }
            String after = " after kill " + (kill + 1) + " (" + mode + ")";
            long g = generationOf(file, "the file" + after);
            assertTrue(g >= fileGeneration, "the file went back from " + fileGeneration + " to " + g + after);
            if (g == fileGeneration) {
                killedBeforeFirstSave++;
            }
            saves += g - fileGeneration;
            fileGeneration = g;
            try {
                long b = generationOf(backup, "the backup" + after);
                assertTrue(b == g || b == g - 1, "the backup is generation " + b + ", the file " + g + after);
                if (b == g) {
                    leftTwins++;
                }
            } catch (NoSuchFileException e) {
                assertEquals(0, g, "the backup is missing" + after);
            }
            List<Path> left = temporaries();
            assertTrue(left.size() <= 2, "one save leaves at most two temporary files" + after + ": " + left);
            if (left.stream().anyMatch(p -> p.getFileName().toString().startsWith(".settings.json.tmp-"))) {
                leftTemporary++;
            }
            if (left.stream().anyMatch(p -> p.getFileName().toString().startsWith(".settings.json.bak.tmp-"))) {
                leftBackupTemporary++;
            }
        }
        AtomicFiles.sweepStaleTemporaries(file);
        List<Path> left = new ArrayList<>(temporaries());
        left.removeIf(p -> ProcessHandle.of(pidOf(p)).isPresent());
        assertEquals(List.of(), left, "temporary files of killed processes are swept");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%d kills in %d ms (%d ms of it starting the processes); %d versions saved; %d kills "
                + "before the first save of a run completed; kills left a new version's temporary file %d times, "
                + "a backup's temporary file %d times, the file and its backup as one version %d times%n", KILLS,
                millis, startingNanos / 1_000_000, saves, killedBeforeFirstSave, leftTemporary,
                leftBackupTemporary, leftTwins);
        assertTrue(saves > KILLS, "the kills fell during saves, not only before the first: " + saves + " saves");
    }
}
