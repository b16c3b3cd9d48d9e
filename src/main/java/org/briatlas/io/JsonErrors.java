package org.briatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain English for what the JSON parser could not read: never its class names, its option names or its
 * "[Source: ...]" locations. The position goes into the problem's line and column, not into these words.
 * Stateless.
 */
final class JsonErrors {

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('.*?' \\(code (\\d+)\\)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': (expected '(.)'|no open)");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '(.*?)'",
            Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '.*?' \\(code (\\d+)\\)");
    private static final Pattern LIMIT = Pattern.compile("maximum allowed \\((\\d+)");

    private JsonErrors() {
    }

    /** What went wrong, starting with "malformed JSON: " for a syntax error. */
    static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limit(m);
        }
        if (isEndOfInput(e)) {
            return "malformed JSON: the file ends before " + unfinished(m) + " (is it cut short?)";
        }
        return "malformed JSON: " + syntax(m);
    }

    /** True if the text ended before the JSON in it was complete. */
    static boolean isEndOfInput(JsonProcessingException e) {
        return e instanceof JsonEOFException
                || (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input"));
    }

    private static String unfinished(String m) {
        if (m.contains("VALUE_STRING")) {
            return "the end of a text";
        }
        if (m.contains("field name")) {
            return "the end of a member name";
        }
        if (m.contains("close marker for Object")) {
            return "an object is closed with '}'";
        }
        if (m.contains("close marker for Array") || m.contains("Array entries")) {
            return "an array is closed with ']'";
        }
        return "the JSON is complete";
    }

    private static String syntax(String m) {
        Matcher c = CHARACTER.matcher(m);
        if (c.find()) {
            String ch = character(Integer.parseInt(c.group(1)));
            String rest = m.substring(c.end());
            if (rest.contains("minus sign")) {
                return "a number with nothing after its minus sign";
            } else if (rest.contains("Decimal point")) {
                return "a number with no digit after its decimal point";
            } else if (rest.contains("Exponent")) {
                return "a number with no digit in its exponent";
            } else if (rest.contains("plus sign")) {
                return "a number with a plus sign (JSON numbers have none)";
            } else if (rest.contains("hex-digit")) {
                return "a \\u escape in a text without its four hexadecimal digits";
            } else if (rest.contains("comment")) {
                return "unexpected character " + ch + " (JSON has no comments)";
            } else if (rest.contains("double-quote to start field name")) {
                return "unexpected character " + ch + " where a member name in double quotes should be";
            } else if (rest.contains("colon")) {
                return "unexpected character " + ch + " where the ':' after a member name should be";
            } else if (rest.contains("Object entries")) {
                return "unexpected character " + ch + " where a ',' or '}' should be";
            } else if (rest.contains("Array entries")) {
                return "unexpected character " + ch + " where a ',' or ']' should be";
            }
            return "unexpected character " + ch + " where a value should be";
        }
        Matcher close = CLOSE.matcher(m);
        if (close.find()) {
            if (close.group(3) != null) {
                String open = "}".equals(close.group(3)) ? "object" : "array";
                return "'" + close.group(1) + "' does not close the open " + open + " (a '" + close.group(3)
                        + "' is missing before it)";
            }
            return "'" + close.group(1) + "' closes nothing that is open";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            String word = token.group(1);
            word = word.length() > 40 ? word.substring(0, 40) + "..." : word;
            boolean number = word.matches("-?(NaN|Infinity)");
            return "unknown word '" + word + "'"
                    + (number ? " (JSON has no NaN or Infinity)" : " (text must be in double quotes)");
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            int code = Integer.parseInt(control.group(2));
            if (control.group(1) != null) {
                return code == 10 || code == 13 ? "a line break inside a text (write it as \\n)"
                        : "a control character " + character(code) + " inside a text (it must be written as an escape)";
            }
            return "a control character " + character(code) + " between values";
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return "an unknown escape \\" + (char) Integer.parseInt(escape.group(1)) + " in a text";
        }
        if (m.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number with a leading zero";
        }
        if (m.startsWith("Invalid numeric value")) {
            return "a number that cannot be read";
        }
        if (m.contains("UTF-8") || m.contains("UTF8")) {
            return "not valid UTF-8";
        }
        return "the JSON cannot be read here";
    }

    /** A parser limit that the file breaks (see the limits in {@link GeoJsonReader}). */
    private static String limit(String m) {
        Matcher n = LIMIT.matcher(m);
        String max = n.find() ? n.group(1) : null;
        if (max == null) {
            return "the file breaks one of the reader's limits";
        }
        if (m.startsWith("Document nesting depth")) {
            return "the file is nested more than " + max + " levels deep, the reader's limit";
        }
        if (m.startsWith("Number value length")) {
            return "a number longer than " + max + " characters, the reader's limit";
        }
        if (m.startsWith("String value length")) {
            return "a text longer than " + max + " characters, the reader's limit";
        }
        if (m.startsWith("Name length")) {
            return "a member name longer than " + max + " characters, the reader's limit";
        }
        if (m.startsWith("Document length")) {
            return "the file is longer than " + max + " bytes, the reader's limit";
        }
        if (m.startsWith("Token count")) {
            return "the file holds more than " + max + " JSON values and brackets, the reader's limit";
        }
        return "the file breaks one of the reader's limits (" + max + ")";
    }

    /** A character for a message: itself in quotes if it is visible, else its code point. */
    static String character(int code) {
        if (code < 0x20 || (code >= 0x7F && code < 0xA0)) {
            return String.format(Locale.ROOT, "U+%04X", code);
        }
        return "'" + new String(Character.toChars(code)) + "'";
    }
}
