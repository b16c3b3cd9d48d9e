package org.briatlas.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every resource key exists in English, Chinese and Russian, with the same format placeholders. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd%]");

    private static Properties load(String suffix) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/briatlas/i18n/messages" + suffix + ".properties")) {
            assertNotNull(in, "bundle messages" + suffix);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> placeholders(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void everyKeyIsTranslatedWithTheSamePlaceholders() throws IOException {
        Properties en = load("");
        for (String lang : new String[]{"_zh", "_ru"}) {
            Properties other = load(lang);
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), lang);
            for (String key : en.stringPropertyNames()) {
                assertEquals(placeholders(en.getProperty(key)), placeholders(other.getProperty(key)), lang + " " + key);
            }
        }
    }
}
