package org.briatlas.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Saves on a full disk and into a read-only folder. The full disk is a small tmpfs mounted under the test's
 * own temporary folder, so that nothing outside it fills up; mounting needs root, and the test is skipped
 * without it, except on CI (CI=true) as root, where it must run.
 */
class AtomicFilesDiskTest {

    private static final int PAGE = 4096;
    private static final long TMPFS_BYTES = 256 * 1024;

    @TempDir
    Path dir;

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not end");
        }
        if (p.exitValue() != 0) {
            System.err.println(String.join(" ", command) + ": " + out.strip());
        }
        return p.exitValue();
    }

    /** Mounts a small tmpfs on {@code mountPoint}, or skips (fails on CI as root) when that is not allowed. */
    private static void mountSmallDisk(Path mountPoint, String options) throws Exception {
        Files.createDirectories(mountPoint);
        int status;
        try {
            status = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mountPoint.toString());
        } catch (IOException e) {
            status = -1;
        }
        if (status != 0) {
            String why = "cannot mount a small tmpfs (needs root and a system that allows mounting)";
            if ("true".equals(System.getenv("CI")) && isRoot()) {
                fail(why + " on CI as root, where this test must run");
            }
            abort(why + "; the full-disk test is skipped");
        }
        // Never fill anything but the small disk just mounted.
        var store = Files.getFileStore(mountPoint);
        if (!"tmpfs".equals(store.type()) || store.getTotalSpace() > 4 * TMPFS_BYTES) {
            run("umount", mountPoint.toString());
            fail(mountPoint + " is not the small tmpfs (" + store.type() + ", " + store.getTotalSpace() + " bytes)");
        }
    }

    private static void unmount(Path mountPoint) throws Exception {
        if (run("umount", mountPoint.toString()) != 0) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    private static byte[] version(int generation, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ('a' + generation % 26));
        byte[] head = ("v" + generation + ":").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        return b;
    }

    /** Grows the filler until the disk is full, then frees {@code pages} pages of it. */
    private static void leaveFree(Path filler, int pages) throws IOException {
        try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.position(ch.size());
            ByteBuffer page = ByteBuffer.allocate(PAGE);
            // Bounded: the disk holds TMPFS_BYTES, so the loop ends long before this many pages.
            for (int i = 0; i < 2 * TMPFS_BYTES / PAGE; i++) {
                page.clear();
                try {
                    ch.write(page);
                } catch (IOException full) {
                    assertTrue(String.valueOf(full.getMessage()).contains("No space left"), full.toString());
                    ch.truncate(Math.max(0, (ch.size() / PAGE - pages) * PAGE));
                    return;
                }
            }
            fail("the small disk never filled up");
        }
    }

    private static byte[] contentOf(Path file, String where) throws IOException {
        if (!Files.exists(file)) {
            fail(where + ": " + file.getFileName() + " is gone");
        }
        return Files.readAllBytes(file);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDiskFullAtEveryStageOfASaveKeepsTheFileAndItsBackupWhole() throws Exception {
        Path disk = dir.resolve("small-disk");
        mountSmallDisk(disk, "size=256k");
        try {
            for (boolean link : new boolean[] {true, false}) {
                checkFullDisk(disk, link);
            }
        } finally {
            unmount(disk);
        }
    }

    private static void checkFullDisk(Path disk, boolean link) throws IOException {
        String mode = link ? "linked backup" : "copied backup";
        Path file = disk.resolve("settings.json");
        Path backup = AtomicFiles.backupOf(file);
        Path filler = disk.resolve("filler");
        int failures = 0;
        int successes = 0;
        int generation = 0;
        // Sizes in pages of the new version, the file and its backup: a new version larger or smaller than the
        // file, and a file larger than its backup (so that removing the backup first would not make room).
        int[][] cases = {{3, 5, 1}, {5, 3, 2}, {1, 6, 1}, {6, 1, 4}};
        for (int[] c : cases) {
            // Every free space from none to more than the save can need: the save runs out of space while
            // writing the new version, while copying the backup, or not at all.
            for (int freePages = 0; freePages <= c[0] + c[1] + 2; freePages++) {
                Files.deleteIfExists(filler);
                byte[] backupBefore = version(generation++, c[2] * PAGE - 10);
                byte[] before = version(generation++, c[1] * PAGE - 10);
                Files.write(backup, backupBefore);
                Files.write(file, before);
                leaveFree(filler, freePages);
                byte[] next = version(generation++, c[0] * PAGE - 10);
                String where = mode + ", " + freePages + " pages free, pages new/file/backup " + Arrays.toString(c);
                try {
                    AtomicFiles.write(file, out -> out.write(next), link);
                    successes++;
                    assertArrayEquals(next, contentOf(file, where), where);
                    assertArrayEquals(before, contentOf(backup, where), where + ": the backup is the previous version");
                } catch (IOException e) {
                    failures++;
                    assertTrue(String.valueOf(e.getMessage()).contains("No space left on device"), where + ": " + e);
                    assertArrayEquals(before, contentOf(file, where), where + ": the file is untouched");
                    assertArrayEquals(backupBefore, contentOf(backup, where), where + ": the backup is untouched");
                }
                assertEquals(List.of("filler", "settings.json", "settings.json.bak"), names(disk),
                        where + ": no temporary file is left");
            }
        }
        assertTrue(failures >= 10 && successes >= 10, mode + ": " + failures + " saves failed, " + successes
                + " succeeded; both should happen often");
        System.out.printf("full disk, %s: %d saves failed for want of space, %d succeeded%n", mode, failures,
                successes);
    }

    @Test
    void aSaveIntoAReadOnlyFolderFailsAndChangesNothing() throws Exception {
        Path folder = dir.resolve("read-only");
        Path file = folder.resolve("tour.json");
        boolean mounted = false;
        if (isRoot()) {
            // Root writes through permissions; only a read-only file system stops it.
            mountSmallDisk(folder, "size=64k");
            mounted = true;
        } else {
            Files.createDirectories(folder);
        }
        try {
            AtomicFiles.write(file, "one".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(file, "two".getBytes(StandardCharsets.UTF_8));
            if (mounted) {
                assertEquals(0, run("mount", "-o", "remount,ro", folder.toString()), "remount read-only");
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            IOException e = assertThrows(IOException.class,
                    () -> AtomicFiles.write(file, "three".getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "the error says why: " + e);
            assertEquals("two", Files.readString(file));
            assertEquals("one", Files.readString(AtomicFiles.backupOf(file)));
            assertEquals(List.of("tour.json", "tour.json.bak"), names(folder));
        } finally {
            if (mounted) {
                unmount(folder);
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
