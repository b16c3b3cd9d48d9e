package org.briatlas.state;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A line for the status bar, kept as a resource key and its arguments so that each view writes it in its
 * own language (a language switch rewrites the message too). Immutable.
 *
 * @param severity how the status bar marks it
 * @param key      resource key of a format string, or {@link #RAW} for text that is shown as it is
 * @param args     the format's arguments
 */
public record StatusMessage(Severity severity, String key, List<Object> args) {

    /** Key of a message whose only argument is shown as it is (a reason from a file, in English). */
    public static final String RAW = "";

    public enum Severity { INFO, WARNING, ERROR }

    public StatusMessage {
        args = List.copyOf(args);
    }

    public static StatusMessage info(String key, Object... args) {
        return new StatusMessage(Severity.INFO, key, List.of(args));
    }

    public static StatusMessage warning(String key, Object... args) {
        return new StatusMessage(Severity.WARNING, key, List.of(args));
    }

    public static StatusMessage error(String key, Object... args) {
        return new StatusMessage(Severity.ERROR, key, List.of(args));
    }

    /** The message in the language of a bundle (numbers in ASCII digits whatever the desktop's locale). */
    public String format(ResourceBundle text) {
        if (RAW.equals(key)) {
            return args.isEmpty() ? "" : String.valueOf(args.get(0));
        }
        Object[] a = args.stream().map(o -> o instanceof StatusMessage m ? m.format(text) : o).toArray();
        return String.format(Locale.ROOT, text.getString(key), a);
    }
}
