package org.briatlas.io;

import org.briatlas.model.StatTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table of the paper as CSV with its source: comment lines with the printed title (and a
 * translated title, if given), the printed unit and the source line, then the printed header and rows,
 * values exactly as printed. Written atomically. Stateless; any thread.
 */
public final class StatTableCsv {

    private StatTableCsv() {
    }

    /**
     * @param translatedTitle the title in the interface language ("表4：..."), or null when it is the printed one
     */
    public static void write(Path file, StatTable t, String translatedTitle) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(row(List.of("# Table " + t.number() + ": " + t.title()))).append('\n');
        if (translatedTitle != null) {
            sb.append(row(List.of("# " + translatedTitle))).append('\n');
        }
        sb.append(row(List.of("# Unit: " + t.unit()))).append('\n');
        sb.append(row(List.of("# " + t.source() + " Via: " + t.citation()))).append('\n');
        sb.append(row(t.header())).append('\n');
        t.rows().forEach(r -> sb.append(row(r)).append('\n'));
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One CSV row: cells with a comma, a quote or a line break are quoted, quotes doubled. */
    static String row(List<String> cells) {
        return String.join(",", cells.stream().map(c -> c.contains(",") || c.contains("\"") || c.contains("\n")
                || c.contains("\r") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList());
    }
}
