package org.briatlas.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRewriteKeepsThePreviousVersionAndThePermissionsAndLeavesNoTemporaryFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path f = dir.resolve("tour.json");
        AtomicFiles.write(f, "one".getBytes());
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertEquals("one", Files.readString(AtomicFiles.backupOf(f)));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of("tour.json", "tour.json.bak"), names());
    }

    @Test
    void aFailedWriteLeavesTheFileAsItWas() throws IOException {
        Path f = dir.resolve("tour.json");
        AtomicFiles.write(f, "one".getBytes());
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("one", Files.readString(f));
        assertEquals(List.of("tour.json"), names());
    }

    @Test
    void aSymbolicLinkKeepsPointingWhereItPointedAndItsTargetIsWritten() throws IOException {
        Path real = Files.createDirectories(dir.resolve("dotfiles/atlas")).resolve("settings.json");
        AtomicFiles.write(real, "one".getBytes());
        Path config = Files.createDirectories(dir.resolve("config"));
        Path link = Files.createSymbolicLink(config.resolve("settings.json"),
                Path.of("../dotfiles/atlas/settings.json"));
        AtomicFiles.write(link, "two".getBytes());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("../dotfiles/atlas/settings.json"), Files.readSymbolicLink(link));
        assertEquals("two", Files.readString(real));
        assertEquals("one", Files.readString(real.resolveSibling("settings.json.bak")));
        assertTrue(Files.isSameFile(real.resolveSibling("settings.json.bak"), AtomicFiles.backupOf(link)));
        try (Stream<Path> s = Files.list(config)) {
            assertEquals(List.of(link), s.toList(), "nothing is written beside the link");
        }
    }

    @Test
    void aFileAndABackupLeftAsOneLinkedFileAreSavedWithoutStrayFiles() throws IOException {
        // What a kill between making the backup and replacing the file leaves: two names of one file.
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "one");
        Files.createLink(AtomicFiles.backupOf(f), f);
        AtomicFiles.write(f, "two".getBytes());
        assertEquals("two", Files.readString(f));
        assertEquals("one", Files.readString(AtomicFiles.backupOf(f)));
        assertEquals(List.of("settings.json", "settings.json.bak"), names());
    }

    @Test
    void aFolderInTheFilesPlaceIsNotReplaced() throws IOException {
        Path f = Files.createDirectories(dir.resolve("tour.json"));
        assertThrows(IOException.class, () -> AtomicFiles.write(f, "x".getBytes()));
        assertTrue(Files.isDirectory(f));
        assertEquals(List.of("tour.json"), names());
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.pid();
    }

    private Path stray(String name, Duration age) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "partial");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void theSweepRemovesTemporaryFilesOfEndedProcessesAndOldOnes() throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "current");
        long me = ProcessHandle.current().pid();
        long dead = deadPid();
        Duration fresh = Duration.ofSeconds(5);
        Duration old = Duration.ofHours(1);
        stray(".settings.json.tmp-" + dead + "-k2j3", fresh);
        stray(".settings.json.bak.tmp-" + dead + "-x9", fresh);
        stray(".settings.json.tmp-" + me + "-old1", old);
        stray(".settings.json.tmp-" + me + "-busy", fresh);
        stray(".settings.json.3kf8s0a.tmp", old);
        stray(".settings.json.9zzq.tmp", fresh);
        stray(".tour.json.tmp-" + dead + "-aa", fresh);
        stray("settings.json.tmp-" + dead + "-aa", old);
        assertEquals(4, AtomicFiles.sweepStaleTemporaries(f));
        assertEquals(List.of(".settings.json.9zzq.tmp", ".settings.json.tmp-" + me + "-busy",
                ".tour.json.tmp-" + dead + "-aa", "settings.json", "settings.json.tmp-" + dead + "-aa"), names());
        assertEquals(0, AtomicFiles.sweepStaleTemporaries(dir.resolve("missing/settings.json")));
    }

    @Test
    void temporaryFilesHaveARecognisableNameOfTheirProcess() throws IOException {
        Path f = dir.resolve("settings.json");
        List<String> seen = new java.util.ArrayList<>();
        AtomicFiles.write(f, out -> {
            seen.addAll(names());
            out.write("x".getBytes());
        });
        assertEquals(1, seen.size(), seen.toString());
        String expected = ".settings.json.tmp-" + ProcessHandle.current().pid() + "-";
        assertTrue(seen.get(0).startsWith(expected), seen.toString());
        assertFalse(names().contains(seen.get(0)));
    }
}
