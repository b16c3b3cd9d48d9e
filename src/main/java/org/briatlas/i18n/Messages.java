package org.briatlas.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible text of the atlas, from {@code org/briatlas/i18n/messages*.properties}, one bundle per
 * interface language. English is the base bundle and a language of its own: a bundle is never taken from
 * the desktop's default locale, so English stays English on a Chinese or Russian desktop. Thread-safe.
 */
public final class Messages {

    public static final String BUNDLE = "org.briatlas.i18n.messages";
    /** The interface languages the atlas has. */
    public static final List<String> LANGUAGES = List.of("en", "zh", "ru");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The texts of an interface language ("en", "zh", "ru"; anything else gives English). */
    public static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, locale(language), NO_FALLBACK);
    }

    /** The locale that numbers are written in for an interface language; English for anything else. */
    public static Locale locale(String language) {
        return switch (language == null ? "" : language) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "ru" -> Locale.forLanguageTag("ru-RU");
            default -> Locale.ENGLISH;
        };
    }

    /** The language of a bundle made by {@link #bundle(String)}: "zh", "ru", or "en" for the base bundle. */
    public static String language(ResourceBundle bundle) {
        String l = bundle.getLocale().getLanguage();
        return LANGUAGES.contains(l) ? l : "en";
    }
}
