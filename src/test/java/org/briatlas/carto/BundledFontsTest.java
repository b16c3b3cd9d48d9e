package org.briatlas.carto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The atlas must show its texts on a machine with no CJK or Cyrillic fonts, so the fonts it carries must
 * have every character of every text it ships: the three message bundles, the tours, the tables'
 * catalogue and the corridor and base-map data. When this fails, a text gained a character the
 * bundled CJK subset lacks: run {@code src/tools/fonts/subset-cjk.py .} again.
 */
class BundledFontsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (String lang : new String[]{"", "_zh", "_ru"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(
                    Path.of("src/main/resources/org/briatlas/i18n/messages" + lang + ".properties"), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            p.values().forEach(v -> out.add(v.toString()));
        }
        for (String dir : new String[]{"assets/tours", "assets/data", "geo/corridors", "geo/places", "geo/thematic"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith("json")).toList()) {
                    collect(JSON.readTree(f.toFile()), out);
                }
            }
        }
        for (String f : new String[]{"cities.geojson", "water-labels.geojson"}) {
            collect(JSON.readTree(Path.of("geo/basemap", f).toFile()), out);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isContainerNode() && !(node.has("type") && node.has("coordinates"))) {
            node.forEach(n -> collect(n, out));
        }
    }

    private static String missing(Font font, List<String> texts) {
        TreeSet<String> lacking = new TreeSet<>();
        for (String t : texts) {
            t.codePoints().filter(cp -> cp >= 0x20 && !font.canDisplay(cp))
                    .forEach(cp -> lacking.add(String.format("U+%04X %s", cp, Character.toString(cp))));
        }
        return String.join(", ", lacking);
    }

    @Test
    void theCjkFaceHasEveryCharacterOfEveryText() throws IOException {
        List<String> texts = texts();
        assertTrue(texts.size() > 1000, "texts found: " + texts.size());
        assertTrue(texts.stream().anyMatch(Typefaces::needsCjk), "some text is Chinese");
        for (String file : new String[]{"BRIAtlasCJK-Regular.otf", "BRIAtlasCJK-Bold.otf"}) {
            Font f = Typefaces.awt(file);
            assertEquals(Typefaces.CJK, f.getFamily(), file);
            assertEquals("", missing(f, texts), file + " lacks");
        }
    }

    @Test
    void mapLabelsWithoutChineseAreSetInNotoSansAndItHasTheirCharacters() throws IOException {
        List<String> labels = new ArrayList<>();
        for (String f : new String[]{"cities.geojson", "water-labels.geojson"}) {
            collect(JSON.readTree(Path.of("geo/basemap", f).toFile()), labels);
        }
        List<String> latin = labels.stream().filter(t -> !Typefaces.needsCjk(t)).toList();
        assertFalse(latin.isEmpty());
        for (String file : new String[]{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"}) {
            assertEquals("", missing(Typefaces.awt(file), latin), file + " lacks");
        }
        assertEquals(Typefaces.LATIN, Typefaces.awtFor("Благовещенск", false, true, 12).getFamily());
        assertEquals(Typefaces.CJK, Typefaces.awtFor("黑河 Heihe", false, false, 12).getFamily());
        assertEquals(Typefaces.CJK, Typefaces.awtFor("（", true, false, 12).getFamily());
    }
}
