package org.briatlas.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --name value} options of one command, checked against the names the command accepts.
 */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    /** Options that may be given more than once (--via A --via B). */
    private static final Set<String> REPEATABLE = Set.of("via", "add-layer");
    private static final String REPEAT = "\u0000";

    private Options() {
    }

    /**
     * @param args    the arguments after the command name
     * @param valued  options that take a value
     * @param flags   options that take none
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name;
            String value = null;
            if (!a.startsWith("--") || a.length() == 2) {
                throw new UsageException("unexpected argument '" + a + "'");
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(2, eq);
                value = a.substring(eq + 1);
            } else {
                name = a.substring(2);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                value = "true";
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
            String before = o.values.put(name, value);
            if (before != null) {
                if (!REPEATABLE.contains(name)) {
                    throw new UsageException("option --" + name + " given twice");
                }
                o.values.put(name, before + REPEAT + value);
            }
        }
        return o;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Every value of an option that may be repeated, in order; empty if absent. */
    List<String> all(String name) {
        String v = values.get(name);
        return v == null ? List.of() : List.of(v.split(REPEAT, -1));
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of {@code --lang}, English if it is absent; a language the atlas lacks is a usage error. */
    String language() throws UsageException {
        String lang = get("lang").orElse("en");
        String problem = Cli.languageProblem(lang);
        if (problem != null) {
            throw new UsageException(problem);
        }
        return lang;
    }

    String require(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return v;
    }
}
