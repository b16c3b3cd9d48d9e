package org.briatlas.i18n;

/**
 * Texts from files (names, captions, problem reports) made safe to lay out. Measured on this stack: a
 * wrapped label of 8,000 Latin characters lays out in about 30 ms, but one of 1,000 Arabic characters takes
 * 300 ms and one of 2,000 over 7 s (shaping right-to-left and other complex scripts grows much faster than
 * the text), and the issue saw a hundred thousand take minutes. So views show at most
 * {@value #LABEL_LIMIT} characters, or {@value #COMPLEX_LIMIT} of a text in a complex script, and offer the
 * whole text another way (copying). Thread-safe.
 */
public final class Texts {

    /** The most characters a label of the atlas lays out (the longest shipped text has about 1,200). */
    public static final int LABEL_LIMIT = 4000;
    /** The most characters of a text in a script that needs shaping (Arabic, Hebrew, Indic, Thai...). */
    public static final int COMPLEX_LIMIT = 400;

    private Texts() {
    }

    /** The text cut to what a label lays out quickly; null stays null. */
    public static String cap(String s) {
        if (s == null || s.length() <= COMPLEX_LIMIT) {
            return s;
        }
        return cap(s, needsShaping(s) ? COMPLEX_LIMIT : LABEL_LIMIT);
    }

    /**
     * The text cut to at most {@code max} characters (never inside a surrogate pair) and ended with "…" when
     * cut; null stays null.
     */
    public static String cap(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }

    /** True if a label shows the text cut. */
    public static boolean isCut(String s) {
        String c = cap(s);
        return c != null && c.length() != s.length();
    }

    /** True if the text has a character of a script that is shaped (joined, reordered, combined). */
    static boolean needsShaping(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0590) {
                if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                    return true;
                }
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HEBREW, ARABIC, SYRIAC, THAANA, NKO, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL,
                     TELUGU, KANNADA, MALAYALAM, SINHALA, THAI, LAO, TIBETAN, MYANMAR, KHMER, MONGOLIAN -> {
                    return true;
                }
                default -> {
                    if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern MARKDOWN_LINK =
            java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
    private static final java.util.regex.Pattern ANGLE_LINK = java.util.regex.Pattern.compile("<(https?://[^>\\s]*)>");

    /**
     * A source line as plain text: a Markdown link {@code [text](url)} becomes the address alone when its
     * text is that address (as in the paper's source lines), else "text (url)"; an address in angle brackets
     * loses them; backslash escapes are dropped. Anything else stays as it is.
     */
    public static String plain(String s) {
        if (s == null) {
            return null;
        }
        java.util.regex.Matcher m = MARKDOWN_LINK.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String label = unescape(m.group(1));
            String url = m.group(2);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(label.equals(url) || label.isBlank()
                    ? url : label + " (" + url + ")"));
        }
        m.appendTail(out);
        return ANGLE_LINK.matcher(unescape(out.toString())).replaceAll("$1");
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\+([_*\\[\\]()<>#])", "$1");
    }
}
