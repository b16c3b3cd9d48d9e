package org.briatlas.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of side-by-side corridors: a render of the Mudanjiang–Suifenhe stretch at zoom 8 shows
 * the railway, the land-sea route and the cable, each visible, though they run on one path.
 */
class SharedCorridorsRenderTest {

    private static boolean near(int rgb, int colour) {
        int dr = (rgb >> 16 & 0xff) - (colour >> 16 & 0xff);
        int dg = (rgb >> 8 & 0xff) - (colour >> 8 & 0xff);
        int db = (rgb & 0xff) - (colour & 0xff);
        return dr * dr + dg * dg + db * db < 45 * 45;
    }

    @Test
    void theRailwayTheLandSeaRouteAndTheCableShowSideBySide(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("stretch.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(new String[]{"render", "--center", "130.5,44.55", "--zoom", "8", "--size", "1200x800",
                "--layers", "land-sea,railway,cable", "--out", png.toString()}, new PrintStream(out), new PrintStream(out));
        assertEquals(0, status, out.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        // Across the bundle between Mudanjiang and Suifenhe: columns 540 to 620, rows 380 to 470.
        List<int[]> colours = List.of(new int[]{0x6d4c41}, new int[]{0xc62828}, new int[]{0x00838f});
        String[] names = {"land-sea route", "railway", "cable"};
        for (int c = 0; c < colours.size(); c++) {
            int found = 0;
            for (int x = 540; x <= 620; x++) {
                for (int y = 380; y <= 470; y++) {
                    if (near(image.getRGB(x, y) & 0xffffff, colours.get(c)[0])) {
                        found++;
                    }
                }
            }
            assertTrue(found > 20, names[c] + " visible on the shared stretch: " + found + " pixels");
        }
        // Side by side, not on top of each other: the three colours meet different rows of one column.
        int railRow = -1;
        int cableRow = -1;
        for (int y = 380; y <= 470; y++) {
            int rgb = image.getRGB(580, y) & 0xffffff;
            if (railRow < 0 && near(rgb, 0xc62828)) {
                railRow = y;
            }
            if (cableRow < 0 && near(rgb, 0x00838f)) {
                cableRow = y;
            }
        }
        assertTrue(railRow > 0, "the railway crosses column 580");
        assertTrue(cableRow < 0 || Math.abs(cableRow - railRow) >= 3, "the cable beside the railway, not on it");
    }
}
