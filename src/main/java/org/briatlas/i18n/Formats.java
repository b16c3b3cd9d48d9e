package org.briatlas.i18n;

import java.text.NumberFormat;

/**
 * Numbers as the interface language writes them (digit grouping and decimal sign of English, Chinese or
 * Russian, never of the desktop's default locale), and years as plain digits. Thread-safe.
 */
public final class Formats {

    private Formats() {
    }

    /** A number with at most {@code maxFraction} decimals, grouped as the language groups digits. */
    public static String number(double value, String language, int maxFraction) {
        NumberFormat nf = NumberFormat.getNumberInstance(Messages.locale(language));
        nf.setMaximumFractionDigits(maxFraction);
        return nf.format(value);
    }

    /** A number with exactly {@code fraction} decimals, in the language's decimal sign. */
    public static String fixed(double value, String language, int fraction) {
        NumberFormat nf = NumberFormat.getNumberInstance(Messages.locale(language));
        nf.setMinimumFractionDigits(fraction);
        nf.setMaximumFractionDigits(fraction);
        return nf.format(value);
    }

    /** A distance in km as the language writes it ("1,234.5 km", "1 234,5 км", "1,234.5 千米"): one decimal under 100 km. */
    public static String km(double km, String language) {
        return String.format(java.util.Locale.ROOT, Messages.bundle(language).getString("scale.km"),
                number(km, language, km < 100 ? 1 : 0));
    }

    /** An area in km² as the language writes it ("12,345 km²", "12 345 км²", "12,345 平方千米"). */
    public static String km2(double km2, String language) {
        return String.format(java.util.Locale.ROOT, Messages.bundle(language).getString("scale.km2"),
                number(km2, language, km2 < 100 ? 1 : 0));
    }

    /** A year, or any other count that must not be grouped: "2011", never "2,011". */
    public static String year(long year) {
        return Long.toString(year);
    }
}
