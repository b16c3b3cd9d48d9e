package org.briatlas.cli;

import org.briatlas.analysis.FigureChecks;
import org.briatlas.io.StatTableReader;
import org.briatlas.model.Finding;
import org.briatlas.model.ReadProblem;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code check-data}: lists every printed value of the paper's Tables 3 to 11 that disagrees with what
 * the paper's other printed values imply, beyond rounding, with the computed value and a plain
 * explanation, and every printed column header that the values contradict; then the corrections that are
 * unambiguous (a misplaced decimal point) as clearly labelled corrected values. The printed values
 * themselves are never changed.
 */
final class CheckDataCommand {

    private final PrintStream out;

    CheckDataCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options.parse(args, Set.of(), Set.of());
        StatTableReader reader = new StatTableReader();
        StatTableReader.Result result = reader.read(StatTableReader.shipped());
        for (ReadProblem p : result.problems()) {
            out.println("problem: " + p.describe());
        }
        List<Finding> findings;
        try {
            findings = FigureChecks.run(result.tables(), reader.relations(StatTableReader.shipped()));
        } catch (IOException e) {
            throw new Cli.CommandFailure("the relations between the tables cannot be read: " + e.getMessage(), e);
        }
        out.printf(Locale.ROOT, "Printed figures and headers that do not add up (%d), Tables 3-11 of the paper:%n", findings.size());
        int table = -1;
        for (Finding f : findings) {
            if (f.table() != table) {
                table = f.table();
                int t = table;
                String title = result.tables().stream().filter(x -> x.number() == t).findFirst()
                        .map(x -> x.citation() + " " + x.title()).orElse("Table " + t);
                out.println();
                out.println(title);
            }
            if (f.kind() == Finding.Kind.HEADER) {
                // A header has no computed value: the explanation shows the rows that contradict it.
                out.printf(Locale.ROOT, "  %-14s %-48s printed \"%s\", contradicted by the values%n", f.row(),
                        f.column(), f.printed());
            } else {
                out.printf(Locale.ROOT, "  %-14s %-48s printed %-8s computed %-9s %s%n", f.row(), f.column(),
                        f.printed(), String.format(Locale.ROOT, "%.2f", f.computed()),
                        f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            out.println("      " + f.explanation());
        }
        List<Finding> corrections = findings.stream().filter(f -> f.correction() != null).toList();
        out.println();
        out.printf(Locale.ROOT, "Corrected values offered (printed values unchanged; %d):%n", corrections.size());
        for (Finding f : corrections) {
            out.printf(Locale.ROOT, "  Table %d, %s, %s: printed %s, corrected %s%n", f.table(), f.row(), f.column(),
                    f.printed(), f.correction());
        }
        return 0;
    }
}
