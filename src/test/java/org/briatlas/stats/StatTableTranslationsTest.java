package org.briatlas.stats;

import org.briatlas.io.StatTableReader;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.ChartSeries;
import org.briatlas.model.StatTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tables' titles, column names and units in Chinese and Russian as the reader gives them, and the
 * printed English wherever a translation is missing.
 */
class StatTableTranslationsTest {

    private static List<StatTable> tables;

    @BeforeAll
    static void load() {
        StatTableReader.Result result = new StatTableReader().read(StatTableReader.shipped());
        assertEquals(List.of(), result.problems());
        tables = result.tables();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    @Test
    void everyTableHasItsTitleInChineseAndRussianAndKeepsThePrintedOne() {
        assertEquals(10, tables.size());
        for (StatTable t : tables) {
            assertTrue(hasHan(t.title("zh")), "Table " + t.number() + " zh: " + t.title("zh"));
            assertTrue(hasCyrillic(t.title("ru")), "Table " + t.number() + " ru: " + t.title("ru"));
            assertEquals(t.title(), t.title("en"), "Table " + t.number());
            assertTrue(!hasHan(t.title()) && !hasCyrillic(t.title()), "title() stays the printed English");
        }
        StatTable t4 = table(4);
        assertTrue(t4.title().startsWith("Import and export of merchandise trade between Russia and HLJ"), t4.title());
        assertEquals("billion dollars", t4.unit());
        assertEquals("十亿美元", t4.unit("zh"));
        assertEquals("млрд долларов США", t4.unit("ru"));
    }

    @Test
    void everyColumnHasItsNameInChineseAndRussian() {
        for (StatTable t : tables) {
            assertEquals(t.header().size(), t.columns().size(), "Table " + t.number() + ": one description a column");
            for (int c = 0; c < t.header().size(); c++) {
                String where = "Table " + t.number() + ", column " + (c + 1);
                assertEquals(t.header().get(c), t.columns().get(c).name(), where + ": catalogue and CSV agree");
                assertEquals(t.header().get(c), t.columnName(c, "en"), where);
                String zh = t.columnName(c, "zh");
                String ru = t.columnName(c, "ru");
                // A few headers are the same in every language ("%"); the rest are translated.
                if (hasLetters(t.header().get(c))) {
                    assertTrue(hasHan(zh), where + " zh: " + zh);
                    assertTrue(hasCyrillic(ru), where + " ru: " + ru);
                }
                String unit = t.columns().get(c).unit();
                if (!unit.isBlank() && hasLetters(unit)) {
                    assertNotEquals(unit, t.columns().get(c).unit("zh"), where + " unit zh");
                    assertNotEquals(unit, t.columns().get(c).unit("ru"), where + " unit ru");
                }
            }
            if (!t.unit().isBlank()) {
                assertTrue(hasHan(t.unit("zh")) && hasCyrillic(t.unit("ru")), "Table " + t.number() + " unit");
            }
        }
        assertEquals("总额", table(4).columnName(1, "zh"));
        assertEquals("Объём импорта", table(4).columnName(5, "ru"));
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(cp -> Character.isLetter(cp) && cp < 0x250);
    }

    @Test
    void anUnknownLanguageOrAMissingTranslationFallsBackToThePrintedEnglish(@TempDir Path dir) throws IOException {
        StatTable t3 = table(3);
        assertEquals(t3.title(), t3.title("fr"));
        assertEquals(t3.unit(), t3.unit("fr"));
        assertEquals(t3.header().get(1), t3.columnName(1, "fr"));
        assertEquals(t3.title(), t3.title(null));

        // A catalogue without translations (as before they were made), one with only a Chinese title.
        Files.writeString(dir.resolve("catalogue.json"), """
                [{"table": 3, "file": "t.csv", "title": "Printed title", "unit": "billion dollars",
                  "titleText": {"zh": "中文标题", "ru": " "},
                  "source": "Source: x.", "line": 1,
                  "columns": [{"name": "Year", "type": "year"},
                              {"name": "Total", "nameText": {"ru": "Всего"}, "type": "number", "unit": "billion dollars"}]},
                 {"table": 4, "file": "t.csv", "title": "Other", "source": "", "line": 2}]
                """);
        Files.writeString(dir.resolve("t.csv"), "Year,Total,Extra\n2013,1.5,x\n");
        StatTableReader.Result read = new StatTableReader().read(StatTableReader.folder(dir));
        assertEquals(List.of(), read.problems());
        StatTable a = read.tables().get(0);
        assertEquals("中文标题", a.title("zh"));
        assertEquals("Printed title", a.title("ru"), "a blank translation is no translation");
        assertEquals("billion dollars", a.unit("zh"));
        assertEquals("Year", a.columnName(0, "zh"));
        assertEquals("Total", a.columnName(1, "zh"));
        assertEquals("Всего", a.columnName(1, "ru"));
        assertEquals("Extra", a.columnName(2, "ru"), "a column the catalogue does not describe");
        assertEquals("billion dollars", a.columns().get(1).unit("ru"));
        StatTable b = read.tables().get(1);
        assertEquals(List.of(), b.columns());
        assertEquals("Other", b.title("zh"));
        assertEquals("", b.unit("ru"));
        assertEquals("Total", b.columnName(1, "zh"));

        StatTable plain = new StatTable(1, "T", "u", "s", 1, List.of("A"), List.of(List.of("a")), List.of());
        assertEquals("T", plain.title("zh"));
        assertEquals("A", plain.columnName(0, "ru"));
    }

    @Test
    void chartSeriesKnowTheirColumnAndHowTheAtlasNamesThem() {
        List<ChartSeries> t6 = ChartSeries.of(table(6));
        assertEquals(List.of(1, 4, 6), t6.stream().map(ChartSeries::column).toList());
        assertEquals(ChartSeries.Reading.IMPORT_VOLUME, t6.get(2).reading());
        assertEquals("Import volume", t6.get(2).name());
        List<ChartSeries> t9 = ChartSeries.of(table(9));
        assertEquals(ChartSeries.Reading.RUSSIA, t9.get(1).reading());
        assertEquals(ChartSeries.Reading.AS_PRINTED, t9.get(0).reading());
        assertTrue(ChartSeries.of(table(11)).stream().allMatch(s -> s.column() == -1), "Table 11 charts its rows");
    }

    @Test
    void aDatedEventIsInTheLanguageAskedForOrInEnglish() {
        Map<String, Object> date = Map.of("date", "2016", "event", "bridge opened",
                "eventText", Map.of("zh", "大桥通车", "ru", ""));
        assertEquals("大桥通车", AtlasFeature.event(date, "zh"));
        assertEquals("bridge opened", AtlasFeature.event(date, "ru"), "a blank translation is no translation");
        assertEquals("bridge opened", AtlasFeature.event(date, "en"));
        assertEquals("bridge opened", AtlasFeature.event(Map.of("event", "bridge opened"), "zh"));
        assertEquals("", AtlasFeature.event(Map.of("date", "2016"), "zh"));
    }

    private static StatTable table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }
}
