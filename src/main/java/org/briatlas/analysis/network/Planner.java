package org.briatlas.analysis.network;

import org.briatlas.io.AtlasDataReader;
import org.briatlas.io.GeoJsonReader;
import org.briatlas.model.AtlasData;
import org.briatlas.model.GeoFeature;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What the planner tools work on: the shipped corridors, their network and their places, read and built
 * once. The window and the command line use the same one. Safe to read from any thread once made.
 */
public record Planner(AtlasData data, CorridorNetwork network, PlaceNames places) {

    /** The base map's country outlines (the land mask and, later, the borders). */
    public static final String COUNTRIES = "/geo/basemap/countries.geojson";

    /** Builds the planner over these features and country outlines. */
    public static Planner of(AtlasData data, List<GeoFeature> countries) {
        return new Planner(data, CorridorNetwork.build(data.features(), new LandMask(countries)),
                new PlaceNames(data.features()));
    }

    /** The planner over the data shipped with the atlas. */
    public static Planner shipped() throws IOException {
        AtlasData data = new AtlasDataReader().read(AtlasDataReader.shipped());
        return of(data, countries());
    }

    /** The base map's country outlines, from the application. */
    public static List<GeoFeature> countries() throws IOException {
        try (InputStream in = Planner.class.getResourceAsStream(COUNTRIES)) {
            if (in == null) {
                throw new IOException(COUNTRIES.substring(1) + " is missing from the application");
            }
            return GeoJsonReader.trusting().read(in, "countries.geojson").features();
        }
    }
}
