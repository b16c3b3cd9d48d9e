package org.briatlas.charts;

import org.briatlas.i18n.Messages;
import org.briatlas.i18n.Texts;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.Finding;
import org.briatlas.model.StatTable;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words the statistics show around the paper's tables, in the interface language of a bundle: headings,
 * series and country names, chart titles, source lines and the explanations of flagged figures. The
 * printed English is never replaced where it is the paper's own (the source text, the values); it is put
 * beside the translation. Immutable; any thread.
 */
public final class StatTexts {

    /** The word "Source:" the paper's source lines begin with. */
    private static final Pattern SOURCE_WORD = Pattern.compile("^\\s*Source\\s*:\\s*", Pattern.CASE_INSENSITIVE);

    private final ResourceBundle text;
    private final String language;

    public StatTexts(ResourceBundle text) {
        this.text = text;
        this.language = Messages.language(text);
    }

    /** The interface language: "en", "zh" or "ru". */
    public String language() {
        return language;
    }

    /** A text of the bundle. */
    public String word(String key) {
        return text.getString(key);
    }

    /** A text of the bundle with its placeholders filled (digits as ASCII, whatever the language). */
    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, text.getString(key), args);
    }

    /** "Table 4: title" in the interface language. */
    public String heading(StatTable t) {
        return format("stats.tableTitle", t.number(), t.title(language));
    }

    /** True when the table's title is shown translated, so that the printed one must be shown beside it. */
    public boolean translated(StatTable t) {
        return !t.title(language).equals(t.title());
    }

    /** "As printed: ..." */
    public String asPrinted(String printed) {
        return format("stats.asPrinted", printed);
    }

    /**
     * A series' name in the interface language: the translated column header (or the atlas's reading of
     * it), the country of a row of Tables 5 and 11, "Total" for Table 11's total row, else the printed row
     * label.
     */
    public String seriesName(StatTable t, ChartSeries s) {
        if (StatTable.PRINTED.equals(language)) {
            return s.name();
        }
        if (s.column() < 0) {
            Optional<String> iso = s.country();
            if (iso.isPresent()) {
                return word("country." + iso.get());
            }
            return s.name().equals("Total") ? word("stats.total") : s.name();
        }
        String header = t.columnName(s.column(), language);
        return switch (s.reading()) {
            case AS_PRINTED -> header;
            case IMPORT_VOLUME -> word("stats.importVolume");
            case RUSSIA -> format("stats.seriesOf", header, word("country.RU"));
        };
    }

    /** What a series is called in the paper: its printed column header, or its printed row label. */
    public static String printedName(StatTable t, ChartSeries s) {
        return s.column() < 0 ? s.name() : t.header().get(s.column());
    }

    /**
     * A finding in the interface language: in English the checks' own explanation; in Chinese and Russian
     * a sentence per kind of error from the finding's figures (row, translated column, printed and
     * computed values, the correction).
     */
    public String describe(StatTable t, Finding f) {
        if (StatTable.PRINTED.equals(language)) {
            return f.row() + ", " + f.column() + ": " + f.explanation();
        }
        String column = t.columnName(f.col(), language);
        String computed = String.format(Locale.ROOT, "%.2f", f.computed());
        String key = "stats.finding." + f.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return format(key, f.row(), column, f.printed(),
                f.kind() == Finding.Kind.DECIMAL_POINT && f.correction() != null ? f.correction() : computed);
    }

    /** "Table 4 (line 180)" in the interface language. */
    public String citation(StatTable t) {
        return format("stats.citation", t.number(), t.line());
    }

    /**
     * The table's source line: the word "Source" in the interface language, then the paper's printed
     * source (in English, as printed, without its own "Source:") and where the table is in the paper.
     */
    public String sourceLine(StatTable t) {
        String printed = SOURCE_WORD.matcher(Texts.plain(t.source())).replaceFirst("");
        return format("stats.sourceLine", word("stats.sourceLabel"), printed, citation(t));
    }

    /**
     * The title of a table's chart for the year of the year control: the year marked when the table prints
     * a figure for it, said to be absent from the table or not printed in it otherwise.
     */
    public String chartTitle(StatTable t, List<ChartSeries> series, int year) {
        Optional<String> key = ChartSeries.keyOf(ChartSeries.keys(t), year);
        if (key.isEmpty()) {
            return format("stats.chartTitle.absent", t.number(), year);
        }
        boolean printed = series.stream().anyMatch(s -> s.points().containsKey(key.get()));
        return format(printed ? "stats.chartTitle" : "stats.chartTitle.unprinted", t.number(), year);
    }
}
