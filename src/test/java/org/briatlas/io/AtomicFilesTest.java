package org.briatlas.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
}
