package org.briatlas.tour;

import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.AtomicFiles;
import org.briatlas.io.TourFile;
import org.briatlas.model.AtlasData;
import org.briatlas.model.Tour;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TourFileTest {

    /** The tours the atlas offers (a test below checks them against the folder). */
    static final List<String> SHIPPED = org.briatlas.state.Classroom.SHIPPED_TOURS;

    private static Tour shipped(String name) throws Exception {
        try (InputStream in = TourFileTest.class.getResourceAsStream("/tours/" + name)) {
            assertNotNull(in, name);
            return TourFile.read(in, name);
        }
    }

    @Test
    void shippedToursReadAndPointAtRealFeaturesInAllThreeLanguages() throws Exception {
        AtlasData data = new AtlasDataReader().read(AtlasDataReader.shipped());
        for (String name : SHIPPED) {
            Tour t = shipped(name);
            assertTrue(t.stops().size() >= 3, name);
            for (Tour.Stop s : t.stops()) {
                for (String lang : List.of("en", "zh", "ru")) {
                    assertTrue(s.caption().containsKey(lang), name + " caption in " + lang);
                }
                if (s.feature() != null) {
                    assertTrue(data.byId(s.feature()).isPresent(), name + ": no feature " + s.feature());
                }
            }
        }
        assertEquals(9, shipped("five-links.json").stops().size());
        try (var files = java.nio.file.Files.list(Path.of("assets/tours"))) {
            assertEquals(new java.util.TreeSet<>(SHIPPED), files.map(f -> f.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), "every tour file is shipped");
        }
    }

    @Test
    void theChannelToursTogetherShowEveryChannelOfTable2() throws Exception {
        java.util.Set<String> shown = new java.util.TreeSet<>();
        for (String name : SHIPPED) {
            if (!name.equals("five-links.json")) {
                shipped(name).stops().forEach(s -> shown.addAll(s.layers()));
            }
        }
        for (org.briatlas.model.AtlasLayer l : org.briatlas.model.AtlasLayer.values()) {
            if (l.isChannel()) {
                assertTrue(shown.contains(l.id()), l.id() + " has no channel tour");
            }
        }
    }

    @Test
    void toursRoundTripAndKeepTheirBackup(@TempDir Path dir) throws Exception {
        Tour t = shipped("five-links.json");
        Path file = dir.resolve("my-tour.json");
        TourFile.write(file, t);
        assertEquals(t, TourFile.read(file));
        Tour shorter = new Tour(t.title(), t.stops().subList(0, 2));
        TourFile.write(file, shorter);
        assertEquals(shorter, TourFile.read(file));
        assertEquals(t, TourFile.read(AtomicFiles.backupOf(file)), "the previous version is kept");
    }

    private static void checkBad(Path dir, String json, String expected) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, json);
        TourFile.TourFileException e = assertThrows(TourFile.TourFileException.class, () -> TourFile.read(f));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTourFileThatCannotBeReadIsReportedWithTheReason(@TempDir Path dir) throws IOException {
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[", "line 1, column ");
        checkBad(dir, "{\"format\":\"something\"}", "not a tour file");
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":2,\"stops\":[]}", "unknown tour format version 2");
        checkBad(dir, "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[]}", "at least one stop");
        String stop = "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[{\"view\":{\"lon\":127,\"lat\":48,"
                + "\"zoom\":%s},\"caption\":{\"en\":\"x\"}%s}]}";
        checkBad(dir, String.format(stop, "14", ""), "stop 1: \"zoom\" = 14.0 is outside 2.0 to 10.0");
        checkBad(dir, String.format(stop, "6", ",\"layers\":[\"teleport\"]"), "stop 1: unknown layer \"teleport\"");
        checkBad(dir, String.format(stop, "6", ",\"year\":1999"), "\"year\" = 1999.0 is outside");
        checkBad(dir, String.format(stop, "1e400", ""), "stop 1: \"zoom\" = Infinity is outside 2.0 to 10.0");
        assertThrows(TourFile.TourFileException.class, () -> TourFile.read(dir.resolve("missing.json")));
    }

    private static final String ONE_STOP = "{\"format\":\"bri-atlas-tour\",\"version\":1,\"stops\":[{\"view\":"
            + "{\"lon\":%s,\"lat\":%s,\"zoom\":6},\"caption\":{\"en\":\"x\"}}]}";

    @Test
    void aStopsViewFollowsTheMapsOwnRule(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("edge.json");
        double edge = org.briatlas.geo.WebMercator.MAX_LATITUDE;
        Files.writeString(f, String.format(java.util.Locale.ROOT, ONE_STOP, "180", "-" + edge));
        Tour.Stop s = TourFile.read(f).stops().get(0);
        new org.briatlas.geo.MapViewpoint(s.lon(), s.lat(), s.zoom());
        checkBad(dir, String.format(ONE_STOP, "128", "85.06"), "\"lat\" = 85.06 is outside");
        checkBad(dir, String.format(ONE_STOP, "-180.5", "45"), "\"lon\" = -180.5 is outside -180.0 to 180.0");
    }

    private static void checkRefused(Path file, String expected) {
        TourFile.TourFileException e = assertThrows(TourFile.TourFileException.class, () -> TourFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTourThatIsNotARegularFileOrTooLargeIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        if (Files.exists(zero)) {
            checkRefused(zero, "is a character device, not a regular file");
        }
        checkRefused(Files.createDirectories(dir.resolve("folder.json")), "is a folder, not a regular file");
        Path large = dir.resolve("large.json");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(TourFile.MAX_BYTES + 1);
        }
        checkRefused(large, "is 16777217 bytes; a tour file may have at most 16 MiB");
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return; // No mkfifo here: the named pipe case is left out.
        }
        assertTrue(mkfifo.waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
        if (mkfifo.exitValue() == 0) {
            Throwable[] thrown = new Throwable[1];
            Thread reader = new Thread(() -> thrown[0] = assertThrows(TourFile.TourFileException.class,
                    () -> TourFile.read(fifo)), "read-fifo");
            reader.setDaemon(true);
            reader.start();
            reader.join(20_000);
            if (reader.isAlive()) {
                Files.newOutputStream(fifo).close();
                throw new AssertionError("TourFile.read opened the named pipe and waited for a writer");
            }
            assertTrue(thrown[0].getMessage().contains("is a named pipe, not a regular file"), thrown[0].getMessage());
        }
    }

    @Test
    void aStreamLongerThanTheLimitIsNotReadToItsEnd() {
        long[] served = new long[1];
        // 64 MiB of spaces (valid JSON white space), given out a block at a time.
        InputStream spaces = new InputStream() {
            @Override
            public int read() {
                return served[0]++ < (64L << 20) ? ' ' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = (int) Math.min(len, (64L << 20) - served[0]);
                if (n <= 0) {
                    return -1;
                }
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                served[0] += n;
                return n;
            }
        };
        TourFile.TourFileException e = assertThrows(TourFile.TourFileException.class,
                () -> TourFile.read(spaces, "endless.json"));
        assertTrue(e.getMessage().contains("endless.json is larger than 16 MiB, the most a tour file may have"),
                e.getMessage());
        assertTrue(served[0] <= TourFile.MAX_BYTES + (1 << 20), "stopped reading near the limit: " + served[0]);
    }
}
