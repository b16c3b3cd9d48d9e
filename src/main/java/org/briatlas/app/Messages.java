package org.briatlas.app;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible text of the atlas, from {@code org/briatlas/i18n/messages*.properties}.
 */
public final class Messages {

    public static final String BUNDLE = "org.briatlas.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static ResourceBundle bundle() {
        return bundle(Locale.getDefault());
    }
}
