package org.briatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 14, item 7 (part): render --workspace and --add-layer. */
class RenderWorkspaceTest {

    @TempDir
    Path dir;

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static final String LAYER = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "Our school"},
               "geometry": {"type": "Point", "coordinates": [126.63, 45.76]}}]}
            """;

    @Test
    void aSavedWorkspaceIsDrawnWithItsViewLayersFilesAndYear() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/school.geojson"), LAYER);
        Path ws = dir.resolve("lesson.json");
        Files.writeString(ws, """
                {"format": "bri-atlas-workspace", "version": 1,
                 "view": {"lon": 126.9, "lat": 45.6, "zoom": 8},
                 "layers": [{"id": "railway", "visible": true}, {"id": "pipeline", "visible": false},
                            {"id": "highway", "visible": false}, {"id": "land-sea", "visible": false},
                            {"id": "water", "visible": false}, {"id": "aviation", "visible": false},
                            {"id": "grid", "visible": false}, {"id": "cable", "visible": false},
                            {"id": "places", "visible": false}, {"id": "confucius-institutes", "visible": false},
                            {"id": "ecommerce", "visible": false},
                            {"file": "data/school.geojson", "visible": true}],
                 "year": 2012, "selected": "rail-harbin-europe-train"}
                """);
        Path png = dir.resolve("lesson.png");
        Result r = run("render", "--workspace", ws.toString(), "--out", png.toString(), "--size", "400x300");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("read ") && r.out().contains("school.geojson (geojson): 1 features"), r.out());
        assertTrue(r.out().contains("workspace lesson.json") && r.out().contains("layers railway,user")
                && r.out().contains("year 2012") && r.out().contains("zoom 8.00"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        // --layers overrides the workspace: no user layer then.
        Result only = run("render", "--workspace", ws.toString(), "--layers", "pipeline", "--out", png.toString(),
                "--size", "400x300");
        assertEquals(0, only.status(), only.err());
        assertTrue(only.out().contains("layers pipeline,") || only.out().contains("layers pipeline "), only.out());
    }

    @Test
    void filesAreAddedOverAViewAndMissingOnesAreRefused() throws Exception {
        Path layer = dir.resolve("school.geojson");
        Files.writeString(layer, LAYER);
        Path png = dir.resolve("view.png");
        Result r = run("render", "--view", "heilongjiang", "--add-layer", layer.toString(), "--add-layer",
                layer.toString(), "--out", png.toString(), "--size", "300x200");
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.out().split(java.util.regex.Pattern.quote("school.geojson (geojson): 1 features"), -1).length - 1, "each file read: " + r.out());
        assertEquals(2, run("render", "--add-layer", dir.resolve("gone.geojson").toString(), "--out",
                png.toString()).status());
        Path ws = dir.resolve("moved.json");
        Files.writeString(ws, "{\"format\": \"bri-atlas-workspace\", \"version\": 1, \"layers\": [{\"file\": \"x.csv\"}]}");
        Result moved = run("render", "--workspace", ws.toString(), "--out", png.toString());
        assertEquals(2, moved.status());
        assertTrue(moved.err().contains("x.csv is not where it says"), moved.err());
        Files.writeString(ws, "{\"format\": \"bri-atlas-workspace\", \"version\": 9}");
        assertTrue(run("render", "--workspace", ws.toString(), "--out", png.toString()).err().contains("newer atlas"));
    }
}
