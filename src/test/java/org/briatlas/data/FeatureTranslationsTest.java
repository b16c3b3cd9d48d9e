package org.briatlas.data;

import org.briatlas.io.AtlasDataReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.AtlasFeature;
import org.briatlas.model.AtlasLayer;
import org.briatlas.model.GeoFeature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Chinese and Russian of the shipped features' geometry methods, notes and cited sections (see
 * geo/corridors/README.md): present for every English text, in the language's script, keeping the
 * English's numbers and its quotations of the paper; and the accessors that give them, with their
 * fallback to English.
 */
class FeatureTranslationsTest {

    private static final List<String> TEXTS = List.of("geometryMethod", "notes");
    /** A quotation in the English texts: 'in single quotes', an apostrophe inside a word not counting. */
    private static final Pattern QUOTATION = Pattern.compile("(?<![A-Za-z])'([^']+?)'(?![A-Za-z])");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static AtlasData data;

    @BeforeAll
    static void load() {
        data = new AtlasDataReader().read(AtlasDataReader.shipped());
        assertEquals(List.of(), data.problems());
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    private static Set<String> all(Pattern p, String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(m.groupCount()));
        }
        return out;
    }

    /** What is wrong with a text's translation into a language, or nothing. */
    private static List<String> problems(String where, String english, Object translations, String language) {
        List<String> wrong = new ArrayList<>();
        Object t = translations instanceof Map<?, ?> m ? m.get(language) : null;
        if (!(t instanceof String text) || text.isBlank()) {
            wrong.add(where + ": no " + language);
            return wrong;
        }
        if (!(language.equals("zh") ? hasHan(text) : hasCyrillic(text))) {
            wrong.add(where + ": the " + language + " text is not in its script: " + text);
        }
        Set<String> numbers = all(NUMBER, english);
        numbers.removeAll(all(NUMBER, text));
        if (!numbers.isEmpty()) {
            wrong.add(where + " " + language + ": lost the numbers " + numbers + ": " + text);
        }
        for (String quotation : all(QUOTATION, english)) {
            if (!text.contains(quotation)) {
                wrong.add(where + " " + language + ": lost the paper's words '" + quotation + "': " + text);
            }
        }
        return wrong;
    }

    @Test
    void everyGeometryMethodAndNoteHasChineseAndRussianThatKeepItsNumbersAndQuotations() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AtlasFeature f : data.features()) {
            for (String key : TEXTS) {
                Object english = f.properties().get(key);
                if (english == null) {
                    continue;
                }
                checked++;
                Object translations = f.properties().get(key + AtlasFeature.TRANSLATIONS);
                for (String language : List.of("zh", "ru")) {
                    wrong.addAll(problems(f.id() + " " + key, english.toString(), translations, language));
                }
                assertEquals(english, f.text(key, "en").orElseThrow(), f.id() + ": the English is kept as it was");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 200, "every feature has a geometry method, most have notes: " + checked);
    }

    @Test
    void everyCitedSectionHasItsHeadingInChineseAndRussian() {
        List<String> wrong = new ArrayList<>();
        Map<String, Map<?, ?>> headings = new HashMap<>();
        for (AtlasFeature f : data.features()) {
            List<Map<?, ?>> citations = new ArrayList<>(List.of(f.object("citation")));
            for (String list : List.of("dates", "figures")) {
                for (Object o : f.list(list)) {
                    if (o instanceof Map<?, ?> m && m.get("citation") instanceof Map<?, ?> c) {
                        citations.add(c);
                    }
                }
            }
            for (Map<?, ?> c : citations) {
                if (c.get("section") instanceof String section && !section.isBlank()) {
                    Object translations = c.get("section" + AtlasFeature.TRANSLATIONS);
                    wrong.addAll(problems(f.id() + " section " + section, section, translations, "zh"));
                    wrong.addAll(problems(f.id() + " section " + section, section, translations, "ru"));
                    Map<?, ?> before = headings.putIfAbsent(section, (Map<?, ?>) translations);
                    if (before != null && !before.equals(translations)) {
                        wrong.add(f.id() + ": section " + section + " translated two ways: " + before + ", "
                                + translations);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(headings.size() >= 8, "the sections the features cite: " + headings.keySet());
    }

    @Test
    void theCitationIsInTheInterfaceLanguageAndStaysAsItWasInEnglish() {
        AtlasFeature suihuaDaqing = data.byId("hwy-suihua-daqing").orElseThrow();
        assertEquals("Table 2, II. Connectivity of Infrastructure, line 94", suihuaDaqing.citation());
        assertEquals("Table 2, II. Connectivity of Infrastructure, line 94", suihuaDaqing.citation("en"));
        assertEquals("表2，二、设施联通，第94行", suihuaDaqing.citation("zh"));
        assertEquals("табл. 2, II. Связность инфраструктуры, строка 94", suihuaDaqing.citation("ru"));
        assertEquals(suihuaDaqing.citation(), suihuaDaqing.citation("fr"), "an unknown language gives English");

        AtlasFeature pipeline = data.byId("pipe-skovorodino-mohe-daqing-crude").orElseThrow();
        Map<?, ?> date = (Map<?, ?>) pipeline.list("dates").get(0);
        Map<?, ?> cited = (Map<?, ?>) date.get("citation");
        assertEquals("II. Connectivity of Infrastructure: The Construction of Oil and Gas Pipelines, line 152",
                AtlasFeature.citationText(cited));
        assertEquals("二、设施联通：油气管道建设，第152行", AtlasFeature.citationText(cited, "zh"));
        assertEquals("II. Связность инфраструктуры: строительство нефте- и газопроводов, строка 152",
                AtlasFeature.citationText(cited, "ru"));

        // A citation without translations (a user's file, an older data file) keeps its English section.
        Map<String, Object> plain = new HashMap<>();
        plain.put("table", "Table 10");
        plain.put("section", "Some heading");
        plain.put("line", 346.0);
        plain.put("page", null);
        assertEquals("Table 10, Some heading, line 346", AtlasFeature.citationText(plain, "en"));
        assertEquals("表10，Some heading，第346行", AtlasFeature.citationText(plain, "zh"));
        plain.put("page", 12);
        assertEquals("табл. 10, Some heading, с. 12", AtlasFeature.citationText(plain, "ru"));
        assertEquals("", AtlasFeature.citationText(Map.of(), "zh"));
    }

    @Test
    void aRouteNodeThePaperDoesNotNameSaysSoInTheInterfaceLanguage() {
        AtlasFeature node = feature(Map.of("id", "x", "namedInPaper", false, "geometrySource", "GeoNames",
                "citation", Map.of()));
        assertEquals("not named in the paper; source: GeoNames", node.citation());
        assertEquals("论文未提及；来源：GeoNames", node.citation("zh"));
        assertEquals("в статье не названо; источник: GeoNames", node.citation("ru"));
    }

    @Test
    void aTextFallsBackToEnglishWhereItHasNoTranslation() {
        AtlasFeature f = feature(Map.of("id", "x", "notes", "English note",
                "notesI18n", Map.of("zh", "中文备注", "ru", " "),
                "geometryMethod", "traced"));
        assertEquals("中文备注", f.text("notes", "zh").orElseThrow());
        assertEquals("English note", f.text("notes", "ru").orElseThrow(), "a blank translation is none");
        assertEquals("English note", f.text("notes", "en").orElseThrow());
        assertEquals("English note", f.text("notes", "fr").orElseThrow());
        assertEquals("traced", f.text("geometryMethod", "zh").orElseThrow(), "no translations at all");
        assertTrue(f.text("paperText", "zh").isEmpty(), "no such text");

        AtlasFeature shipped = data.byId("place-tongjiang").orElseThrow();
        assertEquals(shipped.object("notesI18n").get("ru"), shipped.text("notes", "ru").orElseThrow());
        assertTrue(hasHan(shipped.text("geometryMethod", "zh").orElseThrow()));
    }

    private static AtlasFeature feature(Map<String, Object> properties) {
        return new AtlasFeature(AtlasLayer.PLACES, new GeoFeature("x",
                new GeometryFactory().createPoint(new Coordinate(126.6, 45.8)), properties));
    }
}
