package org.briatlas.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The interface language, whatever the desktop's: on a Chinese, Russian or German desktop English stays
 * English, and numbers and years are written as the interface language writes them.
 */
class MessagesTest {

    private Locale desktop;

    @BeforeEach
    void remember() {
        desktop = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(desktop);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "ru-RU", "de-DE", "ar-EG"})
    void englishIsEnglishOnAnyDesktop(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        ResourceBundle en = Messages.bundle("en");
        assertEquals("Tours", en.getString("toolbar.tours"));
        assertEquals("en", Messages.language(en));
        assertEquals("导览", Messages.bundle("zh").getString("toolbar.tours"));
        assertEquals("ru", Messages.language(Messages.bundle("ru")));
        assertEquals("Tours", Messages.bundle("de").getString("toolbar.tours"), "a language the atlas lacks: English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "ru-RU", "de-DE", "ar-EG", "hi-IN-u-nu-deva"})
    void numbersFollowTheInterfaceLanguageAndYearsAreNeverGrouped(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("2011", Formats.year(2011));
        assertEquals("1,390.5", Formats.number(1390.5, "en", 2));
        assertEquals("1,390.5", Formats.number(1390.5, "zh", 2));
        String ru = Formats.number(1390.5, "ru", 2);
        assertEquals("1390,5", ru.replaceAll("\\s", "").replace("\u00a0", "").replace("\u202f", ""), ru);
        assertEquals("48.6674", Formats.fixed(48.66742, "en", 4));
        assertFalse(Formats.number(224, "en", 0).chars().anyMatch(c -> c > 127), "ASCII digits in English");
    }
}
