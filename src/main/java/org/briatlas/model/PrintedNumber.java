package org.briatlas.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as the paper prints it, with the precision its digits imply: "1.464" is 1.464 ± 0.0005.
 * Reads an en dash or a minus sign as minus and drops thousands separators. Immutable.
 */
public record PrintedNumber(String printed, double value, int decimals) {

    private static final Pattern DIGITS = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");

    /** Half a unit of the last printed digit. */
    public double halfUnit() {
        return 0.5 * Math.pow(10, -decimals);
    }

    public double low() {
        return value - halfUnit();
    }

    public double high() {
        return value + halfUnit();
    }

    /** The number in a printed cell, or empty for an empty cell; throws for text that is not a number. */
    public static Optional<PrintedNumber> parse(String cell) {
        String s = cell == null ? "" : cell.trim();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String normal = s.replace('\u2013', '-').replace('\u2212', '-').replace(",", "");
        // Digits with an optional sign and point only: Double.parseDouble would also take "NaN", "12d", "1e3".
        if (!DIGITS.matcher(normal).matches()) {
            throw new NumberFormatException("not a printed number: \"" + s + "\"");
        }
        double v = Double.parseDouble(normal);
        int dot = normal.indexOf('.');
        return Optional.of(new PrintedNumber(s, v, dot < 0 ? 0 : normal.length() - dot - 1));
    }
}
