package org.briatlas.model;

/**
 * A printed value that disagrees with what the paper's own numbers imply, beyond rounding; or, of kind
 * {@link Kind#HEADER}, a printed column header that the column's values contradict: then {@code row} is
 * "header", {@code printed} is the header as printed and the computed interval is NaN. Immutable.
 *
 * @param table       table number
 * @param row         printed row label (a year or a country)
 * @param column      printed column header, with its 1-based number, for reading ("Total Volume [col 2]")
 * @param col         the column's 0-based index in the table
 * @param printed     the value as printed
 * @param computedLow lower end of what the other printed values imply
 * @param computedHigh upper end of it
 * @param kind        what kind of error it looks like
 * @param explanation plain words for the user
 * @param correction  the corrected value when the correction is unambiguous (a decimal point), else null
 */
public record Finding(int table, String row, String column, int col, String printed, double computedLow,
                      double computedHigh,
                      Kind kind, String explanation, String correction) {

    /** Kinds of error the checks recognise. */
    public enum Kind {
        SUM, GROWTH, SHARE, DECIMAL_POINT, PARTIAL_YEAR,
        /** A header printed over two parts of one sum, wrong for one of them (Table 6's second "Export volume"). */
        HEADER
    }

    /** The computed value, as the middle of its interval. */
    public double computed() {
        return (computedLow + computedHigh) / 2;
    }
}
