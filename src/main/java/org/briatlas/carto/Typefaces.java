package org.briatlas.carto;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typefaces the atlas carries, so that Latin, Cyrillic and Chinese text render the same on every
 * machine, whatever fonts it has:
 * <ul>
 *   <li>Noto Sans (regular, bold, italic): Latin and Cyrillic map labels;</li>
 *   <li>BRI Atlas CJK (regular, bold): a subset of Noto Sans CJK SC made by
 *       {@code src/tools/fonts/subset-cjk.py}, with Latin, Cyrillic and every Chinese character of
 *       GB 2312 and of the atlas's texts. It is the interface font in every language (a font a
 *       program loads itself gets no fallback to another loaded font, so the interface font must
 *       cover all three scripts), and the font of any map label or slide text with Chinese in it.</li>
 * </ul>
 * Safe on any thread.
 */
public final class Typefaces {

    /** Family name of the bundled Latin and Cyrillic face. */
    public static final String LATIN = "Noto Sans";
    /** Family name of the bundled face that covers Chinese as well. */
    public static final String CJK = "BRI Atlas CJK";
    /** Resource folder of the bundled fonts. */
    public static final String FOLDER = "/org/briatlas/fonts/";
    /** The bundled font files. */
    public static final List<String> FILES = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSans-Italic.ttf", "BRIAtlasCJK-Regular.otf", "BRIAtlasCJK-Bold.otf");

    private static final Map<String, Font> AWT = new ConcurrentHashMap<>();

    private Typefaces() {
    }

    /** True if the text has a character of a Chinese, Japanese or Korean script or punctuation. */
    public static boolean needsCjk(CharSequence text) {
        return text.codePoints().anyMatch(Typefaces::isCjk);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
    }

    /** The family to set a text in: the CJK face if the text needs it, else Noto Sans. */
    public static String familyFor(CharSequence text) {
        return needsCjk(text) ? CJK : LATIN;
    }

    /** A bundled font file as a Java2D font of size 1 (derive the size you need). Cached. */
    public static Font awt(String file) {
        return AWT.computeIfAbsent(file, f -> {
            try (InputStream in = Typefaces.class.getResourceAsStream(FOLDER + f)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + FOLDER + f);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + FOLDER + f, e);
            }
        });
    }

    /** The bundled Noto Sans face for a style, size 1. */
    public static Font latin(boolean bold, boolean italic) {
        return awt(bold ? "NotoSans-Bold.ttf" : italic ? "NotoSans-Italic.ttf" : "NotoSans-Regular.ttf");
    }

    /** The bundled CJK face for a weight, size 1 (upright: it has no italic, and Chinese is not slanted). */
    public static Font cjk(boolean bold) {
        return awt(bold ? "BRIAtlasCJK-Bold.otf" : "BRIAtlasCJK-Regular.otf");
    }

    /**
     * A Java2D font for a text: Noto Sans when it has every glyph, else the bundled CJK face (upright:
     * it has no italic, and Chinese is not slanted).
     */
    public static Font awtFor(CharSequence text, boolean bold, boolean italic, float size) {
        Font latin = latin(bold, italic);
        return (latin.canDisplayUpTo(text.toString()) == -1 ? latin : cjk(bold)).deriveFont(size);
    }
}
