package org.briatlas.i18n;

/**
 * Texts from files (names, captions, problem reports) made safe to lay out: a label asked to shape a
 * hundred thousand characters of Arabic holds the interface thread for minutes, so views show at most a
 * few thousand and offer the whole text another way (a tooltip, copying). Thread-safe.
 */
public final class Texts {

    /** The most characters a label of the atlas lays out. */
    public static final int LABEL_LIMIT = 2000;

    private Texts() {
    }

    /** The text cut to {@link #LABEL_LIMIT} characters. */
    public static String cap(String s) {
        return cap(s, LABEL_LIMIT);
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

    /** True if the text is longer than a label shows. */
    public static boolean isCut(String s) {
        return s != null && s.length() > LABEL_LIMIT;
    }
}
