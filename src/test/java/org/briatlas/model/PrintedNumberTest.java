package org.briatlas.model;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a printed cell as a {@link PrintedNumber}: integers, decimals, negatives (hyphen, en dash,
 * minus sign), thousands separators, blanks and text that is not a number, and the interval the
 * printed digits allow (half a unit of the last digit either side). One case per line.
 */
class PrintedNumberTest {

    private static final double EPS = 1e-12;

    /** The cell parses to the value, with the interval [low, high] its last digit allows. */
    private static void check(String cell, double value, double low, double high) {
        PrintedNumber n = PrintedNumber.parse(cell).orElseThrow(() -> new AssertionError("empty for " + cell));
        assertEquals(value, n.value(), EPS, cell + ": value");
        assertEquals(low, n.low(), EPS, cell + ": low end");
        assertEquals(high, n.high(), EPS, cell + ": high end");
    }

    /** The cell parses to a number that remembers how it was printed and how many decimals it has. */
    private static void checkPrinted(String cell, String printed, int decimals) {
        PrintedNumber n = PrintedNumber.parse(cell).orElseThrow(() -> new AssertionError("empty for " + cell));
        assertEquals(printed, n.printed(), cell + ": printed text");
        assertEquals(decimals, n.decimals(), cell + ": decimals");
    }

    private static void checkEmpty(String cell) {
        assertEquals(Optional.empty(), PrintedNumber.parse(cell), "\"" + cell + "\" should be an empty cell");
    }

    private static void checkNotANumber(String cell) {
        assertThrows(NumberFormatException.class, () -> PrintedNumber.parse(cell),
                "\"" + cell + "\" should not be read as a number");
    }

    @Test
    void integers() {
        check("12", 12, 11.5, 12.5);
        check("0", 0, -0.5, 0.5);
        check("2018", 2018, 2017.5, 2018.5);
        check("+7", 7, 6.5, 7.5);
    }

    @Test
    void decimals() {
        check("1.464", 1.464, 1.4635, 1.4645);
        check("14.64", 14.64, 14.635, 14.645);
        check("3.1", 3.1, 3.05, 3.15);
        check(".5", 0.5, 0.45, 0.55);
    }

    @Test
    void trailingZerosAreSignificantDigits() {
        check("0.50", 0.5, 0.495, 0.505);
        check("46.40", 46.4, 46.395, 46.405);
        check("100.0", 100, 99.95, 100.05);
        check("12.", 12, 11.5, 12.5);
    }

    @Test
    void negativesWithHyphenEnDashOrMinusSign() {
        check("-2.5", -2.5, -2.55, -2.45);
        check("\u201349.6", -49.6, -49.65, -49.55);
        check("\u221260.0", -60, -60.05, -59.95);
        check("-0.004", -0.004, -0.0045, -0.0035);
    }

    @Test
    void thousandsSeparatorsAreDropped() {
        check("1,234", 1234, 1233.5, 1234.5);
        check("1,234.5", 1234.5, 1234.45, 1234.55);
        check("12,345,678", 12_345_678, 12_345_677.5, 12_345_678.5);
    }

    @Test
    void surroundingSpaceIsIgnored() {
        check("  7.25 ", 7.25, 7.245, 7.255);
        check("\t42\n", 42, 41.5, 42.5);
    }

    @Test
    void thePrintedTextIsKeptAsPrinted() {
        checkPrinted("1,234.5", "1,234.5", 1);
        checkPrinted("\u20133.10", "\u20133.10", 2);
        checkPrinted(" 0.50 ", "0.50", 2);
        checkPrinted("7", "7", 0);
    }

    @Test
    void halfUnitOfTheLastDigit() {
        assertEquals(0.5, PrintedNumber.parse("3").orElseThrow().halfUnit(), EPS);
        assertEquals(0.05, PrintedNumber.parse("3.0").orElseThrow().halfUnit(), EPS);
        assertEquals(0.0005, PrintedNumber.parse("3.000").orElseThrow().halfUnit(), EPS);
    }

    @Test
    void theIntervalHoldsEveryValueThatRoundsToThePrintedDigits() {
        PrintedNumber n = PrintedNumber.parse("19.76").orElseThrow();
        for (double v : new double[]{19.7551, 19.76, 19.7649}) {
            assertTrue(n.low() <= v && v <= n.high(), v + " rounds to 19.76");
        }
        for (double v : new double[]{19.754, 19.766}) {
            assertTrue(v < n.low() || v > n.high(), v + " does not round to 19.76");
        }
    }

    @Test
    void blankCellsAreEmpty() {
        checkEmpty("");
        checkEmpty("   ");
        checkEmpty("\t");
        checkEmpty(null);
    }

    @Test
    void textThatIsNotANumberIsRejected() {
        checkNotANumber("n/a");
        checkNotANumber("abc");
        checkNotANumber("/");
        checkNotANumber("\u2013");
        checkNotANumber("1.2.3");
        checkNotANumber("12 %");
        checkNotANumber("- 3");
    }

    @Test
    void aPercentSignIsNotDropped() {
        // Percent columns print bare numbers (the "%" is in the header); a sign in a cell is a typing error.
        checkNotANumber("12.5%");
    }

    @Test
    void javaNumberSyntaxThatThePaperNeverPrintsIsRejected() {
        // Double.parseDouble would accept all of these; none is a printed figure.
        checkNotANumber("NaN");
        checkNotANumber("Infinity");
        checkNotANumber("-Infinity");
        checkNotANumber("12d");
        checkNotANumber("3f");
        checkNotANumber("0x1p3");
        checkNotANumber("1.5e3");
    }
}
