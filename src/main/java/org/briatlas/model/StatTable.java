package org.briatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * One of the paper's tables as printed: number, title, unit, source line, header and rows of cells
 * exactly as printed (an empty string where the paper prints "/", "–" or nothing). Immutable.
 *
 * @param line line of the table's caption in the paper's text
 */
public record StatTable(int number, String title, String unit, String source, int line, List<String> header,
                        List<List<String>> rows, List<String> notes) {

    public StatTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The row whose first cell is the label, if any. */
    public Optional<List<String>> row(String label) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(label)).findFirst();
    }

    /** "Table 4 (line 180)". */
    public String citation() {
        return "Table " + number + " (line " + line + ")";
    }
}
