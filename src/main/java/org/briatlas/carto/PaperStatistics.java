package org.briatlas.carto;

import org.briatlas.analysis.FigureChecks;
import org.briatlas.analysis.TradeByCountry;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.io.StatTableReader;
import org.briatlas.model.Finding;
import org.briatlas.model.GeoFeature;
import org.briatlas.model.StatTable;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The paper's tables as a headless map draws them: the tables, the findings of the figure checks, the trade
 * figures that shade the countries and the country outlines (longitude, latitude order) they shade. The same
 * content the window loads (see {@code state.AtlasSources.shipped}), for slides and {@code render}. Immutable.
 */
public record PaperStatistics(List<StatTable> tables, List<Finding> findings, TradeByCountry trade,
                              List<GeoFeature> countries) {

    /** Where the country outlines are on the class path. */
    public static final String COUNTRIES = "/geo/basemap/countries.geojson";

    public PaperStatistics {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
        countries = List.copyOf(countries);
    }

    /** No tables, no shading: a map of the corridors alone. */
    public static PaperStatistics none() {
        return new PaperStatistics(List.of(), List.of(), new TradeByCountry(List.of()), List.of());
    }

    /**
     * The shipped tables, checked as the window checks them, and the shipped country outlines. Tables that
     * cannot be read are left out, as in the window.
     *
     * @throws IOException if the relations between the tables or the country outlines cannot be read
     */
    public static PaperStatistics shipped() throws IOException {
        return load().statistics();
    }

    /** The shipped statistics and the problems met reading the tables (the window reports them). */
    public record Loaded(PaperStatistics statistics, List<org.briatlas.model.ReadProblem> problems) {
    }

    /** Reads the shipped tables, checks them and reads the country outlines: one way for window and CLI. */
    public static Loaded load() throws IOException {
        StatTableReader reader = new StatTableReader();
        StatTableReader.Result r = reader.read(StatTableReader.shipped());
        List<GeoFeature> shapes;
        try (InputStream in = PaperStatistics.class.getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IOException(COUNTRIES.substring(1) + " is missing from the application");
            }
            shapes = GeoJsonReader.trusting().read(in, "countries.geojson").features();
        }
        return new Loaded(new PaperStatistics(r.tables(), FigureChecks.run(r.tables(),
                reader.relations(StatTableReader.shipped())), new TradeByCountry(r.tables()), shapes), r.problems());
    }

    /** The table of a number, if it was read. */
    public Optional<StatTable> table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst();
    }

    /** The findings of the checks on one table, in the checks' order. */
    public List<Finding> findingsOf(int table) {
        return findings.stream().filter(f -> f.table() == table).toList();
    }

    /**
     * The countries a table concerns (ISO codes), outlined on the map while it shows, as the window outlines
     * them: every country but China whose tables include it.
     */
    public static Set<String> countriesOf(int table) {
        Set<String> out = new TreeSet<>();
        TradeByCountry.TABLES.forEach((iso, numbers) -> {
            if (!iso.equals("CN") && numbers.contains(table)) {
                out.add(iso);
            }
        });
        return out;
    }
}
