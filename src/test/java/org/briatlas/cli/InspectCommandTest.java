package org.briatlas.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InspectCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static final String SAMPLE = """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "id": "route", "properties": {"name": "Harbin - Jiamusi", "km": 507.5, "lanes": 4},
             "geometry": {"type": "LineString", "coordinates": [[126.65, 45.75], [130.31, 46.8]]}},
            {"type": "Feature", "id": "swapped", "properties": {"name": "Wrong way round"},
             "geometry": {"type": "Point", "coordinates": [45.75, 126.65]}},
            {"type": "Feature", "properties": {"name": "Suifenhe", "lanes": null, "code": 12345678901234567890},
             "geometry": {"type": "Point", "coordinates": [131.15, 44.40]}},
            {"type": "Feature", "id": "office", "properties": {"name": "Head office", "open": true},
             "geometry": null},
            {"type": "Feature", "id": "p2", "properties": {"name": "Harbin", "km": 3, "tags": ["a"], "x": {}},
             "geometry": {"type": "Point", "coordinates": [126.65, 45.75]}}
            ]}
            """;

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String outText() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sample() throws IOException {
        Path f = dir.resolve("sample.geojson");
        Files.writeString(f, SAMPLE);
        return f;
    }

    @Test
    void printsFormatCountsBoundsPropertiesAndProblems() throws IOException {
        assertEquals(0, run("inspect", sample().toString()), errText());
        String text = outText();
        assertTrue(text.contains("Format: GeoJSON (RFC 7946)"), text);
        assertTrue(text.contains("Features: 4"), text);
        assertTrue(text.contains("  LineString: 1\n"), text);
        assertTrue(text.contains("  Point: 2\n"), text);
        assertTrue(text.contains("  no location: 1\n"), text);
        assertTrue(text.contains("Bounds: (126.65, 44.4) - (131.15, 46.8)"), text);
        assertTrue(text.contains("  name: string\n"), text);
        assertTrue(text.contains("  km: number\n"), text);
        assertTrue(text.contains("  lanes: integer|null\n"), text);
        assertTrue(text.contains("  code: integer\n"), text);
        assertTrue(text.contains("  open: boolean\n"), text);
        assertTrue(text.contains("  tags: array\n"), text);
        assertTrue(text.contains("  x: object\n"), text);
        assertTrue(text.contains("Problems (1):\n  line 4, feature 1 (id swapped): latitude 126.65 is outside"), text);
        assertEquals("", errText());
    }

    @Test
    void printsJson() throws IOException {
        assertEquals(0, run("inspect", sample().toString(), "--json"), errText());
        JsonNode json = new ObjectMapper().readTree(outText());
        assertEquals("geojson", json.get("format").asText());
        assertEquals(4, json.get("features").asInt());
        assertEquals(1, json.get("byGeometry").get("LineString").asInt());
        assertEquals(2, json.get("byGeometry").get("Point").asInt());
        assertEquals("[126.65,44.4,131.15,46.8]", json.get("bounds").toString());
        assertEquals("string", json.get("properties").get("name").asText());
        assertEquals("integer|null", json.get("properties").get("lanes").asText());
        JsonNode problem = json.get("problems").get(0);
        assertEquals(4, problem.get("line").asInt());
        assertEquals(1, problem.get("index").asInt());
        assertEquals("swapped", problem.get("id").asText());
        assertTrue(problem.get("reason").asText().contains("swapped?"), problem.toString());
        assertEquals(1, json.get("problems").size());
        assertEquals(1, json.get("unlocated").asInt());
    }

    @Test
    void aSequenceIsNamedAsOne() throws IOException {
        Path f = dir.resolve("seq.geojsons");
        Files.writeString(f, "\u001e{\"type\":\"Point\",\"coordinates\":[1,2]}\n"
                + "\u001e{\"type\":\"Point\",\"coordinates\":[3,4]}\n");
        assertEquals(0, run("inspect", "--json", f.toString()), errText());
        JsonNode json = new ObjectMapper().readTree(outText());
        assertEquals("geojsonseq", json.get("format").asText());
        assertEquals(2, json.get("byGeometry").get("Point").asInt());
        assertEquals("[1.0,2.0,3.0,4.0]", json.get("bounds").toString());
    }

    private void checkUnreadable(String expected, String file) {
        err.reset();
        out.reset();
        assertEquals(Cli.EXIT_FAILURE, run("inspect", file), errText());
        String e = errText();
        assertTrue(e.contains(expected), e);
        assertEquals(1, e.strip().lines().count(), "one line: " + e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        assertEquals("", outText());
    }

    @Test
    void aFileThatCannotBeReadAtAllExitsWithOne() throws IOException {
        checkUnreadable("no such file", dir.resolve("missing.geojson").toString());
        checkUnreadable("is a folder", dir.toString());
        Path png = dir.resolve("picture.geojson");
        Files.write(png, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        checkUnreadable("picture.geojson, line 1, column 1: not valid UTF-8", png.toString());
        Path empty = dir.resolve("empty.geojson");
        Files.write(empty, new byte[0]);
        checkUnreadable("empty.geojson: the file is empty", empty.toString());
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[1, 2, 3]");
        checkUnreadable("array.json, line 1, column 1: not GeoJSON: the file holds an array", array.toString());
    }

    @Test
    void specialFilesAreRefusedWithoutBeingOpened() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        checkUnreadable("/dev/zero is not a regular file", zero.toString());
        Path fifo = dir.resolve("pipe.geojson");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        // Opening a FIFO for reading blocks until a writer comes: a refusal that returns proves it was not opened.
        checkUnreadable("pipe.geojson is not a regular file", fifo.toString());
    }

    @Test
    void aReadingThatTakesTooLongIsStoppedAndItsFileClosed() throws Exception {
        Path f = sample();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicReference<InputStream> stream = new AtomicReference<>();
        InspectCommand.Reading stuck = (in, name) -> {
            stream.set(in);
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            } finally {
                stopped.countDown();
            }
            throw new InterruptedIOException("stopped");
        };
        InspectCommand inspect = new InspectCommand(new PrintStream(out, true, StandardCharsets.UTF_8), stuck,
                size -> Duration.ofMillis(300), 1 << 20);
        Cli.CommandFailure failure = assertThrows(Cli.CommandFailure.class, () -> inspect.run(List.of(f.toString())));
        assertEquals("timed out after 0.3 s reading " + f, failure.getMessage());
        assertTrue(stopped.await(10, TimeUnit.SECONDS), "the reading thread ended");
        assertTrue(interrupted.get(), "the reading thread was interrupted");
        assertThrows(IOException.class, () -> stream.get().read(), "the file was closed");
        assertEquals("", outText());
    }

    @Test
    void theTimeLimitGrowsWithTheFile() {
        assertEquals(Duration.ofSeconds(10), InspectCommand.timeLimit(0));
        assertEquals(Duration.ofSeconds(11), InspectCommand.timeLimit(10_000_000));
        assertEquals(Duration.ofSeconds(12), InspectCommand.timeLimit(10_000_001));
        assertEquals(Duration.ofSeconds(225), InspectCommand.timeLimit(2L << 30));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path f = sample();
        AtomicBoolean opened = new AtomicBoolean();
        InspectCommand inspect = new InspectCommand(new PrintStream(out, true, StandardCharsets.UTF_8), (in, name) -> {
            opened.set(true);
            throw new IOException("must not be read");
        }, InspectCommand::timeLimit, 100);
        Cli.CommandFailure failure = assertThrows(Cli.CommandFailure.class, () -> inspect.run(List.of(f.toString())));
        String expected = f + " is " + Files.size(f) + " bytes; files of up to 100 bytes are read";
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
        assertFalse(opened.get());
    }

    private void checkUsage(String expected, String... args) {
        err.reset();
        assertEquals(Cli.EXIT_USAGE, run(args), String.join(" ", args));
        assertTrue(errText().contains(expected), errText());
        assertTrue(errText().contains("Usage:"), "usage printed");
    }

    @Test
    void badArgumentsGiveUsageAndExitCodeTwo() throws IOException {
        String f = sample().toString();
        checkUsage("inspect needs a FILE", "inspect");
        checkUsage("inspect needs a FILE", "inspect", "--json");
        checkUsage("inspect reads one FILE", "inspect", f, f);
        checkUsage("unknown option --yaml", "inspect", f, "--yaml");
        checkUsage("option --json takes no value", "inspect", f, "--json=yes");
    }

    @Test
    void theHelpNamesInspect() {
        assertEquals(0, run("help"));
        assertTrue(outText().contains("inspect FILE [--json]"), outText());
    }
}
