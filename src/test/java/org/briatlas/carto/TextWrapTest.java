package org.briatlas.carto;

import org.junit.jupiter.api.Test;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TextWrap}: lines that fit, breaks at spaces and between Chinese characters, a cut ending in "…". */
class TextWrapTest {

    private static FontMetrics metrics(String text) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(Typefaces.awtFor(text, false, false, 12f));
        } finally {
            g.dispose();
        }
    }

    /** Wraps and checks that every line fits and, unless cut, that the lines joined give the text back. */
    private static List<String> checkLines(String text, String joiner, double width, int maxLines, boolean cut) {
        FontMetrics fm = metrics(text);
        List<String> lines = TextWrap.lines(text, fm, width, maxLines);
        assertTrue(lines.size() <= maxLines, lines.toString());
        lines.forEach(l -> assertTrue(fm.stringWidth(l) <= width, "'" + l + "' fits " + width));
        assertEquals(cut, lines.get(lines.size() - 1).endsWith("\u2026"), lines.toString());
        if (!cut) {
            assertEquals(text, String.join(joiner, lines));
        }
        return lines;
    }

    @Test
    void textIsBrokenIntoLinesThatFit() {
        assertEquals(1, checkLines("Trade with Russia", " ", 1000, 3, false).size());
        String words = "one two three four five six seven eight nine ten";
        assertTrue(checkLines(words, " ", 90, 10, false).size() >= 4);
        assertEquals(2, checkLines(words, " ", 90, 2, true).size());
        // Chinese breaks between characters; a long address where it stops fitting.
        assertTrue(checkLines("黑龙江省参与一带一路建设的五通与口岸", "", 60, 10, false).size() >= 3);
        assertTrue(checkLines("http://harbin.customs.gov.cn/harbin_customs/467898/467900/467902/1354091/index.html", "",
                120, 10, false).size() >= 3);
    }

    @Test
    void blankTextHasNoLines() {
        assertEquals(List.of(), TextWrap.lines("  ", metrics("x"), 100, 3));
        assertEquals(List.of(), TextWrap.lines(null, metrics("x"), 100, 3));
    }
}
