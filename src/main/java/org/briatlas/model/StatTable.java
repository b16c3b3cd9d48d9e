package org.briatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the paper's tables as printed: number, title, unit, source line, header and rows of cells
 * exactly as printed (an empty string where the paper prints "/", "–" or nothing), and the atlas's
 * translations of its title, unit and column names and units. {@link #title()}, {@link #unit()} and
 * {@link #header()} are always the printed English; {@link #title(String)} and the like give the text in
 * a language, falling back to the printed English. Immutable.
 *
 * @param line      line of the table's caption in the paper's text
 * @param titleText the title by language code ("zh", "ru"); English is {@link #title()}
 * @param unitText  the table's unit by language code; English is {@link #unit()}
 * @param columns   the catalogue's description of each column, in header order (may be shorter than the
 *                  header, or empty, when the catalogue does not describe them)
 */
public record StatTable(int number, String title, String unit, String source, int line, List<String> header,
                        List<List<String>> rows, List<String> notes, Map<String, String> titleText,
                        Map<String, String> unitText, List<Column> columns) {

    /** The printed language of the paper: texts in it are the printed ones. */
    public static final String PRINTED = "en";

    /**
     * A column as the catalogue describes it: the printed name and unit, and their translations by
     * language code. Immutable.
     *
     * @param unit the printed (or, where the paper prints none, inferred) unit; empty when there is none
     */
    public record Column(String name, Map<String, String> nameText, String unit, Map<String, String> unitText) {

        public Column {
            nameText = Map.copyOf(nameText);
            unitText = Map.copyOf(unitText);
        }

        /** The column's name in a language, falling back to the printed English. */
        public String name(String language) {
            return inLanguage(name, nameText, language);
        }

        /** The column's unit in a language, falling back to the printed English (empty when none). */
        public String unit(String language) {
            return inLanguage(unit, unitText, language);
        }
    }

    public StatTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        titleText = Map.copyOf(titleText);
        unitText = Map.copyOf(unitText);
        columns = List.copyOf(columns);
    }

    /** A table with its printed texts only (every language shows the printed English). */
    public StatTable(int number, String title, String unit, String source, int line, List<String> header,
                     List<List<String>> rows, List<String> notes) {
        this(number, title, unit, source, line, header, rows, notes, Map.of(), Map.of(), List.of());
    }

    /** The title in a language ("en", "zh", "ru"), falling back to the printed English. */
    public String title(String language) {
        return inLanguage(title, titleText, language);
    }

    /** The table's unit in a language, falling back to the printed English (empty when none). */
    public String unit(String language) {
        return inLanguage(unit, unitText, language);
    }

    /**
     * The name of a header column (0-based) in a language, falling back to the printed header: the
     * catalogue's translation where it describes the column.
     */
    public String columnName(int column, String language) {
        if (column < columns.size()) {
            Column c = columns.get(column);
            String name = c.name(language);
            if (!name.equals(c.name())) {
                return name;
            }
        }
        return header.get(column);
    }

    /** The row whose first cell is the label, if any. */
    public Optional<List<String>> row(String label) {
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(label)).findFirst();
    }

    /** "Table 4 (line 180)". */
    public String citation() {
        return "Table " + number + " (line " + line + ")";
    }

    private static String inLanguage(String printed, Map<String, String> texts, String language) {
        if (language == null || PRINTED.equals(language)) {
            return printed;
        }
        String t = texts.get(language);
        return t == null || t.isBlank() ? printed : t;
    }
}
