package org.briatlas.carto;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines that fit a width, for the Java2D texts of slides and renders: after spaces, and
 * after every Chinese character (Chinese has no spaces between words); a word wider than the line is cut.
 * Pure; any thread.
 */
final class TextWrap {

    private TextWrap() {
    }

    /**
     * At most {@code maxLines} lines of {@code text}, each at most {@code width} wide in {@code fm}; when the
     * text needs more, the last line ends with "…". Blank text gives no lines.
     */
    static List<String> lines(String text, FontMetrics fm, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank() || maxLines < 1) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String token : text.strip().split("(?<= )|(?<=[\\u3000-\\u9fff\\uff00-\\uffef])")) {
            if (fm.stringWidth(line + token) > width && line.length() > 0) {
                lines.add(line.toString().strip());
                line = new StringBuilder();
            }
            line.append(token);
            // A single token wider than the line: cut it where it stops fitting.
            while (fm.stringWidth(line.toString()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && fm.stringWidth(line.substring(0, cut)) > width) {
                    cut--;
                }
                if (Character.isHighSurrogate(line.charAt(cut - 1)) && cut > 1) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            while (!last.isEmpty() && fm.stringWidth(last + "\u2026") > width) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(maxLines - 1, last.strip() + "\u2026");
            return kept;
        }
        return lines;
    }
}
